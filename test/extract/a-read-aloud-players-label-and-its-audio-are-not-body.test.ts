import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * Sites put a player that reads the story aloud over it: a label ("Listen to this post") and the
 * `<audio>` of the narration. Neither is the story's: a reader of the text skips both.
 */
const PLAYER = '<div><div class="listen-wrapper"><div class="audio-controls" role="button" tabindex="0" aria-label="Play audio"><span class="icon-play"></span></div>'
	+ '<div class="audio-heading">Listen to this post</div></div><audio id="post-audio-player" src="/uploads/2026/06/post-as-audio-434815.mp3"></audio></div>';

describe('a read-aloud player over the story', () => {
	it('gives no label and no audio embed', () => {
		const blocks = articleBlocks(`${PLAYER}${ARTICLE_PARAGRAPHS}`);
		expect(blocks.map((block) => block.text)).not.toContain('Listen to this post');
		expect(blocks.some((block) => block.type === 'embed')).toBe(false);
		expect(blocks[0]?.text).toMatch(/^The body of this test article/);
	});

	it('is told by its label in other languages and with its running time', () => {
		for (const label of ['Listen to this article (4 min)', 'Artikel anhören', 'Écouter cet article']) {
			const blocks = articleBlocks(`<p>${label}</p>${ARTICLE_PARAGRAPHS}`);
			expect(blocks.map((block) => block.text)).not.toContain(label);
		}
	});

	it('leaves a sentence that asks the reader to listen', () => {
		const line = 'Listen to this story from the band, who recorded the album in a single week in a barn outside Nashville.';
		expect(articleBlocks(`${ARTICLE_PARAGRAPHS}<p>${line}</p>`).map((block) => block.text)).toContain(line);
	});
});
