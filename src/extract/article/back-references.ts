import type {CheerioAPI} from 'cheerio';
import {removeNode} from '../document/dom.js';
import {selectAll} from '../document/fast-select.js';
import {textOf} from '../document/text.js';

/**
 * Remove footnote back-references: a link to a place on the same page whose whole text is a
 * return arrow (`<a href="#ref1">↩</a>` closing a footnote). It takes the reader back up to the
 * citation, which the archived text has no use for; its arrow would only end the note's line.
 * A caret (Wikipedia's `^`) is left: it is also notation (`x^2`, a cell pointing up), where an
 * arrow glyph says nothing but "go back". Done for the body only, like `removeHidden`.
 */
export function removeBackReferences($: CheerioAPI): void {
	for (const link of selectAll($, 'a[href]')) {
		if (link.attribs.href!.startsWith('#') && BACK_REFERENCE_TEXT.test(textOf(link))) removeNode(link);
	}
}

/** Nothing but return arrows (and the selectors that ask for text or emoji style), at least one. */
const BACK_REFERENCE_TEXT = /^[\s\uFE0E\uFE0F]*[↩↑⤴][↩↑⤴\s\uFE0E\uFE0F]*$/u;
