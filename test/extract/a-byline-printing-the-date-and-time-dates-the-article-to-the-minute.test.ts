import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A rumour blog prints its date only in the byline under the headline, with the writer's link
 * after it ("Wednesday January 18, 2017 11:44 am PST by <a href="/author/…">Jane Doe</a>"); its
 * address may carry the day (/2017/01/18/), never the time.
 */
function publishedAt(byline: string, url = 'https://rumors.example/apple-pencil-2-march/'): string | null {
	const html = `<!doctype html><html lang="en"><head><title>Second Pencil Rumored for March - Rumors</title></head><body>
<div id="content"><div class="article"><h1 class="title">Second Pencil Rumored for March</h1>
<div class="byline">${byline}</div>
<div class="content">${ARTICLE_PARAGRAPHS}</div></div></div></body></html>`;
	return snapshotOf(html, url).article.publishedAt;
}

const BYLINE = 'Wednesday January 18, 2017 11:44 am PST by <a class="author-url" href="/author/jane-doe/">Jane Doe</a>';

describe('a byline printing the date and time beside the writer', () => {
	it('dates the article when nothing else does', () => {
		expect(publishedAt(BYLINE)).toBe('2017-01-18T11:44:00-08:00');
		expect(publishedAt('By <a rel="author" href="/jane">Jane Doe</a> on January 18, 2017 11:44 am PST')).toBe('2017-01-18T11:44:00-08:00');
	});

	it('gives the time to an address that names the same day', () => {
		expect(publishedAt(BYLINE, 'https://rumors.example/2017/01/18/apple-pencil-2-march/')).toBe('2017-01-18T11:44:00-08:00');
	});

	it('leaves the address its day when the byline names another, or prints no zone', () => {
		expect(publishedAt(BYLINE, 'https://rumors.example/2017/01/17/apple-pencil-2-march/')).toBe('2017-01-17T00:00:00Z');
		expect(publishedAt('Wednesday January 18, 2017 11:44 by <a href="/author/jane-doe/">Jane Doe</a>', 'https://rumors.example/2017/01/18/apple-pencil-2-march/')).toBe('2017-01-18T00:00:00Z');
	});

	it('is not read from a line whose other words are not the writer credit', () => {
		expect(publishedAt('Wednesday January 18, 2017 11:44 am PST, written on the train by <a href="/author/jane-doe/">Jane Doe</a>')).toBeNull();
	});
});
