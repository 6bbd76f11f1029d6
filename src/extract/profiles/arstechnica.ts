import type {SiteProfile} from './types.js';

/**
 * Ars Technica (arstechnica.com), from the real markup of two news pages (corpus
 * `articles/news/arstechnica-*`): `article.article-single` with the body in
 * `div.article-content.post-page` (ad slots and the "further reading" box inside it).
 * Comments are a separate forum (Civis) page loaded by link: none in the article's HTML.
 */
export const arstechnica: SiteProfile = {
	name: 'arstechnica',
	hosts: ['arstechnica.com'],
	siteNames: ['Ars Technica'],
	version: '1',
	article: {
		title: 'article.article-single h1, h1',
		body: 'article.article-single .article-content',
		remove: ['.ad', 'aside'],
	},
};
