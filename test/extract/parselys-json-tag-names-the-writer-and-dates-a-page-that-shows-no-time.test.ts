import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Parse.ly's older tag writes the page's facts as one JSON object (`<meta name="parsely-page"
 * content='{"author": "…", "pub_date": "…"}'>`) where its newer tags write `parsely-author` and
 * `parsely-pub-date`. Its author is the writer when no other tag names one; its instant dates a
 * page that prints its time without a zone, before the day the URL gives, but after the dates
 * the page itself shows, which keep the zone the page prints.
 */

const PARSELY = `<meta name='parsely-page' content='{"title":"Batteries","post_id":"4419111","pub_date":"2014-12-25T16:57:37Z","section":"Uncategorized","author":"Jane Roe","tags":["phones"]}' />`;

const snapshotWith = (head: string, article = '') => snapshotOf(`<!doctype html><html lang="en"><head><title>Batteries</title>${head}</head><body><article><h1>Batteries</h1><div class="dateline">11:57 AM 12/25/2014</div>${article}${ARTICLE_PARAGRAPHS}</article></body></html>`, 'https://news.example/2014/12/25/batteries/').article;

describe('Parse.ly’s JSON tag', () => {
	it('names the writer and dates the page to the second', () => {
		const article = snapshotWith(PARSELY);
		expect(article.authors.map((author) => author.name)).toEqual(['Jane Roe']);
		expect(article.publishedAt).toBe('2014-12-25T16:57:37Z');
	});

	it('yields to a time the page shows with its zone', () => {
		expect(snapshotWith(PARSELY, '<time datetime="2014-12-25T11:57:37-05:00">Dec 25</time>').publishedAt).toBe('2014-12-25T11:57:37-05:00');
	});

	it('is passed over when it is not JSON', () => {
		const article = snapshotWith(`<meta name="parsely-page" content="{author: Jane Roe">`);
		expect(article.authors).toEqual([]);
		expect(article.publishedAt).toBe('2014-12-25T00:00:00Z');
	});
});
