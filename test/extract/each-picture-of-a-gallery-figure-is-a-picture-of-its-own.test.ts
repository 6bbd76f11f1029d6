import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * WordPress's block editor writes a gallery as a figure around a figure per picture
 * (`figure.wp-block-gallery > figure.wp-block-image > img`, each with a lightbox button, the
 * gallery's caption in its own `figcaption`); older galleries hold the figures in a grid list.
 * Each picture is the article's, not only the first one the outer figure holds.
 */

const picture = (n: number, caption = '') =>
	`<figure class="wp-block-image size-large wp-lightbox-container"><img src="/uploads/2026/06/screen-${n}.png?w=1024" alt="" class="wp-image-10${n}"><button class="lightbox-trigger" type="button" aria-haspopup="dialog"><svg width="12" height="12"><path d="M2 0"/></svg></button>${caption}</figure>`;

describe('a gallery figure holding a figure per picture', () => {
	it('gives every picture, each with its own caption, and the gallery caption after them', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<figure class="wp-block-gallery has-nested-images columns-default is-cropped">
${picture(1)}
${picture(2, '<figcaption class="wp-element-caption">The settings page</figcaption>')}
<figcaption class="blocks-gallery-caption wp-element-caption">Screenshots from the beta</figcaption>
</figure><p>The story goes on after the gallery with another sentence about the update and when it ships.</p>`);
		const pictures = blocks.filter((block) => block.type === 'image');
		expect(pictures.map((block) => [block.src, block.text])).toEqual([
			['https://news.example/uploads/2026/06/screen-1.png?w=1024', ''],
			['https://news.example/uploads/2026/06/screen-2.png?w=1024', 'The settings page'],
		]);
		expect(blocks.map((block) => block.text)).toContain('Screenshots from the beta');
	});

	it('gives every picture of an older gallery that lists its figures', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<figure class="wp-block-gallery columns-2"><ul class="blocks-gallery-grid">
<li class="blocks-gallery-item"><figure><img src="/uploads/2026/06/screen-1.png" alt="Home screen"></figure></li>
<li class="blocks-gallery-item"><figure><img src="/uploads/2026/06/screen-2.png" alt="Lock screen"></figure></li>
</ul></figure>`);
		expect(blocks.filter((block) => block.type === 'image').map((block) => block.alt)).toEqual(['Home screen', 'Lock screen']);
	});

	it('keeps one figure with one picture and its caption one captioned picture', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}${picture(3, '<figcaption>The new widget</figcaption>')}`);
		expect(blocks.filter((block) => block.type === 'image').map((block) => block.text)).toEqual(['The new widget']);
		expect(blocks.map((block) => block.text)).not.toContain('');
	});
});
