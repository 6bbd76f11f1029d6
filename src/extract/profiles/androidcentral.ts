import type {SiteProfile} from './types.js';

/**
 * Android Central (androidcentral.com, a Future plc site), from the real markup of a news
 * page (corpus `comments/pages/androidcentral-motorola-new-phone-mwc`): the body in
 * `#article-body`, and the XenForo comment widget rendered server-side
 * (`#xenforo-comments-static_data > ul.xenforo-comments-list > li.xenforo-comment`, text in
 * `.js-read-more`, username and date in the item's `header`). The list is flat: the widget
 * has no reply structure. Items past the fourth are hidden behind a CSS "Show more comments"
 * toggle but are all in the HTML. The count reads "27 Comments" / "Comments (27)".
 * The 2026 pages (a held-out review) keep `#article-body`, set a video carousel ("Latest Videos
 * From", a JW Player slot) and the spec tables' "Swipe to scroll horizontally" hint inside it,
 * and load their comments by script (Viafoura): no comment in the HTML, a count link only.
 */
export const androidcentral: SiteProfile = {
	name: 'androidcentral',
	hosts: ['androidcentral.com'],
	siteNames: ['Android Central'],
	version: '2',
	article: {
		title: 'article.news-article h1, h1',
		body: '#article-body',
		remove: ['[data-component-name="JwPlayer:Carousel"]', '.table__instruction'],
	},
	comments: {
		container: '#xenforo-comments-static_data, .xenforo-comments-list',
		item: 'li.xenforo-comment',
		author: '.xenforo-comment-content header .username, .xenforo-comment-content header a',
		postedAt: '.xenforo-comment-content header time',
		text: '.xenforo-comment-content .js-read-more, .xenforo-comment-text',
		declaredCount: '.xenforo-comments-header .comments-total, .comments-total',
	},
};
