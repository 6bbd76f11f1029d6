import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * Review sites set a note on their testing over the review ("Why you can trust Pocket Signal Our
 * expert reviewers spend hours testing … Find out more about how we test."): the site's, not the
 * review's.
 */

describe('a review site\'s note on why to trust it', () => {
	it('is not body', () => {
		const note = '<p id="how-we-test"><span>Why you can trust Pocket Signal</span> <span>Our expert reviewers spend hours testing and comparing products and services so you can choose the best for you. <a href="/how-we-test">Find out more about how we test</a>.</span></p>';
		const body = articleText(`${note}${ARTICLE_PARAGRAPHS}`);
		expect(body.startsWith('The body of this test article')).toBe(true);
		expect(body).not.toContain('Why you can trust');
	});

	it('leaves a paragraph of the story that asks the question', () => {
		const sentence = 'Why you can trust a phone maker with your health data is the question regulators asked this week, and the answers they got from three companies differed a lot, as the filings show in detail over dozens of pages.';
		expect(articleText(`${ARTICLE_PARAGRAPHS}<p>${sentence}</p>`)).toContain(sentence);
	});
});
