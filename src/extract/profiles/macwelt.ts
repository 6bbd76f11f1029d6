import type {SiteProfile} from './types.js';

/**
 * Macwelt (macwelt.de, IDG Germany), from the real markup of a 2022 guide (corpus
 * `articles/news/macwelt-de-iphone-14-warten`): `article.article` with schema.org microdata
 * (the author's name in a hidden-by-CSS `span.schema-author`, which the generic rules read as
 * the first paragraph), pictures in `div.visual` with a lightbox `div.description` repeating
 * the caption, and the lead in `div.add-box`. The page dates itself twice: its
 * `meta[itemprop=datePublished]` is the first publication, `meta[name=date]` (what the generic
 * rules read, without a zone) the last update; wall-clock times are German.
 */
export const macwelt: SiteProfile = {
	name: 'macwelt',
	hosts: ['macwelt.de'],
	siteNames: ['Macwelt'],
	version: '1',
	timeZone: 'Europe/Berlin',
	article: {
		subtitle: 'article.article .add-box .title',
		published: 'article.article meta[itemprop="datePublished"]',
		modified: 'article.article meta[itemprop="dateModified"]',
		body: 'article.article',
		remove: ['.schema-author', '[itemprop="publisher"]', '.add-box', '.visual .description', '.ad'],
	},
};
