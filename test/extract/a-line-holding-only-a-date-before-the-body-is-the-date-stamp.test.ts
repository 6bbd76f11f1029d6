import {describe, expect, it} from 'vitest';
import {isDateLine} from '../../src/extract/document/dates.js';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

const PARAGRAPHS = ARTICLE_PARAGRAPHS;
const bodyOf = (content: string): string => articleText(content);

describe('a date stamp written as a plain line', () => {
	it.each([
		['a date, a dash and a time with its zone', '<p class="meta">Oct 6, 2026 — 5:57 AM ET</p>'],
		['a time alone', '<div>19:49</div>'],
		['a German date and time', '<span class="stamp">06.10.2026, 17:57 Uhr</span>'],
		['a labelled date and update', '<p>Published Oct 6, 2026 · Updated 2 hours ago</p>'],
		['a weekday and date', '<p>Tuesday 6 October 2026</p>'],
		['a Japanese date with its weekday in brackets and a time', '<p>2019年3月5日（火） 08時15分</p>'],
	])('leaves out %s before the first paragraph', (_, stamp) => {
		const body = bodyOf(`<h1>Batteries</h1>${stamp}${PARAGRAPHS}`);
		expect(body.startsWith('The body of this test article')).toBe(true);
	});

	it('keeps a line that names the author beside the date', () => {
		const body = bodyOf(`<p>Tuesday 15 October 2019 by Jane Doe</p>${PARAGRAPHS}`);
		expect(body.startsWith('Tuesday 15 October 2019 by Jane Doe')).toBe(true);
	});

	it('keeps a sentence that opens with a date, and date lines after the first paragraph', () => {
		const body = bodyOf(`<p>Oct 6, 2026 was the day the maker admitted the batteries swell.</p>${PARAGRAPHS}<p>Oct 7, 2026, 9:30 AM</p><p>A fourth paragraph tells what the maker said a day later, at some length, about chargers and cables.</p>`);
		expect(body.startsWith('Oct 6, 2026 was the day')).toBe(true);
		expect(body).toContain('Oct 7, 2026, 9:30 AM');
	});
});

describe('isDateLine', () => {
	it.each(['Oct 6, 2026 — 5:57 AM ET', '19:49', '06.10.2026, 17:57 Uhr', 'Updated 2 hours ago', 'Mon, 06 Oct 2026 17:57:00 GMT', 'Posted on March 11th, 2015 at 3:12 pm | 2015-03-12', '2019年2月22日 22:25', '» 2019年02月22日 14時30分 公開'])('reads %j as only a date', (text) => {
		expect(isDateLine(text)).toBe(true);
	});

	it.each(['Tuesday 15 October 2019 by Jane Doe', 'Oct 6, 2026 Apple announced a phone.', 'October 2026', '2026', '3 comments', 'Score 2:1', '2019年2月22日に発表した。'])('reads %j as more than a date', (text) => {
		expect(isDateLine(text)).toBe(false);
	});
});
