import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * An accessible CMS puts a link for screen readers before each embedded player, to jump past it
 * (`<a class="auralJump" href="#endVideo1">Video überspringen</a>`, "Skip video"). The layout
 * hides it; it is a control, not a line of the story. A sentence that mentions skipping stays.
 */

const texts = (before: string): string[] =>
	articleBlocks(`${ARTICLE_PARAGRAPHS}<address>${before}<iframe src="https://www.youtube-nocookie.com/embed/abc123" width="840" height="394"></iframe><span id="endVideo1"></span></address>${ARTICLE_PARAGRAPHS}`).map((block) => block.text ?? '');

describe('a link that skips past an embed', () => {
	it('is not body, in German or English', () => {
		expect(texts('<a class="auralJump" href="#endVideo1">Video überspringen</a>')).not.toContain('Video überspringen');
		expect(texts('<a class="skip-link" href="#endVideo1">Skip video</a>')).not.toContain('Skip video');
	});

	it('leaves a sentence about skipping a video', () => {
		expect(texts('<p>Viewers who skip the video miss the best part of the speech.</p>')).toContain('Viewers who skip the video miss the best part of the speech.');
	});
});
