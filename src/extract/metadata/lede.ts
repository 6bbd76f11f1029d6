import type {Element} from 'domhandler';
import {hasHidingClass, hasToken, tagName, tokensOf} from '../document/dom.js';
import {LEDE_TOKENS} from '../document/selectors.js';
import {linkDensity, textOf, wordCount} from '../document/text.js';

/**
 * What reads as the article's lede (standfirst, teaser): prose of a sentence or two, and the box
 * a page marks as its lede. The body reader keeps it as the opening text; the date reader
 * passes over it when it looks for the dateline under the headline.
 */

/** A lead is a sentence or two; fewer words are a byline, a date, a credit or a label. */
const MIN_LEAD_WORDS = 8;
/**
 * Prose ends a sentence; bylines, dates and credits ("Par X (avec Y)", "(Photo: Z)") do not.
 * CJK text ends its sentences with full-width marks, closing quotes and brackets.
 */
const SENTENCE_END = /[.!?…"“”»«'’。！？」』）]$/u;

/**
 * A lede the page writes as a marked element of its own, mostly unlinked: a link or two inside
 * the sentence, as in any paragraph; a teaser for another story is mostly its linked title.
 */
const LEDE_MAX_LINK_DENSITY = 0.25;

/**
 * Elements a lede box is written in: text containers. An `aside`, a landmark role or a class
 * that hides the element makes it furniture whatever its class words say.
 */
const LEDE_BOX_TAGS = new Set(['div', 'section', 'p', 'span', 'h2', 'h3', 'h4']);

/**
 * Whether `el` is the article's lede set in a box of its own inside the body container
 * (`<div class="teaser_text">The NASA has … a streaming service.</div>`): marked as a lede and
 * holding a sentence or two of prose. `teaser` also names promo boxes for other stories, so
 * the caller asks this only of what opens the body, before any paragraph.
 */
export function isLedeBox(el: Element): boolean {
	if (!LEDE_BOX_TAGS.has(tagName(el)) || el.attribs.role || hasHidingClass(el) || !hasToken(tokensOf(el), LEDE_TOKENS)) return false;
	return isProse(textOf(el)) && linkDensity(el) <= LEDE_MAX_LINK_DENSITY;
}

/** Whether `text` reads as a lead: a sentence or two, ending as prose ends. */
export function isProse(text: string): boolean {
	return isLong(text) && SENTENCE_END.test(text);
}

/** Whether `text` has a lead's words at least. */
export function isLong(text: string): boolean {
	return wordCount(text) >= MIN_LEAD_WORDS;
}
