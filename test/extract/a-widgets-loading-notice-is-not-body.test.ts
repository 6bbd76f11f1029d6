import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks, articleText} from '../helpers/article-body.js';

describe('the loading notice of a script-filled widget', () => {
	it('leaves out a player placeholder that says it is loading', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<div class="player-wrap"><table class="player-loading"><tbody><tr><td>正在加载...</td></tr></tbody></table></div>`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain('正在加载');
	});

	it('leaves out a poll placeholder and its spinner picture', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<div class="wp-polls-loading"><img src="/images/loading.gif" width="16" height="16" alt="Loading ..."> Loading ...</div>`);
		expect(blocks.map((block) => block.text).join('\n')).not.toContain('Loading');
		expect(blocks.some((block) => block.type === 'image')).toBe(false);
	});

	it('leaves out an audio player placeholder naming the player without an ellipsis', () => {
		const body = articleText(`<div id="audioPlayerArticle" data-mp3="https://audio.example.com/1234/story.mp3">Caricamento player</div>${ARTICLE_PARAGRAPHS}<div class="video-embed">Video wird geladen</div>`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain('Caricamento');
		expect(body).not.toContain('wird geladen');
	});

	it('keeps a sentence about loading a video', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<p>Loading the video took eleven seconds on the old phone and two on the new one.</p>`);
		expect(body).toContain('Loading the video took eleven seconds');
	});

	it('keeps a heading that names loading as a subject', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<h2>Loading</h2><p>Loading the battery to full every night wears it faster than topping it up during the day.</p>`);
		expect(body).toContain('Loading\n');
		expect(body).toContain('Loading the battery to full');
	});
});
