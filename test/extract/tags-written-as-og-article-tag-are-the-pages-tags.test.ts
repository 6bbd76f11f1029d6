import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * OpenGraph's `article:tag` is written `og:article:tag` by CMSs that prefix every OpenGraph
 * property: the page's tags all the same, and the only ones a page without tag links gives.
 */

function tagsOf(head: string): string[] {
	const html = `<!doctype html><html lang="en"><head><title>Open earbuds drop to their lowest price</title>
<meta property="og:title" content="Open earbuds drop to their lowest price"><meta property="og:type" content="article">${head}</head><body>
<main><article><h1>Open earbuds drop to their lowest price</h1>${ARTICLE_PARAGRAPHS}</article></main></body></html>`;
	return snapshotOf(html, 'https://news.example/tech/open-earbuds-deal').article.tags;
}

describe('tags written as og:article:tag', () => {
	it('are the page’s tags', () => {
		expect(tagsOf('<meta property="og:article:tag" content="Audio"><meta property="og:article:tag" content="Earbuds">')).toEqual(['Audio', 'Earbuds']);
	});

	it('are read once when the page also writes article:tag', () => {
		expect(tagsOf('<meta property="article:tag" content="Audio"><meta property="og:article:tag" content="Audio">')).toEqual(['Audio']);
	});
});
