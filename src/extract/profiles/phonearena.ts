import type {SiteProfile} from './types.js';

/**
 * PhoneArena (phonearena.com).
 *
 * Article rules: from the real markup of a 2026 news page (corpus
 * `articles/news/phonearena-razr-ultra-2025-deal`): `h1.content-title`, the subtitle in
 * `p.content-subtitle`, the byline `a.author-name[rel=author]`, `time[datetime]` in
 * `.content-date`, tag pills, and `div.content-body`, whose text is mostly bare text nodes
 * separated by `<br><br>` with ad slots, an offer widget and a recommendations placeholder
 * inside it.
 *
 * Comment rules: PhoneArena's classic numbered thread ("21 Comments"; items "N. username"
 * with a "Posts: N; Member since: Mon DD, YYYY" line, replies nested under their parent,
 * guests marked "unregistered" without that line, a "Some comments have been hidden"
 * notice). The current site no longer puts comments in the page: `#comments` carries a
 * `data-endpoint` (`/comments/articles/{articleId}/{sort}/{page}`) that its script loads
 * into `.cs-widget-comments`; `commentsEndpoint` names it for the fetch stage. The
 * endpoint's response format has NOT been verified against the live site, so no rules for
 * the rendered widget exist yet; the declared count (`.comments-count`) still reads.
 */
export const phonearena: SiteProfile = {
	name: 'phonearena',
	hosts: ['phonearena.com'],
	siteNames: ['PhoneArena'],
	version: '1',
	// The site prints wall-clock times in US Central time ("Published: Jun 16, 2026, 2:26 AM" is 02:26-05:00).
	timeZone: 'America/Chicago',
	article: {
		title: 'h1.content-title',
		subtitle: '.content-subtitle',
		authors: '.author-names .author-name, .content-header-widgets a[rel="author"]',
		published: '.content-date time',
		tags: '.content-tags .content-tag-pill',
		body: '.content-body',
		remove: [
			'.spot-sticky-container',
			'.spot',
			'.affiliate-link-amazon',
			'.widgetOffers',
			'.recommendations-widget',
			'.in-content-widget',
			'.featured-video',
			'.content-share-tools',
		],
	},
	comments: {
		container: '#comments',
		item: 'li.comment',
		id: {attribute: 'data-id'},
		number: '.commentNumber',
		author: '.commentUser',
		authorMeta: '.commentUserStats',
		postedAt: '.commentDate',
		text: '.commentBody',
		score: '.commentRating',
		parent: {strategy: 'nested'},
		declaredCount: '#comments .commentsCount, #comments .commentsTitle, .content-comments-counter .comments-count, .cs-widget-title .count',
		notices: '#comments .commentsNotice',
		remove: ['.commentReply'],
	},
	commentsEndpoint: {selector: '#comments[data-endpoint]', attribute: 'data-endpoint'},
};
