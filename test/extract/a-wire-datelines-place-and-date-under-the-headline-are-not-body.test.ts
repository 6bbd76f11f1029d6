import {describe, expect, it} from 'vitest';
import {isPlacedDateLine} from '../../src/extract/document/dates.js';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * Wire services print the story's dateline under the headline: its place in capitals, then the
 * date and time (`<p><span class="location">MUMBAI</span> <span class="timestamp">Tue Dec 30,
 * 2014 4:33pm IST</span></p>`). Like a bare date stamp it is the story's metadata, not its
 * first paragraph; the sentence that opens the story with its place ("MUMBAI (Reuters) - …")
 * is the story.
 */

describe('a wire dateline under the headline', () => {
	it.each([
		['a place and a date with its time and zone', '<div class="info"><p><span class="location">MUMBAI</span> <span class="pipe"> </span> <span class="timestamp">Tue Dec 30, 2014 4:33pm IST</span></p></div>'],
		['a place of two words parted by a bar', '<p>NEW YORK | Jan 5, 2015 9:12am EST</p>'],
		['a place of three words and a comma', '<p>RIO DE JANEIRO, 5 January 2015</p>'],
		['two places, the first with its country', '<div class="info"><p class="byline">By Jane Roe</p><p><span class="location">SURABAYA, Indonesia/JAKARTA</span> <span class="timestamp">Tue Dec 30, 2014 11:44pm GMT</span></p></div>'],
	])('leaves out %s', (_, dateline) => {
		const body = articleText(`<h1>Batteries</h1>${dateline}${ARTICLE_PARAGRAPHS}`);
		expect(body.startsWith('The body of this test article')).toBe(true);
	});

	it('keeps the first sentence that opens with the place', () => {
		const body = articleText(`<h1>Batteries</h1><p>MUMBAI (Reuters) - Phone makers cut prices on Tuesday, Dec 30, 2014, as sales slowed.</p>${ARTICLE_PARAGRAPHS}`);
		expect(body.startsWith('MUMBAI (Reuters) - Phone makers cut prices')).toBe(true);
	});
});

describe('isPlacedDateLine', () => {
	it.each(['MUMBAI Tue Dec 30, 2014 4:33pm IST', 'NEW YORK | Jan 5, 2015', 'RIO DE JANEIRO, 5 January 2015', 'SURABAYA, Indonesia/JAKARTA Tue Dec 30, 2014 11:44pm GMT', 'LONDON/FRANKFURT Jan 5, 2015', 'Oct 6, 2026 — 5:57 AM ET'])('reads %j as a dateline', (text) => {
		expect(isPlacedDateLine(text)).toBe(true);
	});

	it.each(['Mumbai Tue Dec 30, 2014', 'MUMBAI (Reuters) - Shares rose on Dec 30, 2014', 'MUMBAI', 'BY A STAFF WRITER IN MUMBAI Dec 30, 2014', 'SURABAYA, Indonesia/JAKARTA (Reuters) - Rescuers searched on Dec 30, 2014'])('reads %j as more than a dateline', (text) => {
		expect(isPlacedDateLine(text)).toBe(false);
	});
});
