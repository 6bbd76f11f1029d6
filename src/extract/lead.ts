import type {CheerioAPI} from 'cheerio';
import type {Element, ParentNode} from 'domhandler';
import {declaredSmallerThan, isPixelOrIcon} from './picture-size.js';
import {hasHidingClass, isBoilerplateElement} from './boilerplate.js';
import {contains, hasBlockDescendant, hasToken, isElement, tagName, tokensOf, walkElements} from './dom.js';
import {selectAll} from './fast-select.js';
import {CAPTION_TOKENS, LEAD_TOKENS, LEDE_TOKENS} from './selectors.js';
import {collapseWhitespace, linkDensity, textOf, wordCount} from './text.js';

/**
 * The lead (standfirst, teaser, review verdict) a page sets between its headline and the body
 * container: `<header><h1/><p>lead</p></header><div class="content">…`. The body scorer picks
 * the container, which leaves the lead out, yet readers (and both ground truths in the corpus)
 * count it as the article's opening text.
 */

/**
 * Levels the headline and the body may sit below the wrapper they share: article wrappers nest
 * header → container → h1 two to four levels deep in the corpus (pcgamer: four). Deeper, the
 * shared ancestor is the page layout and what lies between is furniture.
 */
const MAX_LEAD_DEPTH = 5;
/** A lead is a sentence or two; fewer words are a byline, a date, a credit or a label. */
const MIN_LEAD_WORDS = 8;
/** A lead is a paragraph or two: more paragraphs between headline and body are a split body, not a lead. */
const MAX_LEAD_PARAGRAPHS = 2;
/**
 * Prose ends a sentence; bylines, dates and credits ("Par X (avec Y)", "(Photo: Z)") do not.
 * CJK text ends its sentences with full-width marks, closing quotes and brackets.
 */
const SENTENCE_END = /[.!?…"“”»«'’。！？」』）]$/u;
/**
 * Image captions sit between headline and body too; they belong to the image, not the lead:
 * a `<figcaption>`, or a box whose class words name it a caption or credit (a CMS's
 * `div.field--name-field-image-caption` under its header picture, outside any figure).
 */
const CAPTION_TAG = 'figcaption';
/**
 * The story's own picture, set in one box with the lead between the headline and the body
 * container (a CMS's intro block: `<h1/><div class="intro"><span class="picture"><img></span>
 * <p>lead</p></div><div class="text">…`), opens the article with the lead: the page groups it
 * with the story's opening text, as its own. A picture in the headline's header, or standing
 * alone over the body, is the page's hero shot: Readability leaves it out (the corpus's
 * references do, with its caption), and so does the body.
 */
const PICTURE_TAGS = new Set(['figure', 'picture', 'img']);
/**
 * A story sets one picture over its body; more between headline and body are a gallery strip
 * or a row of cards, none of them the story's picture.
 */
const MAX_LEAD_PICTURES = 1;
/**
 * A picture over the story spans its column: one declared smaller than this on either side (in
 * pixels) is the writer's portrait beside the byline, a badge or a logo.
 */
const MIN_LEAD_PICTURE_SIZE = 100;

/**
 * The lead paragraphs and the lead picture before `nodes` (the body container), in document
 * order; none when the headline is not found right above the body. A paragraph repeating
 * `subtitle` (the page's own summary of itself) is a lead even when it does not end a
 * sentence: standfirsts are often written as a headline-like clause without a full stop.
 */
export function leadBefore($: CheerioAPI, nodes: readonly Element[], title: string | null, subtitle: string | null = null): Element[] {
	const first = nodes[0];
	if (!first || !title) return [];
	const headline = headlineBefore($, first, title);
	if (!headline) return [];
	const wrapper = sharedAncestor(headline, first);
	if (!wrapper || tagName(wrapper) === 'body' || depthBelow(headline, wrapper) > MAX_LEAD_DEPTH || depthBelow(first, wrapper) > MAX_LEAD_DEPTH) return [];

	const summary = subtitle ? normalised(subtitle) : null;
	const leads: Element[] = [];
	const pictures: Element[] = [];
	let state: 'before' | 'between' | 'done' = 'before';
	walkElements(wrapper, (el) => {
		if (state === 'done') return false;
		if (el === headline) {
			state = 'between';
			return false;
		}
		if (el === first || contains(el, first)) {
			if (el === first) state = 'done';
			return el !== first;
		}
		if (state === 'before') return contains(el, headline) ? undefined : false;
		if (tagName(el) === CAPTION_TAG || hasToken(tokensOf(el), CAPTION_TOKENS) || (isBoilerplateElement(el) && !hasToken(tokensOf(el), LEAD_TOKENS))) return false;
		if (PICTURE_TAGS.has(tagName(el))) {
			if (isShownPicture(el)) pictures.push(pictureBox(el, wrapper));
			return false;
		}
		if (tagName(el) === 'p' || isMarkedLeadLine(el)) {
			const text = textOf(el);
			if (isProse(text) || (summary !== null && isLong(text) && normalised(text) === summary)) leads.push(el);
			return false;
		}
		return undefined;
	});
	const paragraphs = leads.length <= MAX_LEAD_PARAGRAPHS ? leads : [];
	const picture = pictures.length <= MAX_LEAD_PICTURES ? pictures.filter((box) => sharesLeadBox(box, paragraphs, headline, first) && !isCard(box, wrapper)) : [];
	// Agency copy opens the body with the teaser the page already set under the headline: read once.
	const opening = paragraphs.length > 0 ? openingParagraph(nodes) : null;
	const unrepeated = paragraphs.filter((lead) => normalised(textOf(lead)) !== opening);
	return [...picture, ...unrepeated].sort((a, b) => (precedes(a, b) ? -1 : 1));
}

/**
 * The normalised text of the body's first paragraph that holds any: a CMS that sets an agency
 * story's first paragraph as its teaser (`div.teaser > p`, `itemprop="description"`) prints it
 * again where the body starts, word for word.
 */
function openingParagraph(nodes: readonly Element[]): string | null {
	let opening: string | null = null;
	const visit = (el: Element): boolean => {
		if (opening !== null) return false;
		if (tagName(el) !== 'p') return true;
		const text = normalised(textOf(el));
		if (text !== '') opening = text;
		return opening === null;
	};
	for (const node of nodes) {
		if (visit(node)) walkElements(node, visit);
		if (opening !== null) break;
	}
	return opening;
}

/** Whether a picture element shows a picture a reader sees as one: not a pixel, an icon, a portrait or a badge. */
function isShownPicture(el: Element): boolean {
	return imagesIn(el).some((img) => !isPixelOrIcon(img) && !declaredSmallerThan(img, MIN_LEAD_PICTURE_SIZE));
}

function imagesIn(el: Element): Element[] {
	if (tagName(el) === 'img') return [el];
	const images: Element[] = [];
	walkElements(el, (child) => void (tagName(child) === 'img' && images.push(child)));
	return images;
}

/**
 * Whether a box between the headline and the body, holding neither, holds both the picture and
 * a lead paragraph: the story's intro block.
 */
function sharesLeadBox(picture: Element, leads: readonly Element[], headline: Element, first: Element): boolean {
	for (let node = picture.parent; isElement(node) && !contains(node, headline) && !contains(node, first); node = node.parent) {
		if (leads.some((lead) => contains(node, lead))) return true;
	}
	return false;
}

/**
 * A teaser card of another story, not the story's picture: the picture sits in a link that
 * holds more than the picture (the card's title too), or its link goes where a line of words
 * beside it links (`<a href="/other"><img></a><h3><a href="/other">Other story</a></h3>`).
 */
function isCard(box: Element, wrapper: Element): boolean {
	for (let node = box.parent; isElement(node) && node !== wrapper; node = node.parent) if (tagName(node) === 'a') return true;
	const href = linkOf(box)?.attribs.href;
	const context = box.parent;
	if (!href || !isElement(context)) return false;
	let titled = false;
	walkElements(context, (el) => {
		if (el === box || titled) return false;
		titled = tagName(el) === 'a' && el.attribs.href === href && textOf(el) !== '';
		return undefined;
	});
	return titled;
}

/** The link a picture box is or holds. */
function linkOf(box: Element): Element | null {
	if (tagName(box) === 'a') return box;
	let link: Element | null = null;
	walkElements(box, (el) => {
		if (tagName(el) === 'a' && !link) link = el;
		return !link;
	});
	return link;
}

/**
 * The picture with its frame: the boxes around it, up to the one that holds something else
 * beside it (the headline, the body, a lead, another picture); its caption and credit boxes and
 * empty decoration (a zoom icon's `<em>`) are its own, so a CMS's `div.media` > picture +
 * `div.caption` + `div.credit` is read whole, as a figure.
 */
function pictureBox(picture: Element, wrapper: Element): Element {
	let box = picture;
	for (let parent = box.parent; isElement(parent) && parent !== wrapper && holdsOnlyItsCaption(parent, box); parent = parent.parent) box = parent;
	return box;
}

function holdsOnlyItsCaption(parent: Element, box: Element): boolean {
	return parent.children.every((child) => {
		if (child === box) return true;
		if (!isElement(child)) return child.type !== 'text' || !(child as unknown as {data: string}).data.trim();
		if (tagName(child) === CAPTION_TAG || hasToken(tokensOf(child), CAPTION_TOKENS) || isBoilerplateElement(child)) return true;
		return !textOf(child) && imagesIn(child).length === 0;
	});
}

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

/** The last h1 before the body whose text is the title (or the title with decoration). */
function headlineBefore($: CheerioAPI, first: Element, title: string): Element | null {
	const wanted = collapseWhitespace(title).toLowerCase();
	let found: Element | null = null;
	for (const h1 of selectAll($, 'h1')) {
		if (contains(first, h1)) continue;
		if (!precedes(h1, first)) break;
		const text = collapseWhitespace(textOf(h1)).toLowerCase();
		if (text && (text === wanted || wanted.includes(text) || text.includes(wanted))) found = h1;
	}
	return found;
}

/** Subheadings: a theme may set its lede in one, inside the marked lead box. */
const SUBHEADING = /^h[2-6]$/;

/**
 * A lead written without `<p>`: an element the page marks as its lede (`h2.article-header-leadText`,
 * `div.intro`) holding one run of inline text, or a subheading set inside the marked box
 * (`div.Post__lead > h2`), the heading only setting the type size. Its text must still read as
 * a lead (a sentence), like a paragraph's; a marked element holding blocks is read block by block.
 */
function isMarkedLeadLine(el: Element): boolean {
	if (hasBlockDescendant(el)) return false;
	if (hasToken(tokensOf(el), LEDE_TOKENS)) return true;
	return SUBHEADING.test(tagName(el)) && isElement(el.parent) && hasToken(tokensOf(el.parent), LEDE_TOKENS);
}

/**
 * A lede the theme set in a heading element (`h2.article-header-leadText`, `div.Post__lead > h2`):
 * the heading only sets the type size, the text is a sentence, so it reads as the lead paragraph.
 */
export function isLeadHeading(el: Element): boolean {
	return SUBHEADING.test(tagName(el)) && isMarkedLeadLine(el) && isProse(textOf(el));
}

function isProse(text: string): boolean {
	return isLong(text) && SENTENCE_END.test(text);
}

/** Whether a line is a lead's prose: a sentence of some words, not a byline, date, credit or label. */
export const isLeadProse = isProse;

function isLong(text: string): boolean {
	return wordCount(text) >= MIN_LEAD_WORDS;
}

function normalised(text: string): string {
	return collapseWhitespace(text).toLowerCase();
}

function ancestors(el: Element): ParentNode[] {
	const list: ParentNode[] = [];
	for (let node: ParentNode | null = el.parent; node; node = node.parent) list.push(node);
	return list;
}

function sharedAncestor(a: Element, b: Element): Element | null {
	const ofB = new Set(ancestors(b));
	const shared = ancestors(a).find((node) => ofB.has(node));
	return isElement(shared) ? shared : null;
}

function depthBelow(el: Element, ancestor: Element): number {
	let depth = 0;
	for (let node: ParentNode | null = el.parent; node && node !== ancestor; node = node.parent) depth++;
	return depth + 1;
}

/** Whether `a` starts before `b` in document order (neither contains the other). */
function precedes(a: Element, b: Element): boolean {
	const chainA = [a, ...ancestors(a)];
	const chainB = [b, ...ancestors(b)];
	const shared = chainA.find((node) => chainB.includes(node));
	if (!shared) return false;
	const childA = chainA[chainA.indexOf(shared) - 1];
	const childB = chainB[chainB.indexOf(shared) - 1];
	if (!childA || !childB) return false;
	const siblings = shared.children as unknown[];
	return siblings.indexOf(childA) < siblings.indexOf(childB);
}
