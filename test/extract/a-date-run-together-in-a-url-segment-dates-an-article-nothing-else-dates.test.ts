import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A parliament's text archive files each text under the day it was written, the date run
 * together at the start of the file's name (`/texte/22/20220127-weremember-gedenkstunde.html`),
 * and prints no date, no `<time>` and no tag. That date dates the article, as `/2022/01/27/`
 * or `/2022-01-27-slug` would. Eight digits that are no valid day, or that are not the start
 * of a segment, are an id, not a date.
 */

function publishedAt(url: string): string | null {
	const html = `<!doctype html><html lang="de"><head><title>Remembering the victims</title></head><body>
<article><h1>Remembering the victims</h1>${ARTICLE_PARAGRAPHS}</article></body></html>`;
	return snapshotOf(html, url).article.publishedAt;
}

describe('a date run together at the start of a URL path segment', () => {
	it('dates the article when nothing else does', () => {
		expect(publishedAt('https://parliament.example/SharedDocs/texte/22/20220127-weremember-gedenkstunde.html')).toBe('2022-01-27T00:00:00Z');
	});

	it('is not read from an id that is no valid day or sits inside a segment', () => {
		expect(publishedAt('https://parliament.example/texte/20221345-remembering.html')).toBeNull();
		expect(publishedAt('https://parliament.example/texte/item20220127-remembering.html')).toBeNull();
	});
});
