import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * Government and company press releases set a fact line under the headline: labelled values
 * one a line (place, date), each label in an element of its own. It says where and when the
 * release was issued, metadata like a date stamp, not the first paragraph. A labelled line in
 * the story, after its first paragraph, and a labelled line with no date, stay.
 */

const factLine = `<p class="docData"><strong class="label">Place</strong> <span class="value">Bonn</span><br/><strong class="label">Date</strong> <span class="value">28.01.2022</span><br/></p>`;

describe("a press release's fact line", () => {
	it('is not the first paragraph', () => {
		const text = articleText(`${factLine}${ARTICLE_PARAGRAPHS}`);
		expect(text).not.toContain('Place Bonn');
		expect(text).toContain('The body of this test article');
	});

	it('stays when it holds no date', () => {
		expect(articleText(`<p><strong>Place</strong> <span>Bonn</span><br/><strong>Venue</strong> <span>Town hall</span></p>${ARTICLE_PARAGRAPHS}`)).toContain('Place Bonn');
	});

	it('stays inside the story', () => {
		expect(articleText(`${ARTICLE_PARAGRAPHS}${factLine}`)).toContain('Place Bonn');
	});
});
