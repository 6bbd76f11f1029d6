import type {SiteProfile} from './types.js';

/**
 * MacRumors (macrumors.com), from the real markup of a 2017 news page (corpus
 * `comments/pages/macrumors-apple-pencil-2-rumor`). Class names are CSS-module hashes
 * (`comment--2g6iCC-R`), so rules match their stable prefix with `[class^=…]`/`[class*=…]`.
 * The page shows only the thread's "Top Rated Comments" (ordered by score, flat); the full
 * thread lives on forums.macrumors.com, and the article footer's "[ 234 comments ]" link to
 * it is the declared count. Times print in California's zone (the article's own
 * `2017-01-18T11:44:00-08:00`), as do the older design's comment clocks ("3 hours ago at 11:46 am").
 */
export const macrumors: SiteProfile = {
	name: 'macrumors',
	hosts: ['macrumors.com'],
	siteNames: ['MacRumors'],
	version: '2',
	timeZone: 'America/Los_Angeles',
	article: {
		title: 'article.js-article h1, h1[class*="heading--"]',
		authors: 'article.js-article a[href*="/author/"]',
		body: 'article.js-article .js-content',
	},
	comments: {
		container: '#comments',
		item: '#comments [class^="comment--"]',
		author: '[class^="username--"]',
		postedAt: '[class^="date--"]',
		text: '[class^="content--"]',
		score: '[class^="textRow--"]:contains("Score")',
		declaredCount: 'a[href*="forums.macrumors.com/threads/"]',
	},
};
