import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * Reader polls set between a story's paragraphs (Android Authority's: a question heading, its
 * answers as buttons, a vote tally) are widgets: the question and the tally are not the story.
 */

describe('a poll between the paragraphs', () => {
	it('leaves out the question, the choices and the tally', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<div class="e_Oh"><h3>Which phone would you buy?</h3><div><button type="button"><span>Pixel</span></button><button type="button"><span>Galaxy</span></button><button type="button"><span>iPhone</span></button></div><div>1,204 votes</div></div>${ARTICLE_PARAGRAPHS}`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain('Which phone would you buy?');
		expect(body).not.toContain('1,204 votes');
	});

	it('keeps a question answered in text under buttons that only show and hide it', () => {
		const answer = 'Yes: the charger that came with last year\'s model works, but it charges the new phone at half the speed the new one does, so a full charge takes about two hours.';
		const body = articleText(`${ARTICLE_PARAGRAPHS}<div class="faq"><h3>Does the old charger still work?</h3><button type="button">Show answer</button><button type="button">Hide answer</button><div>${answer}</div></div>`);
		expect(body).toContain('Does the old charger still work?');
		expect(body).toContain(answer);
	});
});
