/**
 * What a picture's declared size and marks say of it, read before its file is: the body reader
 * and the lead share these tests, so a picture is a story's picture, a pixel, an icon or a
 * smiley the same way wherever it stands.
 */
import type {Element} from 'domhandler';
import {hasToken, tokensOf} from './dom.js';
import {EMOTICON_TOKENS} from './selectors.js';

/** Images this small (either side, in pixels) are tracking pixels and spacers. */
const MAX_PIXEL_IMAGE_SIZE = 2;
/**
 * Images declared no taller than this (in pixels), about a line of text, are icons and buttons
 * set in a line (a bookmark or share button, a feed badge, a smiley), not pictures of the story:
 * the smallest thumbnails a story shows are some 50 pixels tall.
 */
const MAX_ICON_HEIGHT = 24;

/** A picture's declared width or height in pixels, or null when the page declares none. */
function declared(img: Element, side: 'width' | 'height'): number | null {
	const value = Number(img.attribs[side]);
	return value > 0 ? value : null;
}

/** Whether a picture is declared smaller than `size` pixels on either side (a side it does not declare is not). */
export function declaredSmallerThan(img: Element, size: number): boolean {
	return (declared(img, 'width') ?? size) < size || (declared(img, 'height') ?? size) < size;
}

/** Whether a picture is a tracking pixel or spacer, or an icon no taller than a line. */
export function isPixelOrIcon(img: Element): boolean {
	return (declared(img, 'width') ?? Infinity) <= MAX_PIXEL_IMAGE_SIZE || (declared(img, 'height') ?? Infinity) <= MAX_ICON_HEIGHT;
}

/**
 * Whether a picture is a smiley or emoji set in a line of text: its class names one, or it
 * carries the emoticon mark Invision Community sets (`data-emoticon`). It stands for the
 * characters of its `alt` (":)", "😀"), a word of the line, not a picture of the story.
 */
export function isEmoticon(img: Element): boolean {
	return 'data-emoticon' in img.attribs || hasToken(tokensOf(img), EMOTICON_TOKENS);
}
