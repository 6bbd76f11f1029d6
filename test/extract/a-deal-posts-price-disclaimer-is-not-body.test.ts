import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * Deal posts warn that the prices they quote may change, in a box of their own over the offers
 * or a line under them, often with a pointer to the site's deals policy: the site's notice, not
 * what the story says.
 */

describe('a deal post\'s price disclaimer', () => {
	it.each([
		['in an alert box over the story, with its policy link', '<div role="alert"><span>Deal pricing and availability subject to change after time of publication. Learn more about <a href="/about/deals">how we select deals</a>.</span></div>', 'Deal pricing'],
		['as a plain line', '<p>Prices and availability are subject to change.</p>', 'Prices and availability'],
	])('is not body %s', (_where, disclaimer, snippet) => {
		const body = articleText(`${disclaimer}${ARTICLE_PARAGRAPHS}`);
		expect(body).toContain('The body of this test article');
		expect(body).not.toContain(snippet);
	});

	it('leaves a sentence of the story about changing prices', () => {
		const sentence = 'Prices are subject to change when the carrier renews its contract, and the analyst expects them to rise by a tenth next spring, which would make the phone the dearest in its class.';
		expect(articleText(`${ARTICLE_PARAGRAPHS}<p>${sentence}</p>`)).toContain(sentence);
	});
});
