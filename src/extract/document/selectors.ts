/**
 * Every generic selector, class/id token and text pattern the extractor uses, as data.
 *
 * Kept in one place (trafilatura's `xpaths.py` idea) so that quality work on the generic
 * extractor is mostly editing lists here, and so the modules that use them read as
 * algorithms rather than as piles of strings. Site-specific rules live in `profiles/`.
 */

/** Elements that never carry visible article or comment text. */
export const NON_CONTENT_TAGS = ['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'object', 'applet', 'dialog'] as const;

/**
 * AMP's elements for a page's furniture (amp.dev components): ad slots (`amp-embed` is
 * `amp-ad`'s alias for recommendation widgets), share buttons, the menu drawer, consent and
 * cookie notices, measurement, the recirculation lists and the next story the runtime fetches
 * and appends (what the static page holds of them is a placeholder: "Loading…", "Continue
 * reading"). AMP is a published standard, so its names are no one site's markup.
 */
const AMP_FURNITURE_TAGS = [
	'amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-auto-ads', 'amp-social-share', 'amp-sidebar', 'amp-consent', 'amp-user-notification',
	'amp-analytics', 'amp-pixel', 'amp-geo', 'amp-list', 'amp-next-page', 'amp-install-serviceworker',
] as const;

/** Elements that lay out a page rather than hold its text; never part of an article body. */
export const CHROME_TAGS = ['nav', 'footer', 'aside', 'form', 'button', 'select', 'input', 'textarea', 'menu', ...AMP_FURNITURE_TAGS] as const;

/** Landmarks of page furniture: a byline or a date inside one is another story's or the site's, not the article's. */
export const FURNITURE_LANDMARK_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer']);

/** Block-level elements: their boundaries count as spaces in text and end a paragraph run. */
export const BLOCK_TAGS = new Set([
	'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
	'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
	'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
	'th', 'thead', 'tr', 'ul', 'iframe', 'video', 'audio', 'picture', 'img', 'embed', 'object', 'caption', 'br',
]);

/**
 * Class/id tokens (after splitting on `-`, `_`, spaces and camelCase) that mark boilerplate:
 * inside a chosen article body, elements carrying one are dropped. `exact` tokens must equal a
 * whole token (so `ad` does not hit `address`/`header`), `stems` match a token's beginning.
 * Not `tag`: WordPress gives every post a `tag-<name>` class per tag.
 */
export const BOILERPLATE_TOKENS = {
	exact: ['ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'adspot', 'adslot', 'dfp', 'gpt', 'spot', 'affiliate', 'tags', 'byline', 'bio', 'sharing', 'share', 'shares', 'related', 'popular', 'latest', 'trending', 'subscribe', 'signup', 'sticky', 'offers', 'offer', 'toolbar', 'teasers', 'btn', 'shariff', 'sharedaddy', 'copyright', 'avatar'],
	stems: ['comment', 'disqus', 'social', 'sponsor', 'promo', 'newsletter', 'subscription', 'recommend', 'recirc', 'relatedpost', 'relatedarticle', 'relatedstor', 'teaser', 'outbrain', 'taboola', 'breadcrumb', 'sidebar', 'footer', 'navigation', 'navbar', 'menu', 'popup', 'modal', 'cookie', 'consent', 'banner', 'widget', 'authorbox', 'authorbio', 'authorinfo', 'authordetail', 'authordescription', 'aboutauthor', 'abouttheauthor', 'readmore', 'readalso', 'alsoread', 'seealso', 'inlinetextbox'],
} as const;
/**
 * Adjacent class tokens are also read joined (`author-box` → `authorbox`, `side-bar` →
 * `sidebar`), up to this many: compounds are written with and without separators. Only these
 * stems are matched on joined tokens: `read-more` is furniture as a link but is also the
 * wrapper of a story's collapsed second half.
 */
export const BOILERPLATE_TOKEN_JOIN = 3;
export const BOILERPLATE_COMPOUNDS = {
	exact: [],
	stems: ['authorbox', 'authorbio', 'authorinfo', 'authordetail', 'authordescription', 'aboutauthor', 'abouttheauthor', 'sidebar', 'readalso', 'alsoread', 'seealso', 'relatedpost', 'relatedarticle', 'relatedstor', 'relatedcontent', 'inlinetextbox', 'mostread', 'mostpopular', 'mostviewed', 'mostshared', 'mostemailed', 'mostcommented'],
} as const;

/**
 * A short block reading like the label of an author box ("AUTOR", "About the author"): it and
 * the few short blocks after it (name, bio) are the box, not the article. The label of the
 * writer's statement of interests that a site closes its pieces with ("Themenbezogene
 * Interessenbindung der Autorin/des Autors: Keine", "Conflicts of interest: none") heads the same
 * kind of box: a line about the writer, kept by the site for every piece.
 */
export const AUTHOR_BOX_LABEL_PATTERN = /^(?:about the authors?|the authors?|authors?|autor(?:in|a)?|über (?:den|die) autor(?:in)?|zum autor|zur autorin|à propos de l'auteur|l'auteur|auteur|o autorze|autore|autrice|l'autore|l'autrice|sull'autore|sobre el autor|over de auteur|(?:themenbezogene )?interessenbindung(?:en)?(?: (?:der autorin|des autors)(?:\s*\/\s*(?:der autorin|des autors))?)?|interessenkonflikte?|conflicts? of interests?|competing interests|declaration of interests?):?$/i;
/**
 * Class/id tokens of a box holding the writer's biography (`div.ui.biography.segment` closing a
 * magazine essay): an author box when it holds no more than one (`AUTHOR_BOX_MAX_CHARS`); a
 * longer one is a biography page's own text.
 */
export const BIOGRAPHY_TOKENS = {exact: ['biography'], stems: []} as const;
/** How many blocks after an author-box label belong to the box, and how much text they hold at most (a name and a bio). */
export const AUTHOR_BOX_MAX_BLOCKS = 3;
export const AUTHOR_BOX_MAX_CHARS = 800;

/** `alt` texts that are only a file name ("12-IMG_3886.jpg"): CMS defaults, not descriptions. */
export const FILE_NAME_ALT_PATTERN = /^[\w\-.~%()+ ]+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)$/i;
/**
 * `alt` texts that are a file's name without its extension: one word of three or more parts
 * joined by `-`/`_` ("0225-lupita-nyongo-getty-01", "update_graphic_red_bar"); a description
 * has spaces.
 */
export const SLUG_ALT_PATTERN = /^[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+){2,}$/u;

/**
 * Class attribute patterns of elements shown only on small screens (`a-u-hide-from-desktop`,
 * Bootstrap's `visible-xs`, `mobile-only`): inside an article they repeat desktop content or
 * carry mobile promo boxes, and a desktop reader never sees them.
 */
export const MOBILE_ONLY_CLASS_PATTERN = /(?:^|[\s_-])(?:hide-(?:from-|on-)?desktop|hidden-(?:desktop|lg|md)|visible-(?:xs|sm|mobile)|mobile-only|only-mobile|show-(?:on-)?mobile)(?:$|[\s_])/i;

/**
 * Readability's "unlikely candidate" idea as tokens: subtrees skipped on the first scoring pass
 * (retried without the skip when the result is too short). `MAYBE_CANDIDATE_TOKENS` rescue an
 * element that also says it is content (`article-sidebar` stays out, `main-column` stays in).
 */
export const UNLIKELY_CANDIDATE_TOKENS = {
	exact: ['ad', 'ads', 'header', 'masthead', 'menu', 'nav', 'rss', 'extra', 'pager', 'pagination', 'remark', 'replies', 'community', 'agegate', 'legends', 'shoutbox', 'skyscraper', 'supplemental', 'popup', 'spot'],
	stems: ['banner', 'breadcrumb', 'combx', 'comment', 'disqus', 'footer', 'gdpr', 'related', 'sidebar', 'social', 'sponsor', 'share', 'sharing', 'cookie', 'consent', 'newsletter', 'recommend', 'outbrain', 'taboola', 'widget', 'promo', 'discussion'],
} as const;
export const MAYBE_CANDIDATE_TOKENS = {
	exact: ['and', 'article', 'body', 'column', 'content', 'main', 'shadow', 'story', 'entry', 'post', 'text'],
	stems: ['articlebody'],
} as const;

/**
 * A link to a writer's archive page: WordPress's `/author/<slug>/`, CMSs' `/author/<id>/`, and
 * Italian newsrooms' page of a member of the editorial staff (`/redazione/<name>-<id>`).
 */
export const AUTHOR_ARCHIVE_HREF = /\/(?:author|authors|writer|writers|redazione)\/[^/?#]+/i;

/**
 * Class/id tokens of the element holding an article's byline ("By Jane Doe, Reuters"):
 * Readability's byline words, as whole words (`authorization` is a login box).
 */
export const BYLINE_TOKENS = {
	exact: ['author', 'authors', 'dateline', 'writtenby'],
	stems: ['byline'],
} as const;

/**
 * Class words of a picture that stands for characters in a line of text: a smiley or emoji
 * (WordPress's `img.wp-smiley` and `img.emoji`, XenForo's `img.smilie`, phpBB's `img.smilies`,
 * IP.Board's `img.bbc_emoticon`, TinyMCE's `mceSmilie`). Not vBulletin's `img.inlineimg`: it
 * marks every icon set in a line, the quote's "View Post" arrow and the "Old" post badge too.
 */
export const EMOTICON_TOKENS = {
	exact: ['smilie', 'smilies', 'smiley', 'smileys', 'emoji', 'emojis', 'emoticon', 'emoticons'],
	stems: [],
} as const;

/**
 * Class/id words of a picture's caption and credit line outside a `<figure>`: WordPress's
 * classic `p.wp-caption-text`, a CMS's `span.caption` under its image column, `image-credit`.
 */
export const CAPTION_TOKENS = {
	exact: [],
	stems: ['caption', 'credit'],
} as const;

/**
 * Charts exported by ai2html (the Illustrator-to-HTML tool newsrooms use): a picture with its
 * axis labels and numbers laid over it as positioned text. The picture is the article's; the
 * labels ("’17 ’18 ’19 … $900 billion 600 300") read as noise, not prose.
 */
export const ANNOTATED_GRAPHIC_TOKENS = {
	exact: ['ai2html'],
	stems: [],
} as const;

/** Class/id tokens that raise (positive) or lower (negative) a content candidate's score. */
export const POSITIVE_TOKENS = {
	exact: ['article', 'body', 'content', 'entry', 'hentry', 'main', 'page', 'post', 'text', 'blog', 'story', 'prose'],
	stems: ['articlebody', 'storybody', 'postbody', 'entrycontent'],
} as const;
export const NEGATIVE_TOKENS = {
	exact: ['hidden', 'hid', 'banner', 'combx', 'com', 'contact', 'foot', 'footer', 'footnote', 'gdpr', 'masthead', 'media', 'meta', 'outbrain', 'promo', 'related', 'scroll', 'share', 'shoutbox', 'sidebar', 'skyscraper', 'sponsor', 'shopping', 'tags', 'widget', 'ad', 'ads', 'nav', 'menu', 'byline', 'author', 'bio', 'latest', 'popular', 'trending', 'offer', 'offers'],
	stems: ['comment', 'recommend', 'newsletter', 'social', 'breadcrumb', 'discussion'],
} as const;

/**
 * Class/id tokens of a lead, standfirst or verdict box between the headline and the body: such a
 * container is kept although `teaser`/`summary` also name promo boxes elsewhere on a page.
 */
export const LEAD_TOKENS = {
	exact: ['lead', 'lede', 'intro', 'standfirst', 'dek', 'deck', 'summary', 'excerpt', 'abstract', 'verdict'],
	stems: ['teaser', 'intro', 'standfirst'],
} as const;

/**
 * Class/id words of a badge: a label the page sets on the story (`a.entry__badge` 'Exklusiv für
 * Abonnenten', `span.badge` 'Premium'), saying who may read it or what kind of piece it is.
 */
export const BADGE_TOKENS = {
	exact: ['badge'],
	stems: [],
} as const;

/**
 * The class/id words of the article's opening text itself (the lede: `p.lead`,
 * `h2.article-header-leadText`, `div.teaser_text`), a subset of `LEAD_TOKENS`: a dek or
 * standfirst is set under the headline as its subtitle, which is metadata, not body.
 */
export const LEDE_TOKENS = {
	exact: ['lead', 'lede'],
	stems: ['teaser', 'intro'],
} as const;

/** Nodes holding the article body by schema.org markup; accepted when long enough. */
export const ARTICLE_BODY_SELECTORS = ['[itemprop~="articleBody"]', '[itemprop~="reviewBody"]'] as const;

/** Where a page states its subtitle/lead (after JSON-LD `alternativeHeadline`). */
export const SUBTITLE_SELECTORS = [
	'[itemprop~="alternativeHeadline"]', '.subtitle', '.sub-title', '.subheadline', '.sub-headline', '.article-subtitle',
	'.post-subtitle', '.content-subtitle', '.dek', '.standfirst', '.article-dek', '.deck', '.summary-lead',
] as const;
/**
 * A heading right under the headline is its deck, after the subtitle selectors; only under the
 * h1 that holds the title: WordPress themes put the site's tagline under the site-name h1 too.
 */
export const DECK_SELECTOR = 'h1 + h2';
/**
 * The class word newsrooms give a deck ("dek": `p.content-header__dek`, `h2.l-article__dek`,
 * `p.p-dek`), in the BEM-style names the subtitle selectors do not list, and the post's excerpt
 * that WordPress news themes print under the headline (`span.mvp-post-excerpt`).
 */
export const DEK_TOKENS = {
	exact: ['dek', 'excerpt'],
	stems: [],
} as const;

/** An element whose class calls it the author's name (`.author-name`, `a.article-author__name`). */
export const AUTHOR_NAME_CLASS = '[class*="author" i][class*="name" i]';

/**
 * Bylines in the DOM, after JSON-LD and meta tags failed; `.writer` is the class Japanese CMSs
 * give the byline ("執筆者", writer) as others give `.author`; BEM themes name it the `author`
 * element of their post block (`.Post__author`, `.header-info__author`). Last, for pages nothing else names a
 * writer on: a bare `.author` element, and an author box's link to the writer's archive
 * (`/author/<slug>/`, WordPress's path) — the bio under the story on pages with no byline.
 */
export const AUTHOR_SELECTORS = [
	'[itemprop~="author"] [itemprop~="name"]', '[itemprop~="author"]', 'a[rel="author"]', '.byline .author', '.byline a',
	'.author-name', '.author a', '.post-author', '.entry-author', '.article-author', '.byline',
	'[class*="byline" i] [itemprop~="name"]', '[class*="byline" i] a[href*="author" i]', AUTHOR_NAME_CLASS,
	'.article__author', '[class$="__author" i]', '[class*="byline" i]', '[id*="byline" i]', '.author', '.writer', '[class*="author" i] a[href*="/author/" i]', '[id*="author" i] a[href*="/author/" i]',
] as const;

/**
 * Publication time in the DOM (machine-readable attributes first); last, a `<time>` in the
 * article's own header read by its text, for CMSs that print it without `datetime`. Then the
 * hAtom microformat's `abbr.published`, whose `title` holds the instant its text shows in the
 * reader's words and zone (blogs of the 2000s, IP.Board 3's posts: "18 July 2011 - 07:07"
 * titled "2011-07-17T23:07:10+00:00").
 */
export const PUBLISHED_SELECTORS = ['[itemprop~="datePublished"]', 'time[pubdate]', '.published time', '.entry-date', 'time.published', '.post-date time', 'abbr.published[title]'] as const;
/**
 * Times no mark calls the publication's, in precedence order: after the time beside the
 * headline (teaser cards are `<article>`s with a `<time>` too), and after the marked ones.
 */
export const UNMARKED_TIME_SELECTORS = ['article time[datetime]', 'header time[datetime]', 'time[datetime]', 'article header time'] as const;
export const MODIFIED_SELECTORS = ['[itemprop~="dateModified"]', 'time.updated', '.updated time'] as const;

/** Tag links in the DOM. */
export const TAG_SELECTORS = ['a[rel="tag"]', '.tags a', '.post-tags a', '.article-tags a', '.entry-tags a', '.tag-links a'] as const;

/**
 * meta names/properties in precedence order, per field. Dublin Core properties (`dc:`/`dcterm:`,
 * RDFa) lead as in Readability: a page only writes them on purpose. The `name="DC.creator"`
 * form comes after `author`: CMS templates fill it with the publisher ("heise online").
 * OpenGraph's article properties (`article:author`, `article:tag`) are also written with the
 * `og:` prefix by CMSs that namespace every OpenGraph property: the same property either way.
 */
export const META_KEYS = {
	title: ['dc:title', 'dcterm:title', 'og:title', 'twitter:title', 'parsely-title', 'sailthru.title'],
	/** Read after `title`: site templates fill these names (`DC.Title`, `title`) alike on every page. */
	templateTitle: ['dc.title', 'title'],
	description: ['dc:description', 'dcterm:description', 'og:description', 'twitter:description', 'description', 'dc.description', 'sailthru.description'],
	author: ['dc:creator', 'dcterm:creator', 'author', 'article:author', 'og:article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'],
	published: ['article:published_time', 'og:published_time', 'parsely-pub-date', 'sailthru.date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created', 'pubdate', 'publishdate', 'timestamp', 'article.published'],
	modified: ['article:modified_time', 'og:updated_time', 'dcterms.modified', 'last-modified', 'article.updated'],
	section: ['article:section', 'parsely-section', 'sailthru.section'],
	tags: ['article:tag', 'og:article:tag', 'parsely-tags', 'sailthru.tags', 'news_keywords', 'keywords'],
	image: ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src', 'parsely-image-url', 'sailthru.image.full'],
	locale: ['og:locale', 'content-language', 'language', 'dc.language'],
	url: ['og:url', 'twitter:url', 'parsely-link'],
	copyright: ['copyright', 'dc.rights', 'dcterms.rights'],
	siteName: ['og:site_name', 'application-name'],
} as const;

/** JSON-LD `@type`s that describe the page's article, most specific first. */
export const ARTICLE_LD_TYPES = [
	'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'ReviewNewsArticle',
	'BackgroundNewsArticle', 'AskPublicQuestion', 'Article', 'BlogPosting', 'TechArticle', 'Report', 'LiveBlogPosting',
	'SocialMediaPosting', 'DiscussionForumPosting', 'Review', 'ScholarlyArticle', 'Posting',
] as const;

/**
 * A header's reading-time estimate, left alone once the date beside it is read ("· 2 minute
 * read", "5 min read", "Reading time: 4 minutes", "Lesezeit: 3 Min.", "3 Min. Lesezeit", "4 min
 * de lecture"): a widget's line, not the story's.
 */
const READING_TIME = String.raw`[\s·•|–—-]*(?:(?:reading time|lesezeit|temps de lecture)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min(?:ute)?s?|minuten|min\.)|\d+\s*(?:-\s*)?(?:min(?:ute)?s?\.?|minuten)\s+(?:read|reading time|lesezeit|de lecture))\.?`;
export const READING_TIME_PATTERN = new RegExp(`^${READING_TIME}$`, 'iu');
/**
 * A page-view counter's line, which a statistics plugin prints under the story ("(Visited 215
 * times, 55 visits today)", "1,234 views", "Aufrufe: 1.234"): the site's tally, not the story's.
 */
export const VIEW_COUNT_PATTERN = /^\(?\s*(?:(?:visited|viewed)\s+[\d.,]+\s+times?(?:\s*,\s*[\d.,]+\s+visits?\s+today)?|[\d.,]+\s+(?:views|aufrufe)|(?:views|aufrufe)\s*:\s*[\d.,]+)\s*\)?\.?$/iu;
/** The same estimate closing a byline read as one text ("By Jane Doe5 minute Read": the name, then a span with the time). */
export const READING_TIME_TAIL = new RegExp(`${READING_TIME}$`, 'iu');

/**
 * Texts of blocks that are page furniture, not article: matched against a whole block's text.
 * A heading that matches also takes the list or embed right after it (the "Latest Stories" list).
 */
export const BOILERPLATE_TEXT_PATTERNS: readonly RegExp[] = [
	/^featured video$/i,
	/^(latest|popular|trending|top|more|related|recommended|similar|most (read|popular|viewed|shared|emailed|commented))( \w+)? (stories|news|articles|posts|reads|videos|discussions)$/i,
	// The same labels in German ("Weitere Videos", "Mehr Artikel", "Ähnliche Beiträge") over a rail of other stories or clips.
	/^(weitere|mehr|ähnliche|verwandte)( \p{L}+)? (artikel|beiträge|videos|nachrichten|meldungen|news|storys)$/iu,
	/^(related|recommended|you may also like|you might also like|read next|read more|see also|more from [\w .]+)( for you)?:?$/i,
	/^(siehe auch|mehr zum thema|auch interessant|lesen sie auch|lies auch|das könnte (sie|dich) auch interessieren|zobacz (również|też)|voir aussi|à lire aussi|lire aussi|à lire également|vedi anche|leggi anche|ver también|lees ook|lue myös):?$/i,
	// A cross-reference line: the label, a separator, then the linked story's title ("À lire aussi » Ballonnements…").
	/^(see also|read also|also read|read more|siehe auch|lesen sie auch|auch interessant|mehr zum thema|voir aussi|à lire aussi|lire aussi|vedi anche|leggi anche|ver también|lees ook)\s*[:»›|]\s*\S.{0,160}$/i,
	// The featured image's credit line under a post ("Beitragsbild: Titelseite der FAZ, Ausriss").
	/^(beitragsbild|titelbild|headerbild|artikelbild|bildquelle|bildnachweis|featured image|header image|image credits?|photo credits?)\s*:.{0,160}$/i,
	/^recommended for you$/i,
	// The same labels in Japanese, Chinese and Korean, often set off by a mark ("■関連サイト", "【関連記事】").
	/^[■□◆◇●○▼▶【［\[\s]*(関連記事|関連リンク|関連サイト|関連情報|あわせて読みたい|合わせて読みたい|おすすめ記事|相关文章|相关阅读|相关新闻|推荐阅读|延伸阅读|관련\s?기사)[】］\]\s:：]*$/u,
	// A comment form's notice to guests, and the support appeal under a post.
	/^(you are|you're) (currently )?not (logged|signed) in\.?$/i,
	/^(sie sind|du bist) (aktuell |derzeit |momentan )?nicht (eingeloggt|angemeldet)\.?$/i,
	/^if you (enjoyed|liked|value|appreciate)\b.{0,80}\b(support|donat|contribut)/i,
	// The citation box academic blogs put under a post ("SUGGESTED CITATION Doe, Jane: Title, Blog, 2020/4/09, https://…").
	/^(suggested citation|cite this (article|post|page)|how to cite this (article|post|page)|cite as)\b.{0,300}$/i,
	/^advertisement$/i,
	// A line that is only the publisher's copyright notice ("© 2019 Science X Network", "Copyright © 2020 Example Media. All rights reserved.").
	/^(?:©|\(c\)|copyright)(?:\s*©)?\s*\d{4}(?:\s*[-–]\s*\d{4})?[\s,]+[^.!?]{1,60}?\.?(?:\s*all rights reserved\.?)?$/i,
	/^(share|share this|share this (article|story|post)|follow us)( on)?:?$/i,
	/^(sign up|subscribe)\b.{0,60}\bnewsletter\b/i,
	// Japanese newsletter offers: the articles by email (メールで…読み/届け/配信, メールマガジン) with sign-up (登録, 購読).
	/^.{0,60}(メールマガジン|メルマガ|メールで.{0,10}(読み|届け|配信)).{0,20}(登録|購読).{0,20}$/u,
	/^(we may earn a commission|this (post|article) (may contain|contains) affiliate links)\b/i,
	// Affiliate disclosures phone-news sites set in or above the story: "Affiliate links on Android
	// Authority may earn us a commission.", 9to5's "FTC: We use income earning auto affiliate links.",
	// Future plc's "When you purchase through links on our site, we may earn an affiliate commission."
	/^affiliate links on .{1,40} may earn (us|me) a commission\b.{0,80}$/i,
	/^(ftc: )?we use income[- ]earning (auto )?affiliate links\b.{0,40}$/i,
	/^(.{1,40} is (supported by its audience|reader[- ]supported)\.\s*)?when you (buy|purchase|shop)\b.{0,40}\blinks?\b.{0,40}\bwe may earn\b.{0,120}$/i,
	// The review-process note review sites set over the story ("Why you can trust Android Central Our
	// expert reviewers spend hours testing … Find out more about how we test."), label to pointer.
	/^why (you can|should you) trust [^.!?]{1,40}?\b.{0,260}\bhow we (test|review|rate)\b.{0,20}$/i,
	// The price disclaimer deal posts set over or under the offers ("Deal pricing and availability
	// subject to change after time of publication.", "Prices and availability are subject to change."),
	// and the pointer to the site's deals policy that may follow it.
	/^(deal )?(prices?|pricing)( and availability)? (are |is )?subject to change\b[^.!?]{0,60}[.!]?(\s+[^.!?]{1,80}[.!]?)?$/i,
	// A label over a list of other stories on a topic ("More on AirPods:"): the colon says a list follows.
	/^more (on|about) [^.!?:]{1,40}:$/i,
	// The "add us as a source on Google" prompt, and the comment-policy line over a thread.
	/^add .{1,40} (as a )?(preferred source )?on google\b.{0,40}$/i,
	/^(.{0,60}[.!]\s*)?read our comment (policy|guidelines)\b.{0,40}$/i,
	/^(skip to (main )?content|back to top)$/i,
	// The data-protection notice under an embedded player ("Hinweis: Wenn Sie dieses Video hier abspielen,
	// erfolgt eine Datenübertragung an YouTube …", "By playing this video, data is sent to YouTube"): the
	// site's, not the story's. It speaks of data; a story's "If you play the video, you hear …" does not.
	/^(?:(?:hinweis|note):\s*)?(?:wenn sie (?:dieses|das) video .{0,30}abspielen|(?:by playing|if you play) (?:this|the) video)\b.{0,120}(?:daten|data|privacy|cookies).{0,300}$/i,
	// A download link that names its file's type and size ("Hochauflösendes Bild (jpeg, 1MB)", "The
	// report (PDF, 298 KB)"): a control that fetches a file, not a line of the story.
	/^[^.!?]{1,80}\((?:jpe?g|png|gif|tiff?|webp|pdf|zip|docx?|xlsx?|pptx?|mp3|mp4)\s*,\s*\d+(?:[.,]\d+)?\s*[kmg]i?b\)$/i,
	// The link screen readers get to jump past an embed ("Skip video", "Video überspringen" before a
	// player): a control the layout hides, not a line of the story.
	/^(skip (the |this )?(video|embed|map|gallery|advert(isement)?|ad)|(das )?(video|karte|galerie|anzeige|werbung) überspringen)$/i,
	// The label of the player that reads the story aloud ("Listen to this post", "Artikel anhören",
	// "Écouter cet article", with the running time it may give): the player's, not the story's. Its
	// player, the embed that follows, goes with it.
	/^(?:listen to (?:this|the) (?:article|post|story)|(?:diesen |den )?artikel (?:vor)?anhören|écouter (?:cet |l['’] ?)article|ascolta (?:questo |l['’] ?)articolo|escucha(?:r)? (?:este|el) artículo)(?:\s*[:(·•|-]\s*[^.!?]{0,20})?$/iu,
	// Login prompts of a comment form ("You must be logged in to post a comment.").
	/^(you must|you need to|please) (be )?(logged in|signed in|log in|sign in) to (post|leave|write|add) a comment\b.{0,80}$/i,
	/^(du musst|sie müssen) .{0,20}(eingeloggt|angemeldet) sein,? um .{0,20}kommentar.{0,80}$/i,
];

/**
 * A newsletter's pitch: a short block about the newsletter or the reader's inbox that closes on
 * its own call to sign up ("… Want to get it in your inbox every Sunday? Subscribe below!"), or
 * on a call that names the newsletters ("… best out of your tech? Sign up for Mashable's Top
 * Stories and Deals newsletters today."). The call is a sentence of its own, so a story's
 * "readers pay to subscribe." is not one.
 */
export const NEWSLETTER_PITCH = {
	maxChars: 300,
	/** The closing call and the end of the sentence before it fit in this many characters ("? Subscribe for free!"). */
	callChars: 32,
	call: /[.!?]\s+(?:subscribe|sign up)(?: (?:below|here|now|today|for free))?[.!]?$/i,
	/** A closing call naming what to sign up for fits in this many characters, the sentence end before it too. */
	namedCallChars: 120,
	namedCall: /[.!?]\s+(?:subscribe to|sign up for)\b[^.!?]{1,80}\bnewsletters?(?: (?:below|here|now|today|for free))?[.!]?$/i,
	topic: /\b(?:newsletters?|inbox)\b/i,
} as const;

/**
 * Paragraphs left over from a header row whose name is a button and whose parts are separate
 * elements (Android Authority: "By", the name's button, "•", the date, "•", a comment counter):
 * the "By" alone, one bullet or bar alone, a "Follow" control. No words of the story. Not
 * longer runs ("***", "___"): those break a story into sections, and readers keep them.
 */
export const LEFTOVER_CONTROL_PATTERN = /^(?:by|von|par|por|door|follow|followed|unfollow|[•·|])$/i;

/**
 * The notice a script-filled widget (a video player, a poll, a feed) shows until its script
 * runs ("Loading ...", "正在加载..."): a placeholder, never what the article says. Only with its
 * ellipsis: a bare "Loading" may be a manual's chapter heading.
 */
export const LOADING_PLACEHOLDER_PATTERN = /^(?:loading|loading comments|loading,? please wait|please wait|wird geladen|lädt|bitte warten|chargement(?: en cours)?|cargando|caricamento(?: in corso)?|carregando|bezig met laden|ładowanie|загрузка|正在加载|加载中|載入中|読み込み中)\s*(?:\.{2,}|…)$/iu;
/**
 * The same notice naming the widget it waits for ("Caricamento player", "Loading video…",
 * "Player wird geladen"): the widget's name makes it a placeholder without the ellipsis, as no
 * story's paragraph is just a loading word and a player's name.
 */
export const LOADING_WIDGET_PATTERN = /^(?:(?:loading|caricamento|chargement(?: du| de la)?|cargando(?: el)?|carregando(?: o)?|ładowanie|загрузка)\s+(?:the\s+)?(?:player|video|vidéo|vídeo|audio|podcast|lettore|lecteur|reproductor|odtwarzacza|плеера)|(?:player|video|audio)\s+(?:wird geladen|lädt))\s*(?:\.{2,}|…)?$/iu;

/**
 * Labels that open a line of links to other articles ("Siehe auch <a>…</a> <a>…</a>"): with its
 * words mostly in links, such a paragraph is a related-links box.
 */
export const RELATED_LINKS_LABELS = 'see also|related(?: articles| posts| stories)?|read more|read also|also read|more on this|siehe auch|mehr zum thema|lesen sie auch|auch interessant|voir aussi|à lire aussi|lire aussi|vedi anche|leggi anche|ver también|lees ook';
export const RELATED_LINKS_LABEL_PATTERN = new RegExp(`^(?:${RELATED_LINKS_LABELS})\\b`, 'i');
/** Such a label standing alone in its own element ("Related", "See also:"), as a card over another story's headline carries it. */
export const RELATED_CARD_LABEL_PATTERN = new RegExp(`^(?:${RELATED_LINKS_LABELS})\\s*:?$`, 'i');

/**
 * The bare "More:" (or "More »") a story sets before a link to another of the site's stories
 * ("More: <a>Huawei's next flagship to launch at MWC</a>"): "Read more:" cut short. Only the
 * label with a separator, so prose that opens with the word ("More phones shipped…") is not it;
 * with the linked title after it, the line points away from the story.
 */
export const MORE_STORY_LABEL_PATTERN = /^more\s*[:»›]/i;

/**
 * Labels of a link to the story before or after this one ("Next article", "« Previous post",
 * "Previous:", "≫次の記事", "Nächster Artikel"): with the linked title after it, a line of the
 * site's navigation between stories.
 */
export const ADJACENT_STORY_LABEL_PATTERN = /^[\s«»‹›<>≪≫←→]*(?:(?:previous|prev|next|older|newer)(?:\s+(?:article|post|story|entry)|\s*:)|(?:前|次)の(?:記事|エントリー?)|(?:nächste[rs]?|vorherige[rs]?)\s+(?:artikel|beitrag)|(?:article|billet)\s+(?:suivant|précédent))(?![\p{L}])/iu;

/**
 * Labels of the line or list item that files a story under its categories and tags ("Tags:
 * Intel, SSD", "カテゴリ サーバ", German WordPress's "Abgelegt unter"), followed by the linked
 * names: the site's index, not the story. Templates may set a separator before the label
 * ("| Filed under …" after an empty slot for the date or the author).
 */
export const TAXONOMY_LABEL_PATTERN = /^[|·•\s]*(?:tags?|tagged(?: with)?|topics?|categor(?:y|ies)|filed under|posted in|abgelegt unter|schlagw(?:ö|o)rte?r?|themen|kategorien?|étiquettes|mots[- ]clés|catégories?|カテゴリー?|タグ|キーワード|标签|分类)\s*[:：]?\s*/iu;

/**
 * The word a site sets over an ad it places among the story's paragraphs ("Advertisement",
 * German "Anzeige" and "Werbung", the law's marking for paid content): alone, it labels the box.
 */
export const AD_LABEL_PATTERN = /^(?:advertisement|anzeige|werbung|publicité|publicidad|pubblicità|advertentie)$/iu;

/** "21 Comments", "Comments (27)", "There are 13 comments", "[ 234 comments ]", "146 replies". */
export const DECLARED_COUNT_PATTERNS: readonly RegExp[] = [
	/(\d[\d,.\u00a0 ]*)\s*(?:comments?|replies|responses|reactions|thoughts? on|kommentare?|antworten|reacties|commentaires?|commenti|comentarios?|коментари|комментари\S*)\b/iu,
	/\b(?:comments?|replies|responses|kommentare|antworten|discussion)\s*[([:]\s*(\d[\d,.]*)\s*[)\]]?/iu,
];

/**
 * A thread heading that names the post after its count, as WordPress themes print it: "5 thoughts
 * on “JSON parsing: simdjson vs. JSON for Modern C++”", "One Reply to “…”", "12 Gedanken zu „…“",
 * "Une réflexion sur « … »". The post's title can be any length, so only this lead (count, noun,
 * preposition) says the element is a count; a number word in place of the digits means one.
 * The nouns come in the singular too, as the translations print one: "Ein Gedanke zu „…“",
 * "Eine Antwort auf „…“" (German themes use "auf" as well as "zu").
 */
export const DECLARED_COUNT_TITLED_LEAD =
	/^(?:(\d[\d,.\u00a0]*)|one|ein|eine|une|un|uno|una|één)\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?|gedanken?|kommentare?|antwort(?:en)?|réflexions?|commentaires?|réponses?|reacties?|commenti|comentarios?)\s+(?:on|to|about|zu|auf|sur|pour|à|op|su|sobre|en)\s/iu;
/**
 * A heading that counts one comment in words, with nothing after the noun: "One Comment",
 * "Un commentaire", "Ein Kommentar", "Eine Antwort" (themes print the number word for one alone).
 */
export const DECLARED_COUNT_ONE = /^(?:one|ein|eine|une|un|uno|una|één)\s+(?:comment|response|reply|thought|kommentar|antwort|gedanke|commentaire|réponse|réflexion|reactie|commento|comentario)$/iu;
/**
 * A count that says there are none, in words: "No comments", "Keine Kommentare", "Noch keine
 * Kommentare", "Aucun commentaire", "Nessun commento", "Sin comentarios", "Geen reacties" (bylines
 * and thread headings print zero so, where they print other counts in digits).
 */
export const DECLARED_COUNT_NONE = /^(?:(?:noch|bisher)\s+)?(?:no|keine|aucun|nessun|sin|geen)\s+(?:comments?|kommentare?|commentaires?|comment[oi]|comentarios?|reacties)\b/iu;
/** Longest thread heading with the post's title in it ("5 thoughts on “…”"): the title and some words. */
export const DECLARED_COUNT_TITLED_MAX_CHARS = 300;

/** Where to look for the declared count when no profile says (short elements only). */
export const DECLARED_COUNT_SELECTORS = [
	'[itemprop~="commentCount"]', '[class*="comment" i][class*="count" i]', '[id*="comment" i][id*="count" i]', '[class*="comment" i][class*="total" i]',
	// The thread's heading can carry the thread's id itself (`<h3 id="comments">Kommentare (34)</h3>`).
	// Themes prefix their own name to the title class (`<h4 class="w-comments-title">`), at any heading level.
	'[class*="comments-title" i]', '#comments-title', '.comment-count', '.comments-count', '#comments h2', '#comments h3', 'h2[id*="comment" i]', 'h3[id*="comment" i]',
	'#comments-area h2', '.comments-area h2', '.comments-area h3', '[id*="comment" i] h2', '[id*="comment" i] h3',
	'[class*="comment" i] h2', '[class*="comment" i] h3', '[class*="reply" i][class*="count" i]', '[id*="reply" i][id*="count" i]',
] as const;

/** Headings that open a comment thread ("Kommentare", "12 Comments", "Leave a reply" is not one). */
export const COMMENTS_HEADING_PATTERN = /^(\d+\s+)?(comments?|kommentare?|reader comments|replies|antworten|responses|discussion|diskussion|reacties|commentaires?)\b/i;
/** A thread heading is a few words ("Kommentare schreiben"); longer text is prose that happens to start with one. */
export const THREAD_HEADING_MAX_CHARS = 40;

/**
 * A heading that labels a photo gallery ("Photos from Barcelona-Catalunya GP - Sunday", "Gallery:
 * the launch", "In pictures", "Bildergalerie"): the slideshow under it is a strip of pictures
 * linking to the gallery's own pages, which leaves the body; the label left closing the body
 * heads nothing of the story. Short, like a label.
 */
export const GALLERY_HEADING_PATTERN = /^(?:(?:more |all )?(?:photos?|pictures|images|photo gallery|gallery|slideshow)\b|in pictures\b|(?:fotos?|bilder|bildergalerie|fotogalerie|galerie|galería|galleria|fotogallery)\b)/i;
export const GALLERY_HEADING_MAX_CHARS = 80;

/**
 * The labels of a link back to the page's top ("Back to top", "Nach oben", "Zum Seitenanfang"):
 * a page control, never what the article or a comment says (the comment controls share them).
 */
export const BACK_TO_TOP_LABELS = 'back to top|to top|top of page|nach oben|zum seitenanfang|seitenanfang|haut de page|retour en haut(?: de (?:la )?page)?|torna su|volver arriba|naar boven';
/** Such a label with the arrow themes draw after it ("Zum Seitenanfang »"). */
export const BACK_TO_TOP_PATTERN = new RegExp(`^(?:${BACK_TO_TOP_LABELS})\\s*[↑▲^»›]?$`, 'iu');

/**
 * Google's page where a reader adds a site as a preferred source in Search
 * (`google.com/preferences/source?q=…`): sites link it from a badge or button ("Add 9to5Mac as
 * a preferred source on Google") as they link their follow buttons, a promotion of the site
 * that is never the story's words or pictures.
 */
export const SOURCE_PREFERENCE_HREF = /^(?:https?:)?\/\/(?:www\.)?google\.[a-z.]+\/preferences\/source(?:[/?#]|$)/i;

/** Longest text an element may have to be read as a count ("21 Comments"), not prose. */
export const DECLARED_COUNT_MAX_CHARS = 60;

/** Moderation notices shown in a thread ("Some comments have been hidden…"). */
export const NOTICE_PATTERNS: readonly RegExp[] = [
	/\b(comments?|posts?|replies|messages?)\b.{0,40}\b(have been|has been|were|was)\s+(hidden|removed|deleted|moderated|held for moderation)/i,
	/\b(hidden|removed|deleted)\b.{0,30}\b(comments?|posts?|replies)\b/i,
	/\bcomments? (are|is) (closed|disabled)\b/i,
];
/** A notice that says comments were hidden or removed by the site (not "comments are closed"). */
export const HIDDEN_NOTICE_PATTERN = /\b(hidden|removed|deleted|moderated)\b/i;
/** Notices are one sentence or two; longer text is a comment or an article. */
export const NOTICE_MAX_CHARS = 240;

/** The author line PhoneArena-style forums show: "Posts: 29; Member since: Dec 06, 2018". */
export const AUTHOR_POSTS_PATTERN = /\b(?:posts|beiträge|messages)\s*:?\s*([\d][\d,.\u00a0]*)/i;
export const AUTHOR_POSTS_SUFFIX_PATTERN = /([\d][\d,.\u00a0]*)\s*(?:posts|beiträge|messages)\b/i;
export const AUTHOR_SINCE_PATTERN = /\b(?:member since|joined|registered|mitglied seit)\s*:?\s*([^;|•\n]+)/i;

/** Links and buttons inside a comment that are controls, not what the commenter wrote. */
export const COMMENT_CONTROL_SELECTORS = [
	'.reply', '.comment-reply-link', '.comment-reply', '.reply-link', '.report', '.comment-report', '[class*="report-link"]',
	'.comment-edit-link', '.edit-link', '[class*="comment-actions"]', '[class*="comment-footer"] a', '.comment-awaiting-moderation',
	'button', 'form', '[data-action="reply"]', '.js_reply-actions', '.epoch-comment-actions', '.comment-like', '.likes',
] as const;

/** Tokens that make an element look like a commenter's name / a time / a comment body. */
export const COMMENT_AUTHOR_TOKENS = {
	exact: ['author', 'user', 'username', 'name', 'fn', 'nick', 'nickname', 'poster', 'commenter', 'handle', 'member', 'displayname'],
	stems: ['author', 'username', 'commenter', 'displayname'],
} as const;
export const COMMENT_DATE_TOKENS = {
	exact: ['date', 'time', 'timestamp', 'posted', 'ago', 'when', 'published', 'datetime', 'meta'],
	stems: ['date', 'time', 'posted', 'publish'],
} as const;
export const COMMENT_TEXT_TOKENS = {
	exact: ['text', 'body', 'content', 'message', 'msg', 'comment'],
	stems: ['text', 'body', 'content', 'message'],
} as const;
/** A comment-ish container says so in its class/id. */
/**
 * Class/id tokens of boxes that list other stories (`section.related-posts`, a "most read"
 * rail): their repeated cards carry a writer's name, a date and an excerpt, as comments do.
 */
export const STORY_LIST_TOKENS = {
	exact: ['related', 'popular', 'latest', 'trending', 'teasers', 'recommended'],
	stems: ['recommend', 'relatedpost', 'relatedarticle', 'relatedstor', 'teaser', 'mostread', 'mostpopular'],
} as const;

export const COMMENT_AREA_TOKENS = {
	exact: ['comments', 'comment', 'replies', 'discussion', 'discussions', 'thread', 'responses', 'reactions', 'kommentare'],
	// German sites call their readers' comments letters ("Leserbriefe", `div.leserbrief`).
	stems: ['comment', 'discussion', 'disqus', 'kommentar', 'leserbrief'],
} as const;
