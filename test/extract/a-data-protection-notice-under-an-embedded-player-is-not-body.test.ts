import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * German sites set a data-protection notice under each embedded player (`<address>Hinweis: Wenn Sie
 * dieses Video hier abspielen, erfolgt eine Datenübertragung an YouTube bzw. Google.<br>Auf Art und
 * Umfang … hat der Betreiber keinen Einfluss.</address>`; in English "By playing this video, data
 * is sent to YouTube."). It is the site's notice, not the story's. A sentence of the story about
 * playing the video, which speaks of no data, stays.
 */

const texts = (notice: string): string[] =>
	articleBlocks(`${ARTICLE_PARAGRAPHS}<iframe src="https://www.youtube-nocookie.com/embed/abc123" width="840" height="394"></iframe>${notice}${ARTICLE_PARAGRAPHS}`).map((block) => block.text ?? '');

describe('a data-protection notice under an embedded player', () => {
	it('is not body, in German or English', () => {
		const german = texts('<address>Hinweis: Wenn Sie dieses Video hier abspielen, erfolgt eine Datenübertragung an YouTube bzw. Google.<br>Auf Art und Umfang der von diesem Anbieter übertragenen Daten hat der Betreiber keinen Einfluss.</address>');
		expect(german.some((text) => text.includes('Datenübertragung an YouTube'))).toBe(false);
		expect(texts('<p>Note: By playing this video, data is sent to YouTube.</p>')).not.toContain('Note: By playing this video, data is sent to YouTube.');
	});

	it('leaves the story’s sentence about a video', () => {
		const sentence = 'If you play the video, you hear the crowd go quiet as the survivor begins to speak.';
		expect(texts(`<p>${sentence}</p>`)).toContain(sentence);
	});
});
