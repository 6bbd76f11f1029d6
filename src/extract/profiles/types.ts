/**
 * A site profile: declarative extraction rules for one site, written as CSS selectors.
 *
 * Profiles are data, not code: the extractor reads them with the same engine it uses for
 * the generic comment platforms, so adding a site is writing selectors and a test page.
 * Every selector may be a comma-separated list; the first element that yields a value wins.
 */
export interface SiteProfile {
	/** Short stable id, used in `extractor.name` as `profile:<name>`. */
	name: string;
	/** Domains this profile serves: `phonearena.com` matches it and `www.`, `m.`, `mobile.`, `amp.phonearena.com`, not other subdomains. */
	hosts: readonly string[];
	/**
	 * `og:site_name` / `application-name` values that identify the site when its pages are
	 * served from another host (a saved copy, a mirror, the offline fixture site). Only
	 * consulted when no profile matched by host.
	 */
	siteNames?: readonly string[];
	/** Bumped whenever a rule changes, so snapshots record which rules produced them. */
	version: string;
	/** IANA zone the site prints wall-clock times in, for dates written without an offset. */
	timeZone?: string;
	article: ArticleRules;
	comments?: CommentRules;
	/**
	 * Where the page says its comments load from when the static HTML does not hold them
	 * (PhoneArena's `#comments[data-endpoint]`): for the browser/fetch stage, not read by extract.
	 */
	commentsEndpoint?: {selector: string; attribute: string};
	/** True when the article itself is only in the rendered DOM (the fetcher should use a browser). */
	needsBrowser?: boolean;
}

export interface ArticleRules {
	title?: string;
	subtitle?: string;
	/** Author name elements; an `a` (or an `a` inside) gives the author URL. */
	authors?: string;
	/** Elements with `datetime`/`content` attributes or date text. */
	published?: string;
	modified?: string;
	section?: string;
	tags?: string;
	image?: string;
	/** The element holding the article body. */
	body?: string;
	/** Elements inside the body that are not article (ads, offer widgets, captions…). */
	remove?: readonly string[];
}

/** How replies point at their parent. */
export type ParentRule =
	/** Replies are inside their parent's item element (nested lists/divs). */
	| {strategy: 'nested'}
	/**
	 * Each item carries its parent's id in an attribute (Kinja's `data-parentid`), or an element
	 * inside it does (NodeBB's "replied to" link, `data-topid`); ids come from `CommentRules.id`.
	 */
	| {strategy: 'attribute'; attribute: string; selector?: string}
	/** Each reply links to its parent (`<a href="#comment-12">in reply to</a>`); the fragment is the parent's id. */
	| {strategy: 'reply-link'; selector: string}
	/**
	 * A flat list where each item shows its depth (reddit's "level 2"): the first integer in the
	 * selector's text, or in its `attribute` when given (Hacker News' `<td class="ind" indent="2">`);
	 * without a selector, in the item's own attribute (Coral's `class="coral-indent-2"`). With a
	 * `step`, the integer is a width drawn `step` a level (a spacer picture's `width="80"` at 40px
	 * a level is level 2). The parent is the nearest earlier item one level up.
	 */
	| {strategy: 'level'; selector?: string; attribute?: string; step?: number}
	/**
	 * Each reply sits in a box right after its parent's item, not inside it (IntenseDebate's
	 * `#IDCommentSubThreadN` after `#IDCommentN`): the parent is the item just before the
	 * reply's nearest box.
	 */
	| {strategy: 'reply-box'; selector: string};

/**
 * Which item of a forum thread is its opening post: the page's article, not a comment (its
 * poster is the article's author). Comment widgets under an article have none.
 */
export type OpeningPostRule =
	/**
	 * The thread's first item: forum software that marks the opening post no other way. Only on
	 * the thread's first page: page 2 and later link the previous page (`<link rel="prev">` in
	 * the head, `<a rel="prev">` in the pagination) and open with a reply, so there every post
	 * is a comment and the body comes from the generic stages.
	 */
	| {strategy: 'first'}
	/** The item matching a selector (Discourse's `#post_1`). */
	| {strategy: 'selector'; selector: string};

/** Where a comment's own id comes from: an attribute of the item, or of an element inside it. */
export interface IdRule {
	attribute: string;
	selector?: string;
}

export interface CommentRules {
	/** The thread's container(s); items outside them are ignored, and they never count as article. */
	container: string;
	/** One element per comment. Nested items are replies under the `nested` strategy. */
	item: string;
	/**
	 * An element right before each item that is part of it: bbPress prints each post's date and
	 * permalink in a `div.bbp-reply-header` before the box with the poster and the words. Its
	 * fields and id are read as the item's.
	 */
	header?: string;
	id?: IdRule;
	/** The number the site shows ("11."); the first integer in the text is taken. */
	number?: string;
	author?: string;
	/** When absent, the author element's own link (or a link inside it) is used. */
	authorUrl?: string;
	/** The line under the name: "Posts: 29; Member since: Dec 06, 2018". */
	authorMeta?: string;
	postedAt?: string;
	/** The comment's own text. When absent or missing, the item minus its other parts is used. */
	text?: string;
	score?: string;
	parent?: ParentRule;
	/** Forum threads: the item that opens the thread, read as the article instead of a comment. */
	openingPost?: OpeningPostRule;
	/** Elements stating the thread's size ("21 Comments"); searched in the whole page. */
	declaredCount?: string;
	/** Moderation notices ("Some comments have been hidden…"); searched in the whole page. */
	notices?: string;
	/** Parts of an item that are controls, not text ("Reply", "Report"), besides the generic ones. */
	remove?: readonly string[];
	/** The platform's quote boxes, besides the generic `<blockquote>` (see `QuoteRule`). */
	quotes?: readonly QuoteRule[];
}

/**
 * A box in a comment's text that quotes another post: its words leave the comment's text for
 * its `quotes`. The attribution line ("Ann said:", "Quote from: Ann on …") names the quoted
 * poster; it sits inside the box or right before it (SMF 2.0's `div.quoteheader`, IPB 3's
 * `p.citation`), and is not text of either.
 */
export interface QuoteRule {
	box: string;
	attribution?: string;
}
