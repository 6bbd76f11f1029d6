import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Drupal's metatag module writes the publication time as a Dublin Core term
 * (`<meta name="dcterms.date" content="2014-11-22T20:00-05:00">`), beside a printed date without
 * a time ("November 22, 2014"): the term dates the article to the minute, as `dc.date` does.
 */

describe('a dcterms.date meta tag', () => {
	it('dates the article to the minute', () => {
		const html = `<!doctype html><html lang="en"><head><title>Batteries</title><meta name="dcterms.date" content="2014-11-22T20:00-05:00"></head><body><article><h1>Batteries</h1><h5 class="date" itemprop="datePublished">November 22, 2014</h5>${ARTICLE_PARAGRAPHS}</article></body></html>`;
		expect(snapshotOf(html, 'https://news.example/article/120169/batteries').article.publishedAt).toBe('2014-11-22T20:00:00-05:00');
	});
});
