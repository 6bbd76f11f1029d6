import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/** A code sample embedded the way blog platforms do: a frame named for screen readers, shown as code. */
const GIST_FRAME = '<figure class="embed"><div class="frame-wrap"><iframe src="https://embeds.example/media/6a2f1c" title="CPU profiling with the inspector module" width="0" height="0" frameborder="0"></iframe></div></figure>';

describe("an embed's title", () => {
	it('is kept as the embed\'s alt, not as text a reader sees', () => {
		const body = articleBlocks(`${ARTICLE_PARAGRAPHS}${GIST_FRAME}${ARTICLE_PARAGRAPHS}`);
		const embed = body.find((block) => block.type === 'embed');
		expect(embed).toMatchObject({src: 'https://embeds.example/media/6a2f1c', text: '', alt: 'CPU profiling with the inspector module'});
		expect(body.map((block) => block.text).join(' ')).not.toContain('CPU profiling');
	});

	it('leaves the visible caption as the embed\'s text', () => {
		const body = articleBlocks(`${ARTICLE_PARAGRAPHS}<figure><iframe src="https://video.example/embed/42" title="Video player"></iframe><figcaption>The phone survives a two-metre drop.</figcaption></figure>${ARTICLE_PARAGRAPHS}`);
		expect(body).toContainEqual({type: 'embed', text: 'The phone survives a two-metre drop.', links: [], src: 'https://video.example/embed/42', alt: 'Video player'});
	});
});
