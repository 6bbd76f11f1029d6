import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * A magazine closes an essay with its writer's biography in a box of its own (`<div class="ui
 * tertiary biography segment"><p>Jane Roe teaches at …</p></div>`), inside the article body: the
 * site's note on the writer, like a `bio` box, not the essay. A biography page whose whole text
 * sits in such a box is still read (a box of several long paragraphs is prose).
 */

const BIO = 'Jane Roe teaches at the Kennedy School. Her book on batteries is about her career as a phone engineer.';

describe('a biography box closing the body', () => {
	it('is not body', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<p>—Warmly, Jane</p><div class="ui tertiary biography segment"><p>${BIO}</p></div>`);
		expect(body).not.toContain(BIO);
		expect(body.endsWith('—Warmly, Jane')).toBe(true);
	});

	it('keeps a biography that is the page’s whole text', () => {
		expect(articleText(`<div class="biography">${ARTICLE_PARAGRAPHS}</div>`)).toContain('The body of this test article');
	});
});
