import {describe, expect, it} from 'vitest';
import {parseDateTime, writesDayFirst} from '../../src/extract/document/dates.js';
import {snapshotOf} from '../helpers/snapshot-of.js';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';

const NOW = {now: new Date('2020-07-01T00:00:00Z')};

describe('a slashed date on a page whose language writes day/month/year', () => {
	it('reads "05/02/2020" as 5 February when the language writes the day first, as 2 May otherwise', () => {
		expect(parseDateTime('05/02/2020 à 16:42', {...NOW, dayFirst: true})?.iso).toBe('2020-02-05T16:42:00Z');
		expect(parseDateTime('05/02/2020 at 4:42 pm', NOW)?.iso).toBe('2020-05-02T16:42:00Z');
	});

	it('still reads a date whose second number cannot be a month month first', () => {
		expect(parseDateTime('02/18/2020', {...NOW, dayFirst: true})?.iso).toBe('2020-02-18T00:00:00Z');
	});

	it.each([
		['fr-FR', true],
		['de', true],
		['en-GB', true],
		['en_AU', true],
		['en-US', false],
		['en', false],
		[null, false],
	])('%s writes day first: %s', (language, dayFirst) => {
		expect(writesDayFirst(language)).toBe(dayFirst);
	});

	it('dates a British blog comment "09/06/2020 at 1:53 pm" 9 June', () => {
		const html = `<!doctype html><html lang="en-GB"><head><title>Olive bread</title></head><body><article><h1>Olive bread</h1>${ARTICLE_PARAGRAPHS}</article>
<div id="comments" class="comments-area"><ol class="comment-list"><li id="comment-11" class="comment depth-1"><article id="div-comment-11" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Kay</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="https://food.example/olive-bread/#comment-11">09/06/2020 at 1:53 pm</a></div></footer>
<div class="comment-content"><p>Made this at the weekend with green olives, lovely crust.</p></div></article></li></ol></div></body></html>`;
		expect(snapshotOf(html, 'https://food.example/olive-bread/').comments.items[0]?.postedAt).toBe('2020-06-09T13:53:00Z');
	});
});
