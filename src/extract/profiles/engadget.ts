import type {SiteProfile} from './types.js';

/**
 * Engadget (engadget.com), from the real markup of three pages in two designs (corpus
 * `articles/news/engadget-*`): 2010 (`div.post_body`, byline `a[rel=author]` to `/editor/…`)
 * and 2017–2020 (the body split over several `div.article-text` blocks between galleries and
 * ad slots; the byline is a `a.th-meta` link tagged `subsec:author` in its tracking attribute).
 * The generic rules find no author on the 2020 design: its only machine-readable author is an
 * editor URL in `article:author`, and other `a.th-meta` editor links on the page (related
 * stories) name other people. The review scorecard (pros, cons, summary) sits outside the
 * text blocks, in the article block that holds its `h5.t-list-header`; photos are breakout
 * figures between the blocks. Galleries ("Gallery: … | 14 Photos", "+10") are left out.
 */
export const engadget: SiteProfile = {
	name: 'engadget',
	hosts: ['engadget.com'],
	siteNames: ['Engadget'],
	version: '1',
	article: {
		authors: '.post_byline a[rel="author"], span.caption a[rel="author"][href^="/editor/"], a.th-meta[data-ylk*="subsec:author"]',
		body: 'div.post_body, div.article-text, div.js-breakout-container figure, div.o-article_block:has(h5.t-list-header)',
	},
};
