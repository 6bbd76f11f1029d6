import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A hardware news site sets its headline in the article's `<header>` (no h1) and dates the
 * story only in the byline sentence under it: "Written by <a>Jane Doe</a> in <a>Topic</a> on
 * 1 June 2019 at 08:34 PM EDT. <a>Add A Comment</a>"; the writer's link is a query string, not
 * an /author/ archive.
 */
function publishedAt(headline: string, byline: string): string | null {
	const html = `<!doctype html><html lang="en"><head><title>Linux Share Ticks Up For May - Hardware News</title></head><body>
<div id="main"><article class="full">
${headline}
<div class="author">${byline}</div>
<div class="content">${ARTICLE_PARAGRAPHS}</div></article></div></body></html>`;
	return snapshotOf(html, 'https://hardware.example/scan.php?page=news_item&px=linux-share-may').article.publishedAt;
}

const HEADER = '<header>Linux Share Ticks Up For May</header>';
const BYLINE = 'Written by <a href="/scan.php?page=janedoe">Jane Doe</a> in <a href="/scan.php?page=news_topic&amp;q=Games">Games</a> on 1 June 2019 at 08:34 PM EDT. <a href="/forums/node/1">Add A Comment</a>';

describe('a byline sentence that dates the story after its writer', () => {
	it('dates the article under a header that is the headline', () => {
		expect(publishedAt(HEADER, BYLINE)).toBe('2019-06-01T20:34:00-04:00');
	});

	it('dates the article under an h1 too', () => {
		expect(publishedAt('<h1>Linux Share Ticks Up For May</h1>', 'By Jane Doe on June 1, 2019 8:34 pm EDT')).toBe('2019-06-01T20:34:00-04:00');
	});

	it('is not read under a header that holds more than the headline', () => {
		expect(publishedAt('<header><span>Hardware News</span> Linux Share Ticks Up For May</header>', BYLINE)).toBeNull();
	});

	it('is not read from a sentence that does not credit a writer', () => {
		expect(publishedAt(HEADER, 'Shipped to stores on 1 June 2019 at 08:34 PM EDT. <a href="/forums/node/1">Add A Comment</a>')).toBeNull();
	});
});
