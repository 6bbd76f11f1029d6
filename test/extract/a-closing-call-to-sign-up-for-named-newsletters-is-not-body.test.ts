import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * A site closes its stories with a call to sign up that names its newsletters, after a question
 * of its own: the site's pitch, not the story's last paragraph.
 */

describe('a closing call to sign up for named newsletters', () => {
	it('is not body', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<p><em>Want to learn more about getting the best out of your phone? Sign up for Pocket Signal's <a href="/newsletters">Top Stories and Deals newsletters</a></em><em> today.</em></p>`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain('Top Stories and Deals newsletters');
	});

	it('leaves a story\'s sentence that reports on a sign-up', () => {
		const sentence = 'The carrier says two million readers chose to sign up for its deals newsletters this year. Analysts expect that number to double once the app ships.';
		expect(articleText(`${ARTICLE_PARAGRAPHS}<p>${sentence}</p>`)).toContain(sentence);
	});
});
