import type {Element} from 'domhandler';
import {describe, expect, it} from 'vitest';
import {measureText, scoreContent} from '../../src/extract/article/content-score.js';
import {loadDocument} from '../../src/extract/document/dom.js';

/**
 * A story written as bare text split by `<br><br>` (as PhoneArena's older articles are), its
 * words in nested inline markup, each piece too short to score alone, beside a panel of
 * one-line `<p>`s.
 */
const PARAGRAPH = 'It has <b><i>a larger battery,</i></b> <b><i>a brighter screen,</i></b> <b><i>a faster chip</i></b>.';

function pageOf(story: string): {body: Element; story: Element} {
	const $ = loadDocument(`<!doctype html><html><body><div class="panel"><p>Get our weekly newsletter today</p><p>Follow us for more phone deals</p><p>Read our latest phone reviews</p></div><div id="story">${story}</div></body></html>`);
	return {body: $('body')[0] as Element, story: $('#story')[0] as Element};
}

describe('bare-text paragraphs in the content score', () => {
	it('count the text nested in their inline elements, each <br><br> run as a paragraph', () => {
		const {body, story} = pageOf([PARAGRAPH, PARAGRAPH, PARAGRAPH].join('<br><br>'));
		expect(scoreContent(body, measureText(body), {skipUnlikely: true})).toEqual([story]);
	});

	it('end a run at an inline element holding a block, so the pieces around it score as the short texts they are', () => {
		const {body, story} = pageOf([1, 2, 3].map((n) => `Part ${n}: a <span>line, <b>of, <div>text</div></b> and, more</span>`).join('<br><br>'));
		expect(scoreContent(body, measureText(body), {skipUnlikely: true})).not.toContain(story);
	});

	it('score the same in the relaxed pass from the same measures', () => {
		const {body, story} = pageOf([PARAGRAPH, PARAGRAPH, PARAGRAPH].join('<br><br>'));
		const measures = measureText(body);
		expect(scoreContent(body, measures, {skipUnlikely: true})).toEqual([story]);
		expect(scoreContent(body, measures, {skipUnlikely: false, scoreSections: true})).toEqual([story]);
	});
});
