import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A company runs one blog per product under one site name: og:site_name says "The Example Blog",
 * the titles end with the product blog's name ("… | The Widget Blog"), and the post's h1 is the
 * headline alone.
 */
function titleOf(ogTitle: string, h1: string): string | null {
	const html = `<!doctype html><html lang="en"><head><title>${ogTitle}</title><meta property="og:title" content="${ogTitle}"><meta property="og:site_name" content="The Example Blog"></head>
<body><header><a href="/">The Example Blog</a></header><section class="article-section"><div class="content"><h1>${h1}</h1>${ARTICLE_PARAGRAPHS}</div></section></body></html>`;
	return snapshotOf(html, 'https://blog.example.com/widget/2026/05/security-support-policy/').article.title;
}

describe('a title that is the headline and a blog\'s name', () => {
	it('is the headline', () => {
		expect(titleOf('Introducing a Security Support Policy for the Widget Library | The Widget Blog', 'Introducing a Security Support Policy for the Widget Library')).toBe('Introducing a Security Support Policy for the Widget Library');
	});

	it('stays whole when what follows the headline is more headline', () => {
		expect(titleOf('Widgets - a security support policy for every release line of the library', 'Widgets')).toBe('Widgets - a security support policy for every release line of the library');
		expect(titleOf('Security policy: what changes for the library', 'Security policy')).toBe('Security policy: what changes for the library');
	});
});
