import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * Lazy loaders ship a one-pixel inline GIF in both `src` and `srcset` and keep the responsive
 * set in `data-srcset` (lazysizes) or `data-lazy-srcset` until the picture scrolls into view:
 * that set is the picture's, its largest candidate the source, never the inline stand-in.
 */

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const sourceOf = (img: string): string | undefined => articleBlocks(`${ARTICLE_PARAGRAPHS}<p>${img}</p>${ARTICLE_PARAGRAPHS}`).find((block) => block.type === 'image')?.src;

describe('a lazy loader’s source set', () => {
	it('gives the picture over an inline stand-in in src and srcset', () => {
		expect(sourceOf(`<img src="${PIXEL}" srcset="${PIXEL} 1w" data-srcset="https://img.example.net/dock-640.jpg 640w, https://img.example.net/dock-1280.jpg 1280w" class="lazyload" alt="The dock">`)).toBe('https://img.example.net/dock-1280.jpg');
		expect(sourceOf(`<img src="${PIXEL}" srcset="${PIXEL} 1w" data-lazy-srcset="https://img.example.net/case-640.jpg 640w, https://img.example.net/case-1280.jpg 1280w" alt="The case">`)).toBe('https://img.example.net/case-1280.jpg');
	});
});
