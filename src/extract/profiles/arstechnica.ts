import type {SiteProfile} from './types.js';

/**
 * Ars Technica (arstechnica.com), from the real markup of two news pages (corpus
 * `articles/news/arstechnica-*`): `article.article-single` with the body in
 * `div.article-content.post-page` (ad slots and the "further reading" box inside it).
 * The 2024 redesign (a held-out 2026 story) sets the body in `div.post-content` parts, one
 * per grid row of the `<article>`, a full-width ad between the rows; the writer's bio and
 * the comment link follow the last part, outside it.
 * Comments are a separate forum (Civis) page loaded by link: none in the article's HTML.
 */
export const arstechnica: SiteProfile = {
	name: 'arstechnica',
	hosts: ['arstechnica.com'],
	siteNames: ['Ars Technica'],
	version: '2',
	article: {
		title: 'article.article-single h1, h1',
		body: 'article.article-single .article-content, article .post-content',
		remove: ['.ad', 'aside'],
	},
};
