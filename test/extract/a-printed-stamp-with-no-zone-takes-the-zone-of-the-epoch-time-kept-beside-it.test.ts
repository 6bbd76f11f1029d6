import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Blog platforms print a post's time under its headline with no zone ("3/09/15 8:00am") and keep
 * the same moment for their scripts as an epoch time on the stamp's box (Kinja's
 * `<span data-publishtime="1425913200851">`). The printed clock and the epoch are the zone's
 * offset apart, which gives the instant the page meant: 8:00 in UTC−7, not 8:00 UTC.
 */
function publishedAt(epoch: string): string | null {
	const html = `<!doctype html><html lang="en"><head><title>How to Stop Buying Things You Don't Need</title></head><body>
<div class="post-wrapper"><header><h1 class="headline">How to Stop Buying Things You Don't Need</h1>
<div class="meta"><div class="author"><a href="/people/jane">Jane Doe</a></div>
<span data-publishtime="${epoch}" class="publish-time"><a href="/post-1690268064"><span class="published">3/09/15 8:00am</span></a></span></div></header>
<div class="post-content entry-content">${ARTICLE_PARAGRAPHS}</div></div></body></html>`;
	return snapshotOf(html, 'https://blog.example/post-1690268064').article.publishedAt;
}

describe('a printed stamp with no zone', () => {
	it('takes the zone of the epoch time its box keeps, in milliseconds or seconds', () => {
		expect(publishedAt('1425913200851')).toBe('2015-03-09T08:00:00-07:00');
		expect(publishedAt('1425913200')).toBe('2015-03-09T08:00:00-07:00');
	});

	it('keeps the seconds the epoch holds and the printed clock drops', () => {
		expect(publishedAt('1425913242000')).toBe('2015-03-09T08:00:42-07:00');
	});

	it('is read as printed when the epoch is no zone offset away (another moment)', () => {
		expect(publishedAt(String(Date.UTC(2015, 2, 9, 15, 23) / 1000))).toBe('2015-03-09T08:00:00Z');
		expect(publishedAt(String(Date.UTC(2015, 2, 11, 8, 0) / 1000))).toBe('2015-03-09T08:00:00Z');
	});
});
