import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * An agency's press release prints its date only as a labelled line in a box under the
 * headline (`<ul class="info"><li><span>Datum:</span>26. Januar 2022</li><li><span>Jahr:</span>2022</li></ul>`),
 * with no `<time>`, no meta tag and no date in the address. "Datum:" / "Date:" opening the line
 * labels the page's own date. A product's "Release date:" in the story does not.
 */

function publishedAt(infoBox: string, lang = 'de'): string | null {
	const html = `<!doctype html><html lang="${lang}"><head><title>Agency - Press releases 2022 - Messaging services are no lawless space</title></head><body>
<div class="headerContent"><div class="row"><div class="frameBox"><div class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/press/">Press</a></li><li><strong>Messaging services are no lawless space</strong></li></ol></div><h1>Messaging services are no lawless space</h1></div></div></div>
<div class="headerText"><div class="row"><div class="frameBox"><p>A new task force starts its work</p></div></div></div>
<div class="subHeader"><div class="row"><div class="frameBox">${infoBox}</div></div></div>
<div class="content"><div class="row"><div class="frameBox contentBox"><div class="content columns" id="content">${ARTICLE_PARAGRAPHS}</div></div></div></div></body></html>`;
	return snapshotOf(html, 'https://agency.example/DE/Presse/PM_Telegram.html').article.publishedAt;
}

describe('a date stamp labelled "Datum:" or "Date:"', () => {
	it('dates the press release when nothing else does', () => {
		expect(publishedAt('<ul class="info"><li><span>Datum:</span>26. Januar 2022</li><li><span>Ausgabejahr:</span>2022</li></ul>')).toBe('2022-01-26T00:00:00Z');
		expect(publishedAt('<p class="info">Date: 26 January 2022</p>', 'en')).toBe('2022-01-26T00:00:00Z');
	});

	it('does not when the label names another date', () => {
		expect(publishedAt('<ul class="info"><li>Release date: 26 January 2022</li></ul>', 'en')).toBeNull();
	});
});
