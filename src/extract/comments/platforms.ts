import type {CommentRules} from '../profiles/types.js';

/**
 * Comment markup of widespread platforms, as rule sets for the same engine site profiles use.
 * Tried in order when no profile described the thread; the first that finds items wins.
 */
export interface CommentPlatform {
	name: string;
	rules: CommentRules;
	/**
	 * The rules' selectors are loose (any `[id*="comments"]` box, any `div[id^="comment-"]`): they
	 * found a thread only when some comment says who wrote it or when, as every home-grown comment
	 * list prints. Finding only unsigned, undated items, they found the comment widget's own parts
	 * (a sign-in button's label, the sort controls, a discussion-policy link, a report menu). A
	 * named platform's markup is its own, and its comments stand without names where the page
	 * leaves them out.
	 */
	loose?: boolean;
}

/** Hacker News draws a reply's depth as a spacer picture this many pixels wide per level. */
const HN_INDENT_PX = 40;

export const COMMENT_PLATFORMS: readonly CommentPlatform[] = [
	{
		// Kinja (Gawker/G/O Media): flat articles threaded by data-parentid; the parent may be the post itself.
		name: 'kinja',
		rules: {
			container: '.js_replies, .js_discussion-region, .discussion-region, #js_discussion-region',
			item: 'article.js_reply, article.reply[data-id]',
			id: {attribute: 'data-id'},
			author: '.display-name a.fn, .display-name .fn, .js_author-name',
			postedAt: '.publish-time, time',
			text: '.reply-content, .js_reply-content',
			score: '.js_like_count',
			parent: {strategy: 'attribute', attribute: 'data-parentid'},
			remove: ['.reply-tools', '.js_reply-tools', '.replyto-author'],
		},
	},
	{
		// Epoch (WordPress plugin): div[data-comment-id] wrappers, replies nested in .epoch-child.
		name: 'epoch',
		rules: {
			container: '#epoch-comments',
			item: 'div[data-comment-id]',
			id: {attribute: 'data-comment-id'},
			author: 'a.epoch-author-link, .epoch-comment-author',
			postedAt: 'time, .epoch-comment-link',
			text: '.epoch-comment-content',
			remove: ['.pmcc-comments-report-link'],
		},
	},
	{
		// Disqus as rendered into the page (the embed's own markup).
		name: 'disqus',
		rules: {
			container: '#disqus_thread, #posts .post-list, ul#post-list',
			item: 'li.post',
			id: {attribute: 'id'},
			author: '.post-byline .author, .author a, .author',
			postedAt: 'a.time-ago, .post-meta time, time',
			text: '.post-message, .post-body-inner',
			score: '.vote-up .updatable.count, .voting .count',
		},
	},
	{
		// XenForo's comment widget under articles (Future plc sites): a flat list of comments.
		name: 'xenforo',
		rules: {
			container: '.xenforo-comments-list, #xenforo-comments-static_data',
			item: 'li.xenforo-comment',
			id: {attribute: 'data-content'},
			author: '.message-name .username, .username, header a',
			postedAt: 'time.u-dt, header time, time',
			text: '.message-body .bbWrapper, .bbWrapper, .js-read-more, .xenforo-comment-text',
			quotes: [{box: '.bbCodeBlock--quote', attribution: '.bbCodeBlock-title'}],
			score: '.reactionsBar-link, .reaction-count',
		},
	},
	{
		// XenForo 2 forum threads: `article.message` posts, the first opening the thread. Its
		// reactions bar names who reacted ("Ann, Ben and 3 others"): no score. The poster's
		// "Joined" and "Messages" pairs sit under the name in `.message-userExtras`. A quoted
		// post is a `blockquote.bbCodeBlock--quote` ("Ann said:" and the words) that ends, when
		// long, in a "Click to expand..." button: the button is no word of either post.
		name: 'xenforo-forum',
		rules: {
			container: '.block-body.js-replyNewMessageContainer, .p-body-pageContent .block-container',
			item: 'article.message',
			id: {attribute: 'data-content'},
			// The post's number ("#2") is the last gadget of the header's right side (a share or bookmark link comes first).
			number: '.message-attribution-opposite li:last-child a',
			author: '.message-name .username, .message-userDetails .username, .username',
			authorMeta: '.message-userExtras',
			postedAt: '.message-attribution-main time.u-dt, time.u-dt, time',
			text: '.message-body .bbWrapper, .bbWrapper',
			quotes: [{box: '.bbCodeBlock--quote', attribution: '.bbCodeBlock-title'}],
			openingPost: {strategy: 'first'},
			remove: ['.bbCodeBlock-expandLink'],
		},
	},
	{
		// XenForo 1 threads: `li.message#post-N` posts in `ol#messageList`: the poster's `a.username`
		// in the user block above the "Messages:" count, the words in `blockquote.messageText`,
		// the time in the meta line's permalink (an `abbr.DateTime` with the instant in
		// `data-time`; on older posts a `span.DateTime` titled with the full date), the number
		// ("#2") beside it. The thread's first page opens with the post that started it. A quoted
		// post ends in a "Click to expand..." button (`.quoteExpand`) and its "Ann said:" line
		// links back to it with an arrow (`.AttributionLink`): no words of the reply.
		name: 'xenforo1',
		rules: {
			container: 'ol#messageList',
			item: 'li.message[id^="post-"]',
			id: {attribute: 'id'},
			number: 'a.postNumber',
			author: '.messageUserBlock a.username, .userText .username',
			authorMeta: '.extraUserInfo',
			postedAt: '.messageMeta .DateTime',
			text: 'blockquote.messageText',
			quotes: [{box: '.bbCodeQuote', attribution: '.attribution'}],
			openingPost: {strategy: 'first'},
			remove: ['.messageTextEndMarker', '.quoteExpand', '.AttributionLink'],
		},
	},
	{
		// Judge.me reviews (Shopify shops, blogs selling products): flat, the date in `data-content`.
		name: 'judgeme',
		rules: {
			container: '.jdgm-rev-widg__reviews',
			item: '.jdgm-rev',
			id: {attribute: 'data-review-id'},
			author: '.jdgm-rev__author',
			postedAt: '.jdgm-rev__timestamp',
			text: '.jdgm-rev__content',
			score: '.jdgm-rev__rating',
			remove: ['.jdgm-rev__actions', '.jdgm-rev__reply'],
		},
	},
	{
		// Blogger (blogspot) threaded comments as the server renders them: replies nested in
		// `.comment-replies`, the date is the permalink in `.datetime`.
		name: 'blogger',
		rules: {
			container: '#comment-holder, .comments .comment-thread.toplevel-thread',
			item: 'li.comment[id^="c"]',
			id: {attribute: 'id'},
			author: '.comment-header cite.user, cite.user',
			postedAt: '.comment-header .datetime a, .datetime',
			text: '.comment-content',
			parent: {strategy: 'nested'},
			remove: ['.comment-actions', '.thread-toggle'],
		},
	},
	{
		// Reddit's old design (old.reddit.com, and www before 2018): `.thing.comment` nested in
		// `.child`, the text in a `form.usertext` (so the text element is named, never the item).
		// A text post (`.thing.link.self`) stands in the link listing above the comment area, its
		// words in the same usertext box: it is the article, where the subreddit's sidebar of rules
		// would otherwise outweigh a short post. A link post's listing stays in the page (its byline
		// dates the page), and a subreddit's own listing has no comment area beside it.
		name: 'reddit',
		rules: {
			container: '.commentarea, .content:has(> .commentarea) > .linklisting:has(> .thing.link.self)',
			item: '.thing.comment, .thing.link.self',
			id: {attribute: 'data-fullname'},
			author: '.tagline a.author, .tagline .author',
			postedAt: '.tagline time, time',
			text: '.usertext-body .md',
			score: '.tagline .score.unvoted, .tagline .score',
			openingPost: {strategy: 'selector', selector: '.thing.link'},
			remove: ['.buttons', '.usertext-edit'],
		},
	},
	{
		// Reddit's 2018 design as rendered on the server: a flat list of `div.Comment` (hashed
		// classes besides `Comment` and the comment's `t1_` fullname) showing "level N" for depth.
		// No stable element wraps the list, so the whole page is searched.
		name: 'reddit-2018',
		rules: {
			container: 'body',
			item: 'div.Comment[class*="t1_"]',
			// The permalink's id ends in the comment's fullname (`CommentTopMeta--Created--t1_c95fjfq`).
			id: {attribute: 'id', selector: 'a[id^="CommentTopMeta--Created--"]'},
			author: 'a[href^="/user/"], a[href*="reddit.com/user/"]',
			postedAt: 'a[id^="CommentTopMeta--Created"], a[data-testid="comment_timestamp"], time',
			text: '[data-test-id="comment"], [data-testid="comment"]',
			score: 'span:contains(" point")',
			parent: {strategy: 'level', selector: 'span:contains("level ")'},
		},
	},
	{
		// wpDiscuz (WordPress plugin), before the WordPress rules its `.comment` class also fits:
		// replies nested in their parent's `.wpd-comment`, the date's `title` absolute when its
		// text is relative, a "Reply to <name>" line and a "Guest" label beside the name.
		name: 'wpdiscuz',
		rules: {
			container: '.wpd-thread-list',
			item: 'div.wpd-comment',
			// The comment's own anchor (`#comment-62044`), the first inside it: replies come after.
			id: {attribute: 'id', selector: '.wpd-comment-right'},
			author: '.wpd-comment-author',
			postedAt: '.wpd-comment-date',
			text: '.wpd-comment-text',
			score: '.wpd-vote-result',
			remove: ['.wpd-comment-label', '.wpd-reply-to', '.wpd-comment-footer'],
		},
	},
	{
		// Discourse topics as served to browsers without scripts and to crawlers: one
		// `.crawler-post` per post, `#post_1` opening the topic. Replies carry schema.org Comment
		// microdata too, but only these rules know the opening post is the article. No stable
		// element wraps the posts, so the whole page is searched.
		name: 'discourse',
		rules: {
			container: 'body',
			item: 'div.crawler-post',
			id: {attribute: 'id'},
			// The post's number is printed as its schema.org position.
			number: '.crawler-post-meta [itemprop="position"]',
			author: '.creator [itemprop="name"], .creator a, .creator',
			// The name is a span inside the profile link, not around it.
			authorUrl: '.creator a[href]',
			postedAt: '.crawler-post-infos time, time.post-time, [itemprop="datePublished"], .crawler-post-infos',
			text: '.post[itemprop="text"], .post[itemprop="articleBody"], .post',
			quotes: [{box: 'aside.quote', attribution: '.title'}],
			score: '.post-likes',
			openingPost: {strategy: 'selector', selector: '#post_1'},
		},
	},
	{
		// phpBB's prosilver style (and styles derived from it): `div.post#p123` siblings in
		// `#page-body`, the poster in the profile column, the date after "by name »" in `p.author`.
		name: 'phpbb',
		rules: {
			container: '#page-body',
			// A blog theme's post list can be `div.post#post-12` in a `#page-body` too: only a
			// post with phpBB's profile column is a forum post.
			item: 'div.post[id^="p"]:has(> .inner > dl.postprofile)',
			id: {attribute: 'id'},
			author: '.postprofile dt a.username, .postprofile dt a.username-coloured, .postprofile dt strong, p.author strong',
			authorMeta: '.postprofile',
			postedAt: 'p.author time, p.author',
			text: '.postbody .content',
			openingPost: {strategy: 'first'},
			remove: ['.signature', '.post-buttons', '.profile-icons'],
		},
	},
	{
		// Invision Community 4 (IPS): `article.ipsComment` posts with an author pane beside them.
		// Only a forum topic's posts (`.cPost`) open with the topic's own post; comment feeds
		// under blog entries and articles are comments all the way.
		name: 'invision',
		rules: {
			container: '#elPostFeed, [data-role="commentFeed"]',
			item: 'article.ipsComment',
			id: {attribute: 'data-commentid', selector: '[data-commentid]'},
			author: '.cAuthorPane_author a, .cAuthorPane_author, .ipsComment_author a',
			authorMeta: '.cAuthorPane_info',
			postedAt: '.ipsComment_meta time, time',
			text: '[data-role="commentContent"]',
			quotes: [{box: '.ipsQuote', attribution: '.ipsQuote_citation'}],
			// One count per reaction type, or one total where the board shows counts only.
			score: '.ipsReact_reactCount, [data-role="reactCount"]',
			openingPost: {strategy: 'selector', selector: 'article.cPost:first-of-type'},
		},
	},
	{
		// IP.Board 3 topics: `div.post_block#post_id_N` posts in `div.topic`: the poster in the head
		// row's `span.author.vcard`, the number ("#2") at its right, the post count in the author
		// column ("312 posts"), the time an `abbr.published` titled with the ISO instant, the words
		// in `div.post.entry-content` above the post's buttons. The first post started the topic.
		name: 'invision3',
		rules: {
			container: 'div.topic',
			item: 'div.post_block[id^="post_id_"]',
			id: {attribute: 'id'},
			number: '.post_id a',
			author: '.author.vcard .name, .author.vcard',
			authorUrl: '.author.vcard a[href]',
			// IP.Board 3.0–3.1 print the count among the column's labelled fields ("Posts: 55").
			authorMeta: '.author_info .post_count, .author_info .user_fields',
			postedAt: 'abbr.published, .posted_info',
			text: 'div.post.entry-content',
			quotes: [{box: '.blockquote', attribution: 'p.citation'}],
			openingPost: {strategy: 'first'},
			remove: ['.post_controls', '.signature'],
		},
	},
	{
		// vBulletin 4 threads: `li.postcontainer` in `ol#posts`, the post number as `a.postcounter`.
		name: 'vbulletin',
		rules: {
			container: 'ol#posts, #postlist',
			item: 'li.postcontainer',
			id: {attribute: 'id'},
			number: 'a.postcounter',
			author: '.username_container .username, .username_container strong',
			authorMeta: '.userinfo_extra',
			postedAt: '.posthead .date, .postdate',
			text: 'blockquote.postcontent, .postcontent',
			quotes: [{box: '.bbcode_container', attribution: '.bbcode_postedby'}],
			openingPost: {strategy: 'first'},
			remove: ['.signature', '.after_content'],
		},
	},
	{
		// vBulletin 3 threads (the default postbit_legacy): each post a `table#postN` in `#posts`,
		// the date in its head row beside the number ("#2", `a#postcountN`), the poster an
		// `a.bigusername` (a guest's name bare in `#postmenu_N`) above the "Join Date:" and
		// "Posts:" lines, the words in `div#post_message_N` and the signature after them.
		name: 'vbulletin3',
		rules: {
			container: 'div#posts',
			item: 'table[id^="post"]:has(div[id^="post_message_"])',
			id: {attribute: 'id'},
			number: 'a[id^="postcount"]',
			author: 'a.bigusername, [id^="postmenu_"]',
			// The box of lines, after the one with the poster's title.
			authorMeta: 'td.alt2 div.smallfont:has(> div)',
			postedAt: 'td.thead',
			text: 'div[id^="post_message_"]',
			quotes: [{box: 'div:has(> div.smallfont + table td.alt2)', attribution: 'td.alt2 > div:first-child:not(:last-child)'}],
			// Post #1 (its number link is also named "1"): a later page, with no link back that
			// says so, opens with #11.
			openingPost: {strategy: 'selector', selector: 'table:has(a[id^="postcount"][name="1"])'},
		},
	},
	{
		// vBulletin 5 threads: `li.b-post.js-post` with the post's node id, its number as `#2`,
		// the poster and time marked with schema.org properties.
		name: 'vbulletin5',
		rules: {
			container: '#thread-view-tab, .conversation-list',
			item: 'li.b-post.js-post',
			id: {attribute: 'data-node-id'},
			number: '.b-post__count',
			author: '.b-userinfo__details [itemprop="name"], .b-userinfo__details .author a',
			postedAt: '.b-post__timestamp time, time[itemprop="dateCreated"]',
			text: '.js-post__content-text',
			quotes: [{box: '.bbcode_container', attribution: '.bbcode_postedby'}],
			openingPost: {strategy: 'first'},
		},
	},
	{
		// WoltLab Burning Board (4 and 5) threads: `article.wbbPost` posts in `ul.wbbThreadPostList`,
		// the poster's `a.username` in the sidebar above their title and post count (`.userCredits`),
		// the time in the header's permalink, the words in `.messageText` and the signature in the
		// footer after them. The thread's first page opens with the post that started it.
		name: 'woltlab',
		rules: {
			container: 'ul.wbbThreadPostList',
			item: 'article.wbbPost',
			id: {attribute: 'data-object-id'},
			// WBB 4 (and WCF 2's conversations in the same list) number a post in the header's counter button.
			number: '.messageQuickOptions a, .messageCounter a',
			author: '.messageAuthor a.username, a.username, .username',
			authorMeta: '.userCredits',
			postedAt: '.messageHeader time, time',
			text: '.messageText',
			quotes: [{box: '.quoteBox', attribution: '.quoteBoxTitle'}],
			openingPost: {strategy: 'first'},
			remove: ['.messageSignature', '.messageFooter'],
		},
	},
	{
		// MyBB threads (classic post layout): `div.post#post_123` in `#posts`.
		name: 'mybb',
		rules: {
			container: '#posts',
			// Only a post with MyBB's own body box: `#posts` and `.post` are common words.
			item: 'div.post[id^="post_"]:has(.post_body)',
			id: {attribute: 'id'},
			author: '.author_information .largetext a, .author_information .largetext, .author_information strong',
			authorMeta: '.author_statistics',
			postedAt: '.post_date',
			text: '.post_body',
			openingPost: {strategy: 'first'},
			remove: ['.post_edit', '.post_controls', '.signature'],
		},
	},
	{
		// Simple Machines Forum (2.0 and 2.1) topics: each post's `.post_wrapper` in `#forumposts`
		// holds the poster column (name, "Posts: 312"), the key line with the time ("« Reply #2
		// on: March 02, 2020, 10:40:05 PM »"; 2.1 puts the time in its permalink and the number in
		// `.page_number`), the words in `.inner#msg_N` and the signature below them. Only a
		// reply is numbered ("#2"), so the post without a number is the one that opened the
		// topic, shown on its first page only.
		name: 'smf',
		rules: {
			container: '#forumposts',
			item: '.post_wrapper:has(.inner[id^="msg_"])',
			id: {attribute: 'id', selector: '.inner[id^="msg_"]'},
			number: '.keyinfo .page_number, .keyinfo div.smalltext strong',
			author: '.poster h4 a, .poster h4',
			authorMeta: '.poster ul',
			postedAt: '.keyinfo .postinfo a.smalltext, .keyinfo div.smalltext',
			text: '.post .inner',
			quotes: [{box: '.bbc_standard_quote', attribution: '.quoteheader, cite'}],
			openingPost: {strategy: 'selector', selector: '.post_wrapper:not(:has(.keyinfo .page_number:contains("#"), .keyinfo div.smalltext strong:contains("#")))'},
			remove: ['.signature', '.quickbuttons'],
		},
	},
	{
		// bbPress (the WordPress forum plugin) topics: each post is a header (`div.bbp-reply-header`:
		// the date, the "#4826" permalink) and, after it, its box (the poster in `.bbp-reply-author`,
		// the words in `.bbp-reply-content`). The topic's own post, typed `type-topic`, opens the
		// list and is the article. Threaded replies sit in a `ul.bbp-threaded-replies` after their
		// parent's box.
		name: 'bbpress',
		rules: {
			container: '#bbpress-forums ul.bbp-replies, #bbpress-forums ul.bbp-lead-topic',
			item: 'div.type-reply, div.type-topic',
			header: 'div.bbp-reply-header, div.bbp-topic-header',
			id: {attribute: 'id'},
			author: '.bbp-author-name',
			authorUrl: 'a.bbp-author-link',
			postedAt: '.bbp-reply-post-date, .bbp-topic-post-date',
			text: '.bbp-reply-content, .bbp-topic-content',
			parent: {strategy: 'reply-box', selector: '.bbp-threaded-replies'},
			openingPost: {strategy: 'selector', selector: '.type-topic'},
			// "This reply was modified 2 days ago by Ann." under the words.
			remove: ['.bbp-reply-revision-log', '.bbp-topic-revision-log'],
		},
	},
	{
		// Vanilla Forums discussions (2.1 templates and themes on them): the opening post is
		// `div.ItemDiscussion` above the comment list, each reply an `li.ItemComment`; the name
		// is the `.Username` link beside the photo, the time a `<time datetime>` in the meta line.
		// Themes without the discussion wrapper list the opening post as the first comment item,
		// the one whose permalink anchor is `Item_1` (replies count on from there).
		name: 'vanilla',
		rules: {
			container: '.MessageList.Discussion, ul.MessageList.Comments',
			item: 'div.ItemDiscussion, li.ItemComment',
			id: {attribute: 'id'},
			author: '.Author .Username, .Username',
			postedAt: '.DateCreated time, time',
			text: '.Message',
			openingPost: {strategy: 'selector', selector: '.ItemDiscussion, .ItemComment:has(a[name="Item_1"])'},
		},
	},
	{
		// NodeBB topics (the same templates for crawlers and browsers): `li[component="post"]`
		// items carrying the post's id and index, the first (index 0) opening the topic; each
		// holds its time as a datePublished meta, and a reply names the post it answers in its
		// "replied to" link (`data-topid`).
		name: 'nodebb',
		rules: {
			container: 'ul[component="topic"]',
			item: 'li[component="post"]',
			id: {attribute: 'data-pid'},
			author: 'a[data-username]',
			postedAt: 'meta[itemprop="datePublished"], .timeago',
			text: '[component="post/content"]',
			score: '[component="post/vote-count"]',
			parent: {strategy: 'attribute', attribute: 'data-topid', selector: 'a[component="post/parent"]'},
			openingPost: {strategy: 'selector', selector: '[data-index="0"]'},
		},
	},
	{
		// Flarum discussions as its script renders them: `.PostStream-item` posts numbered by
		// `data-number`, the first opening the discussion. The avatar's fallback initial sits
		// in the name's link, so the name is the `.username` inside it.
		name: 'flarum',
		rules: {
			container: '.PostStream',
			item: '.PostStream-item[data-id]',
			id: {attribute: 'data-id'},
			author: '.PostUser-name .username',
			authorUrl: '.PostUser-name a[href]',
			postedAt: '.PostMeta time, time',
			text: '.Post-body',
			openingPost: {strategy: 'selector', selector: '[data-number="1"]'},
		},
	},
	{
		// Isso (self-hosted comments) as its script renders them: replies nested in `.isso-follow-up`.
		name: 'isso',
		rules: {
			container: '#isso-thread, #isso-root',
			item: 'div.isso-comment',
			id: {attribute: 'id'},
			author: '.isso-comment-header .isso-author',
			postedAt: '.isso-comment-header time',
			text: '.isso-text',
			score: '.isso-votes',
			remove: ['.isso-comment-footer', '.isso-note'],
		},
	},
	{
		// Drupal's comment module (8 and later, core themes and themes built on them): replies
		// follow their parent in a sibling `div.indented`, not inside it, so the parent comes from
		// the hidden "In reply to" link in the meta footer; the permalink names each comment.
		// Drupal 7 renders the same thread with older marks: the RDF module types each item
		// `sioc:Post sioct:Comment` (whatever its tag and classes), dates it `dc:date dc:created`,
		// words it in `.field-name-comment-body`, and a reply names its parent comment in a hidden
		// `<span rel="sioc:reply_of" resource="/comment/12#comment-12">`.
		name: 'drupal',
		rules: {
			container: '.field--type-comment, section.comments, #comments',
			item: 'article.js-comment, [typeof~="sioct:Comment"]',
			id: {attribute: 'href', selector: '.comment__permalink a'},
			author: '.comment__author .username, .comment__author, .username',
			// Themes that drop the core classes keep the RDF module's marks: the creation time
			// (`content` holds it machine-readable) and the words (`schema:text`, where a theme
			// also wraps the subject in a body-field box).
			postedAt: '.comment__time, .comment__meta time, [property="schema:dateCreated"], [property~="dc:created"]',
			// The body field, so the subject heading above it reads as the comment's title.
			text: '[property="schema:text"], .field--name-comment-body, .field-name-comment-body, .comment__content, .content',
			// The meta footer is the comment template's `<footer>`, whatever its class.
			parent: {strategy: 'reply-link', selector: '.comment__meta .visually-hidden a[href*="#comment-"], footer .visually-hidden a[href*="#comment-"], [rel="sioc:reply_of"][resource*="#comment-"]'},
			remove: ['.links', 'nav'],
		},
	},
	{
		// JComments (Joomla's common comment extension): `div#comment-item-N` items in `#jc`'s
		// `.comments-list`, replies in a nested `.comments-list`; inside, the anchor `a#comment-ID`
		// ("#1"), name, date and a `div#comment-body-ID` that is the text, not another comment.
		name: 'jcomments',
		rules: {
			container: '#jc .comments-list',
			item: 'div[id^="comment-item-"]',
			id: {attribute: 'id', selector: 'a.comment-anchor'},
			number: 'a.comment-anchor',
			author: '.comment-author',
			postedAt: '.comment-date',
			text: '.comment-body',
		},
	},
	{
		// TypePad (and the Movable Type templates it grew from): `div.comment#comment-…` items in
		// `.comments-content`, the words in `.comment-content` (whose own id also starts with
		// "comment-", so only `.comment` items count), then the footer "Posted by: NAME | <a>DATE</a>",
		// the date link being the comment's permalink.
		name: 'typepad',
		rules: {
			container: '.comments-content, #comments-content',
			item: 'div.comment[id^="comment-"]',
			id: {attribute: 'id'},
			// A linked name is the footer's other link (footer links count as controls, so it is named here).
			author: '.comment-footer a:not([href*="#comment-"]), .comment-footer',
			postedAt: '.comment-footer a[href*="#comment-"]',
			text: '.comment-content',
		},
	},
	{
		// Serendipity (s9y) blogs: `div.serendipity_comment` items in the comments section, the
		// words in `.serendipity_commentBody`, then a source line: trace link ("#1.1"), name,
		// the homepage link ("(Homepage)"), date, reply link. Threads stay flat in the markup;
		// the default template indents each reply by its depth (`padding-left: 20px` a level).
		name: 'serendipity',
		rules: {
			container: '.serendipity_section_comments, #serendipity_commentlist',
			item: 'div.serendipity_comment',
			id: {attribute: 'id'},
			author: '.comment_source_author',
			authorUrl: '.comment_source_url',
			postedAt: '.comment_source_date, time',
			text: '.serendipity_commentBody',
			parent: {strategy: 'level', attribute: 'style'},
		},
	},
	{
		// SPIP's forums (French CMS: public bodies, newspapers' blogs): `li.forum-fil` items in
		// `ul.forum`, replies in a list nested in their parent's item, the permalink anchor
		// `a#forumN` naming each message. The distributed templates print the date and "par Name"
		// in the subject line's <small>; custom ones put the name in a `forum-qui-N` element and
		// the date in `.forum-nav`; the templates with microformats (the "comments" plugin) an
		// `abbr.date` whose title is the ISO time and whose text leaves the year out ("Le 9 janvier
		// à 13:06"). The subject (`.forum-titre`) is a title, not the text.
		name: 'spip',
		rules: {
			container: 'ul.forum',
			item: 'li.forum-fil',
			id: {attribute: 'id', selector: 'a[id^="forum"]'},
			author: '[class*="forum-qui"], .forum-chapo small span',
			postedAt: '.forum-nav, .forum-chapo small, .forum-chapo .date',
			text: '.forum-texte',
			remove: ['.repondre'],
		},
	},
	{
		// Commento (and Commento++) as its script renders into `#commento`: `.commento-card`s
		// with replies nested in the card's contents, ids made of the comment's hex. The time's
		// `title` holds the date, its text how long ago.
		name: 'commento',
		rules: {
			container: '#commento-comments-area, #commento',
			item: 'div.commento-card',
			id: {attribute: 'id'},
			author: '.commento-header .commento-name',
			postedAt: '.commento-subtitle .commento-timeago',
			text: '[id^="commento-comment-text-"]',
			score: '.commento-subtitle .commento-score',
		},
	},
	{
		// OpenWeb (Spot.IM) as the browser copies its shadow root into the page: hashed classes,
		// but stable `data-spot-im-class` fields; replies nested in their message's
		// `ul.spcv_children-list`.
		name: 'openweb',
		rules: {
			container: '[data-spotim-module], #spcv_conversation',
			item: 'div.spcv_message-stack',
			author: '[data-spot-im-class="message-username"]',
			postedAt: '[data-spot-im-class="message-timestamp"]',
			text: '[data-spot-im-class="message-text"]',
			score: 'button[aria-label="Vote Up"] [class*="votesCounter"]',
			declaredCount: '[data-spot-im-class="comments-count"]',
		},
	},
	{
		// Viafoura's Conversations (vf3) as rendered into the page (or copied out of the
		// `vf-conversations` element's shadow root): `article.vf3-comment` with replies nested
		// inside their parent's article, the time machine-readable, the like count in the like
		// button's label ("5 likes").
		name: 'viafoura',
		rules: {
			container: 'vf-conversations, #vf-conversations, .vf3-comments, [id^="vf-all_threads-"]',
			item: 'article.vf3-comment',
			author: '.vf-post-name-button__username',
			postedAt: 'time.vf-post-details__time',
			text: '.vf-content-text',
			score: '[data-testid="vf-conversations-like-button"]',
		},
	},
	{
		// Coral (Vox Media's open-source comments) as the browser copies it out of its shadow
		// root: each comment's wrapper carries its depth as `coral-indent-N`, the fields have
		// stable `coral-comment-*` classes.
		name: 'coral',
		rules: {
			container: '#coral_thread, #coral-shadow-container',
			item: '.coral-indent',
			id: {attribute: 'id', selector: '.coral-comment'},
			author: '.coral-comment-username',
			postedAt: '.coral-comment-timestamp',
			text: '.coral-comment-content',
			// The first number in the wrapper's class list (`coral coral-indent coral-indent-2`).
			parent: {strategy: 'level', attribute: 'class'},
		},
	},
	{
		// Talkyard (and its embedded comments) as its script renders them: each thread a `.dw-t`
		// holding its post and, in `ol.dw-res`, the threads of its replies. The original post's
		// thread (`.dw-ar-t`) holds them all in its own reply lists, which are the thread: the
		// post itself is a forum topic's article (or the embedding page's empty stand-in).
		name: 'talkyard',
		rules: {
			container: '.dw-ar-t > .dw-single-and-multireplies',
			item: '.dw-t',
			id: {attribute: 'id', selector: '.dw-p'},
			// The bold part of the name first: the username, or the full name the site shows first.
			author: '.dw-p-hd .esP_By_F, .dw-p-hd .esP_By_U, .dw-p-hd .dw-p-by',
			postedAt: '.dw-p-hd .esP_H_At',
			text: '.dw-p-bd-blk, .dw-p-bd',
		},
	},
	{
		// Cusdis as the browser inlines its frame into `#cusdis_thread`: utility classes only, so
		// a comment is the `div.my-4` whose first row holds the bold name; the date and the words
		// follow it, the replies nest inside it.
		name: 'cusdis',
		rules: {
			container: '#cusdis_thread',
			item: 'div.my-4:has(> div.flex > div.font-medium)',
			author: 'div.flex > div.font-medium',
			postedAt: 'div.text-sm',
			text: 'div.my-2',
		},
	},
	{
		// Remark42 as the browser inlines its frame into `#remark42`: each thread (a hashed-class
		// `div[role~="listitem"]`) holds its comment's `article.comment` and the threads of its
		// replies, so the threads are the items and nesting gives the parents.
		name: 'remark42',
		rules: {
			container: '#remark42',
			item: 'div[role~="listitem"]',
			id: {attribute: 'id', selector: 'article.comment'},
			author: '.comment__username',
			postedAt: '.comment__time',
			text: '.comment__text',
		},
	},
	{
		// giscus (GitHub Discussions), as the browser inlines its frame: comments in
		// `.gsc-timeline`, replies nested in their comment's `.gsc-replies`. No ids: the permalink
		// in the header (the first one inside the item, replies come later) names the comment.
		name: 'giscus',
		rules: {
			container: '.gsc-timeline',
			item: 'div.gsc-comment, div.gsc-reply',
			id: {attribute: 'href', selector: '.gsc-comment-header a.link-secondary, .gsc-reply-header a.link-secondary'},
			author: '.gsc-comment-author .font-semibold, .gsc-reply-author .font-semibold',
			// The name is a span inside the profile link.
			authorUrl: '.gsc-comment-author a[href], .gsc-reply-author a[href]',
			postedAt: '.gsc-comment-author time, .gsc-reply-author time',
			text: '.gsc-comment-content, .gsc-reply-content',
			score: '.gsc-upvote-button .gsc-social-reaction-summary-item-count',
		},
	},
	{
		// utterances (GitHub issue comments), as the browser inlines its frame: a flat list of
		// `article.timeline-comment`; the time is only relative ("commented 3 days ago").
		name: 'utterances',
		rules: {
			container: 'section.timeline',
			item: 'article.timeline-comment',
			author: '.comment-meta a.text-link strong',
			postedAt: '.comment-meta a.text-link',
			text: '.markdown-body',
		},
	},
	{
		// Lemmy (lemmy-ui, rendered on the server too): `li.comment` nodes, each with its
		// `article.comment-node` and the list of its replies; the time's tooltip holds the date.
		// `li.comment` alone is WordPress's, hence the article the item must hold.
		name: 'lemmy',
		rules: {
			container: 'body',
			item: 'li.comment:has(> article.comment-node)',
			id: {attribute: 'id', selector: 'article.comment-node'},
			author: 'a.person-listing span, a.person-listing',
			authorUrl: 'a.person-listing',
			postedAt: '.moment-time',
			text: '.comment-content',
		},
	},
	{
		// Slashdot (and other Slash sites): `li.comment#tree_N` nested in their parent's
		// `ul#commtree_N`; the score "(Score:5, Insightful)" beside the subject, "by NAME" and
		// "on DATE (#N)" in the details line (the year left out in the current year: no date
		// then), the words in `#comment_body_N` above the signature.
		name: 'slashdot',
		rules: {
			container: '#commentlisting',
			item: 'li.comment[id^="tree_"]',
			id: {attribute: 'id'},
			author: '.details .by a, .details > a, .details .by',
			postedAt: '.otherdetails',
			text: '[id^="comment_body_"], .commentBody',
			score: '.score',
			remove: ['.sig'],
		},
	},
	{
		// IntenseDebate as its script renders into `#idc-container`: each comment an
		// `.idc-c#IDCommentN`, its replies in the `#IDCommentSubThreadN` box that follows it (not
		// inside it); the name in the header's info line beside the time link, the vote total,
		// the words in `.idc-c-t-inner`.
		name: 'intensedebate',
		rules: {
			container: '#idc-container, #idc-cover',
			item: 'div.idc-c[id^="IDComment"]',
			id: {attribute: 'id'},
			author: '.idc-i span, .idc-i a',
			postedAt: '.IDCommentTime, .idc-time a',
			text: '.idc-c-t-inner, .idc-c-t',
			score: '.idc-v-total',
			parent: {strategy: 'reply-box', selector: '[id^="IDCommentSubThread"]'},
		},
	},
	{
		// Hacker News item pages: a flat table of `tr.comtr` rows whose depth is drawn by the width
		// of the spacer picture in their `td.ind`, 40px a level. Pages since about 2022 also write
		// it as the cell's `indent` attribute; earlier ones (archived threads) do not, so the
		// width is read.
		name: 'hackernews',
		rules: {
			// A text story ("Ask HN") prints its words as the story table's `.toptext`: that story is
			// the article, so the cell holding it and the comment tree is the thread's box. A link
			// story has no words and stays in the page.
			container: 'table.comment-tree, td:has(> table.fatitem .toptext):has(> table.comment-tree)',
			item: 'tr.athing.comtr, table.fatitem:has(.toptext)',
			id: {attribute: 'id'},
			author: 'a.hnuser',
			// The `title` holds the absolute time ("2024-05-07T14:28:37 1715092117"), the text a relative one.
			postedAt: 'span.age',
			text: '.commtext, .toptext',
			openingPost: {strategy: 'selector', selector: 'table.fatitem'},
			parent: {strategy: 'level', selector: 'td.ind img', attribute: 'width', step: HN_INDENT_PX},
			remove: ['.reply'],
		},
	},
	{
		// Lobsters (lobste.rs and the other sites that run its code): each comment's `div.comment`
		// opens an `li.comments_subtree`, its replies in the `ol.comments` after it, so the
		// subtree is the item. The byline links the name twice, first around the avatar; the
		// time's `title` is absolute (a `<time>`, earlier a `<span>` or the permalink itself);
		// the score is the upvote link's text ("~" while hidden).
		name: 'lobsters',
		rules: {
			container: 'ol.comments',
			item: 'li.comments_subtree:has(> div.comment)',
			id: {attribute: 'id', selector: 'div.comment'},
			author: '.byline a[href^="/~"]:not(:has(img)), .byline a[href^="/u/"]:not(:has(img))',
			postedAt: '.byline time, .byline span[title], .byline a[title]',
			text: '.comment_text',
			score: '.voters .upvoter, .voters .score',
			parent: {strategy: 'nested'},
		},
	},
	{
		// WordPress core and the many themes built on `wp_list_comments()`.
		name: 'wordpress',
		rules: {
			container: 'ol.commentlist, ol.comment-list, ul.commentlist, ul.comment-list, ol#comment-list, #commentlist, ol.comments-list, .comments-area ol, #comments ol.commentlist',
			item: 'li.comment, li.review, li[id^="li-comment-"], li[id^="comment-"]:not(.pingback):not(.trackback)',
			id: {attribute: 'id'},
			// Themes that number their comments print the ordinal in its own box (`<p class="comment-number"><a href="#comment-5">3</a></p>`).
			number: '.comment-number, .comment-num',
			// Last, the Kubrick theme's (WordPress's default 2005–2010, copied by countless themes)
			// bare name line: `<li id="comment-5"><cite>Name</cite> Says: <small class="commentmetadata">`.
			// Then a theme's header box that titles the comment with the name (`<div class="comment-header">
			// <img class="avatar"><h3>Name</h3><p class="comment-meta">date</p>`).
			author: '.comment-author .fn, .comment-author cite, cite.fn, .fn, .comment-author, .comment_author, .comment-meta .author, .author, .author_name, li[id^="comment-"] > cite, li.comment > cite, li[id^="comment-"] > p > cite, .comment-header > h3, .comment-header > h4, .comment-header > h5',
			// Only an element holding a date is taken, so the loose class matches last are safe.
			// Last, Kubrick-family date lines without a class (`<li id="comment-5"><cite>…</cite> | <small><a>date</a></small>`),
			// and a meta line that is the bare date ("<p class="comment-meta">18/02/2020 à 16:42</p>").
			postedAt: '.comment-metadata time, .comment-meta time, time, .comment-meta a, .comment-metadata a, .comment-date, .comment-time, .commentmetadata a, [class*="date" i], [class*="time" i], li[id^="comment-"] > small, .comment-meta',
			// Some themes spell the classes with underscores (`.comment_content`, `.author_name`).
			text: '.comment-content, .comment_content, .comment-text, .comment-entry, blockquote.entry-content, .entry-content, .comment_text',
			score: '.comment-karma, .comment-rating, .comment-score',
			// The meta line is never text (permalink, date, "says:"); the author box can be, in some themes.
			remove: ['.comment-meta', '.comment-metadata', '.says'],
		},
	},
	{
		// Home-grown threads under a #comments/.comments container: class names vary in case and
		// wording (commentUser, comment-author, username), so fields are matched by substrings.
		name: 'generic-comment-list',
		loose: true,
		rules: {
			container: '#comments, .comments, .comment-list, .comments-list, .comment-section, #comment-section, .comment-items, .commentlist, [id*="comments" i], [class*="comments" i], .kommentare, #kommentare',
			// An id naming a part of a comment (`comment-body-14`, `comment-11719023-content`) is not a comment's,
			// nor one naming a part of the reply form (`comment-form-identity`, `comment-form-subscribe`).
			// A BEM block names the card whole (`c-comment-card`, with the component prefix); its parts carry `__`.
			item: '.comment, article[id^="comment-"], div[id^="comment-"]:not([id^="comment-body"]):not([id^="comment-text"]):not([id^="comment-form"]):not([id$="-content"]):not([id$="-body"]), li[id^="comment-"], .comment-item, .comment_default, .kommentar, .kommentar-item, .comment-card, .c-comment-card',
			id: {attribute: 'id'},
			number: '[class*="number" i], .num',
			author: '.comment-author, .author, .username, .user-name, [class*="author" i], [class*="username" i], [class*="user" i]:not([class*="stat" i]):not([class*="info" i]), .name, a.url, .fn, .benutzer',
			authorMeta: '[class*="stat" i], [class*="userinfo" i], [class*="user-info" i]',
			// Last, meta lines without a date class ("<small>17.10.2019, 14:14 <a>Antworten</a></small>"):
			// only an element whose text holds a date is taken.
			postedAt: 'time, .comment-date, .date, .timestamp, [class*="date" i], [class*="time" i], .datum, [itemprop="dateCreated"], [itemprop="datePublished"], [class*="posted" i], .comment-meta small, header small, [class*="meta" i]',
			// Loose substrings here would hit layout classes (`text-right`); without a match the
			// item minus its author, date and controls is the text.
			// Then a BEM comment block's text element (`c-comment-card__text`).
			text: '.comment-content, .comment-text, .comment-body, .text, .content, [class*="commentbody" i], [class*="commenttext" i], [class*="comment-text" i], .kommentar-text, [class*="comment" i][class*="__text" i], [class*="comment" i][class*="__body" i], [class*="comment" i][class*="__content" i]',
			score: '.score, .votes, .rating, [class*="rating" i], [class*="score" i]',
		},
	},
];
