import type {CheerioAPI} from 'cheerio';
import type {Element} from 'domhandler';
import {MIN_ARTICLE_CHARS} from './article.js';
import {namesFurniture} from './boilerplate.js';
import {isUnlikely} from './content-score.js';
import {hasHidingClass, hiddenByAttribute, HIDING_CLASS_SELECTOR, isElement, isHidden, SHOWN_MARK} from '../document/dom.js';
import {selectAll} from '../document/fast-select.js';
import {linkDensity, proseLength, textOf} from '../document/text.js';

/**
 * Some pages send their whole article hidden and show it by script: a `hidden` box an app
 * reveals once it has started, a `display:none` or `class="hidden"` wrapper lifted after load.
 * A reader of the static page that leaves hidden elements out finds no article there, or only
 * the few visible lines around it. defuddle reads such a page again with hidden content kept
 * when its first result is too short; here the hidden box that would show the most text is
 * read as shown (the rest of the page's hidden furniture stays out), and only when the visible
 * page gave no article.
 */

/**
 * How much longer than the visible body a hidden box's text must be for the box to be the
 * article: the visible lines are a loading note or a teaser, not a shorter story.
 */
const HIDDEN_ARTICLE_MIN_RATIO = 2;

/** Whether a hidden box's text, `hiddenLength` long, is an article far longer than the visible body. */
export function outweighs(hiddenLength: number, visibleLength: number): boolean {
	return hiddenLength >= Math.max(MIN_ARTICLE_CHARS, HIDDEN_ARTICLE_MIN_RATIO * visibleLength);
}

/**
 * Roles of hidden boxes that are furniture however much text they hold: a modal (a consent
 * or sign-up dialog), a menu, site navigation.
 */
const FURNITURE_ROLES: ReadonlySet<string> = new Set(['dialog', 'alertdialog', 'menu', 'menubar', 'navigation', 'tooltip']);

/** Above this share of linked text a box is a list of links (a mega menu, a site map), not an article. */
const ARTICLE_MAX_LINK_DENSITY = 0.5;

/** Whether the page hides an element by attribute, style or class. */
function hides(el: Element): boolean {
	return isHidden(el) || hasHidingClass(el);
}

/** The text readers would see if the box were shown: hidden elements inside it stay hidden. */
function shownTextLength(box: Element): number {
	return proseLength(textOf(box, hides));
}

/** Whether a hidden box could be a hidden article: not marked as furniture, not a list of links. */
function couldBeArticle(box: Element): boolean {
	if (isUnlikely(box) || namesFurniture(box) || FURNITURE_ROLES.has(box.attribs.role ?? '') || box.attribs['aria-modal'] === 'true') return false;
	return linkDensity(box) <= ARTICLE_MAX_LINK_DENSITY;
}

/** The boxes a hiding class hides: they stay in the tree, as the body reader leaves them out where it meets them. */
function hiddenByClass($: CheerioAPI): Element[] {
	return selectAll($, HIDING_CLASS_SELECTOR).filter(hasHidingClass);
}

function longest(boxes: readonly Element[]): {box: Element; length: number} | null {
	let best: {box: Element; length: number} | null = null;
	for (const box of boxes) {
		if (!couldBeArticle(box)) continue;
		const length = shownTextLength(box);
		if (length > (best?.length ?? 0)) best = {box, length};
	}
	return best;
}

/**
 * The most text a hidden box of the page would show: `removed` are the boxes hidden by
 * attribute or style, already taken out of the tree; those hidden by a class are still in it.
 */
export function longestHiddenText($: CheerioAPI, removed: readonly Element[]): number {
	return longest([...removed, ...hiddenByClass($)])?.length ?? 0;
}

/**
 * Mark the hidden box that would show the most text as shown, with the hidden elements around
 * it (a script showing it shows them too); return the length of its text, 0 when there is none.
 * Before hidden elements are removed.
 */
export function showLongestHiddenBox($: CheerioAPI): number {
	const found = longest([...hiddenByAttribute($), ...hiddenByClass($)]);
	if (!found) return 0;
	for (let node: Element | null = found.box; isElement(node); node = node.parent as Element | null) if (hides(node)) node.attribs[SHOWN_MARK] = '';
	return found.length;
}
