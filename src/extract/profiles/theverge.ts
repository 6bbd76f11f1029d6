import type {SiteProfile} from './types.js';

/**
 * The Verge (theverge.com), from the real markup of four pages (corpus `articles/news/theverge-*`)
 * in its two designs: Chorus (2016–2022: `h1.c-page-title`, body `div.c-entry-content`) and
 * Duet (2023–: Tailwind classes; `h1` with `duet--article--…headline`, the body's blocks are
 * `div.duet--article--article-body-component` inside one
 * `…article-body-component-container`). The 2026 Duet markup (a held-out review) drops that
 * container: the components sit in a box with hashed classes after the writer's bio line, and
 * are read one by one. Comments load by script (Coral): none in the HTML.
 */
export const theverge: SiteProfile = {
	name: 'theverge',
	hosts: ['theverge.com'],
	siteNames: ['The Verge'],
	version: '2',
	article: {
		body: '.c-entry-content, [class*="duet--article--article-body-component-container"], .duet--article--article-body-component',
		remove: ['.c-related-list', '.c-float-left aside', '[class*="duet--ad"]'],
	},
};
