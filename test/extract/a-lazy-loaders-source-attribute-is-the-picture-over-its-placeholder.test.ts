import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * Lazy loaders keep a picture's address in an attribute (`data-src`, `data-lazy-src`,
 * `data-original`, `data-actualsrc`) and set a stand-in in `src` until it scrolls into view: a
 * spacer GIF, a "lazy_placeholder.gif", the site's logo. The attribute's address is the
 * picture. A value that is no address (a flag, a script, a JSON set of sizes) leaves `src` be.
 */

const sourceOf = (img: string): string | undefined => articleBlocks(`${ARTICLE_PARAGRAPHS}<p>${img}</p>${ARTICLE_PARAGRAPHS}`).find((block) => block.type === 'image')?.src;

describe('a lazy loader’s source attribute', () => {
	it('is the picture over a placeholder file in src', () => {
		expect(sourceOf('<img src="/wp-content/plugins/lazy-load/images/lazy_placeholder.gif" data-lazy-src="/uploads/2020/02/tablet-review.jpg" width="800" height="500" alt="The tablet">')).toBe('https://news.example/uploads/2020/02/tablet-review.jpg');
		expect(sourceOf('<img src="https://img.example.com/photo/logo.jpg" data-original="https://img.example.com/thumb/pocket-friendly.jpg" width="640" height="480" alt="Pocket friendly">')).toBe('https://img.example.com/thumb/pocket-friendly.jpg');
		expect(sourceOf('<img src="/1x1.gif" data-actualsrc="/photos/dock.jpg" width="640" height="480" alt="The dock">')).toBe('https://news.example/photos/dock.jpg');
	});

	it('leaves src be when it holds no address', () => {
		expect(sourceOf('<img src="/photos/flag.jpg" data-src="true" class="lazyload" width="640" height="480" alt="Flag">')).toBe('https://news.example/photos/flag.jpg');
		expect(sourceOf('<img src="/photos/phone.jpg" data-src="javascript:void(0)" width="640" height="480" alt="Phone">')).toBe('https://news.example/photos/phone.jpg');
		expect(sourceOf('<img src="/photos/game.jpg" data-src="{&quot;default&quot;:{&quot;src&quot;:&quot;//img.example.com/game.img&quot;}}" width="640" height="480" alt="Game">')).toBe('https://news.example/photos/game.jpg');
	});
});
