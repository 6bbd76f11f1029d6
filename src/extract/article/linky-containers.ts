import type {Element} from 'domhandler';
import {roleTokens} from './boilerplate.js';
import {hasHidingClass, hasToken, isElement, tagName, tokensOf} from '../document/dom.js';
import {BLOCK_TAGS, CAPTION_TOKENS, NEGATIVE_TOKENS, POSITIVE_TOKENS} from '../document/selectors.js';
import {measureCollapsed} from '../document/text-measure.js';
import {textOf} from '../document/text.js';

/**
 * Readability's "clean conditionally", for the containers inside the article: a `<div>` with
 * few commas whose text is largely link text is a teaser card, a link box or a promo, not
 * prose. Section fronts are made of such cards (title link, blurb, byline), and articles end
 * in them ("Keep your Firefox in Sync — Learn more").
 */

/** Prose has commas: a container with this many is kept whatever its links (Readability's value). */
const PROSE_MIN_COMMAS = 10;
/**
 * Share of a container's text in links above which it is a link box. A class that says the
 * container is content (`entry-content`) lets it hold more links (Readability's values:
 * 0.2 and 0.5).
 */
const MAX_LINK_DENSITY = 0.2;
const MAX_LINK_DENSITY_CONTENT = 0.5;
/**
 * A `<div>` of inline content only is a paragraph written without `<p>`, and paragraphs end in
 * links ("…as we reported in <a>our review</a>."): it is a link line only when most of its
 * text is links ("Disclosures · SmartAsset.com").
 */
const MAX_LINK_DENSITY_INLINE = 0.5;
/**
 * Fewer paragraphs than this per picture, over two pictures or more, make a grid of teaser
 * pictures whose headlines were link boxes (Readability's value).
 */
const MIN_PARAGRAPHS_PER_IMAGE = 0.5;
/** In-page links (`#section`) weigh less: a table of contents is navigation within the text (Readability's value). */
const HASH_LINK_WEIGHT = 0.3;
/**
 * A link that prints a web address as its words (`<a href="http://…">http://…</a>`, as blogs
 * autolink an address pasted into the text) cites a source: teasers, menus and link boxes
 * link a title or a label, never the address, so its words count as text, not link text.
 */
const ADDRESS_TEXT = /^(?:https?:\/\/|www\.)\S+$/i;
/** How such a link's words open. */
const ADDRESS_START = /^(?:https?:\/\/|www\.)/i;
/** A container whose text is nearly all list items is a list, which is read as one (Readability's value). */
const LIST_TEXT_SHARE = 0.9;
/** Shorter than this and linked: a "Read in English" or "More ›" line, not a paragraph (Readability's value). */
const MIN_LINKED_TEXT_CHARS = 25;
/** A container that is nearly all heading is a heading wrapper (Readability's value). */
const HEADING_TEXT_SHARE = 0.9;

/** What a subtree holds once the link boxes inside it are gone. */
interface Facts {
	length: number;
	linkLength: number;
	commas: number;
	listLength: number;
	headingLength: number;
	images: number;
	paragraphs: number;
	/**
	 * Holds `<pre>`, `<code>`, a table or formula (code listings and data are never link boxes),
	 * or an `<h1>`: the article's header, whose rating or share links can outweigh its lead.
	 */
	keeps: boolean;
	/** Holds block elements: a `<div>` of inline content only is a paragraph written without `<p>` (Readability reads it as one). */
	hasBlocks: boolean;
	/** Held links, counting the link boxes that left: a short remainder is their label ("Infos zum Reiseziel"). */
	hadLinks: boolean;
	/** Text, and link text, of the link boxes that left its children: a teaser's linked headline. */
	leftLength: number;
	leftLinkLength: number;
}

const KEEP_TAGS = new Set(['pre', 'code', 'table', 'math', 'h1']);
const CONTAINER_TAGS = new Set(['div']);

export class LinkyContainers {
	// A Map, not a WeakMap: the reader that holds this lives for one body, and weak keys cost the collector more.
	readonly #facts = new Map<Element, Facts>();

	/** Whether `el` is a link box by Readability's rules. */
	isLinky(el: Element): boolean {
		if (!CONTAINER_TAGS.has(tagName(el))) return false;
		const facts = this.#of(el);
		if (facts.length === 0) return isHeadlessTeaser(el, facts);
		if (facts.keeps || facts.commas >= PROSE_MIN_COMMAS) return false;
		const density = facts.linkLength / facts.length;
		if (!facts.hasBlocks) return density > MAX_LINK_DENSITY_INLINE;
		const tokens = roleTokens(el);
		const weight = (hasToken(tokens, POSITIVE_TOKENS) ? 1 : 0) - (hasToken(tokens, NEGATIVE_TOKENS) ? 1 : 0);
		const isList = facts.listLength / facts.length > LIST_TEXT_SHARE;
		if (isPictureGrid(el, facts)) return true;
		if (weight > 0) return density > MAX_LINK_DENSITY_CONTENT;
		if (isList) return false;
		if (density > MAX_LINK_DENSITY) return true;
		return facts.length < MIN_LINKED_TEXT_CHARS && facts.hadLinks && facts.headingLength / facts.length < HEADING_TEXT_SHARE && facts.images === 0;
	}

	#of(el: Element): Facts {
		const cached = this.#facts.get(el);
		if (cached) return cached;
		const tag = tagName(el);
		const facts: Facts = {length: 0, linkLength: 0, commas: 0, listLength: 0, headingLength: 0, images: tag === 'img' ? 1 : 0, paragraphs: tag === 'p' ? 1 : 0, keeps: KEEP_TAGS.has(tag), hasBlocks: false, hadLinks: false, leftLength: 0, leftLinkLength: 0};
		for (const child of el.children) {
			if (child.type === 'text') {
				const {length, commas} = measureCollapsed((child as unknown as {data: string}).data, true);
				facts.length += length;
				facts.commas += commas;
			} else if (isElement(child)) {
				facts.hasBlocks ||= BLOCK_TAGS.has(tagName(child)) && tagName(child) !== 'br';
				// Counted as the reader will see it: without the link boxes inside, which leave first
				// (a related-links box under its own label leaves, and the label stays).
				if (isUnseen(child)) continue;
				const sub = this.#of(child);
				facts.hadLinks ||= sub.hadLinks;
				if (this.isLinky(child)) {
					facts.leftLength += sub.length;
					facts.leftLinkLength += sub.linkLength;
					continue;
				}
				facts.length += sub.length;
				facts.linkLength += sub.linkLength;
				facts.commas += sub.commas;
				facts.listLength += sub.listLength;
				facts.headingLength += sub.headingLength;
				facts.images += sub.images;
				facts.paragraphs += sub.paragraphs;
				facts.keeps ||= sub.keeps;
				facts.hasBlocks ||= sub.hasBlocks;
			}
		}
		if (tag === 'a') facts.hadLinks = facts.length > 0;
		if (tag === 'a') facts.linkLength = facts.length * linkWeight(el);
		if (tag === 'ul' || tag === 'ol') facts.listLength = facts.length;
		if (/^h[1-6]$/.test(tag)) facts.headingLength = facts.length;
		if (isLinkedCredit(el, facts)) {
			facts.linkLength = 0;
			facts.hadLinks = false;
		}
		this.#facts.set(el, facts);
		return facts;
	}
}

/** How much of a link's words count as link text: in-page links weigh less, a printed address not at all. */
function linkWeight(link: Element): number {
	if ((link.attribs.href ?? '').trim().startsWith('#')) return HASH_LINK_WEIGHT;
	// The opening words first: this runs for every link, and few open like an address.
	return ADDRESS_START.test(firstWords(link)) && ADDRESS_TEXT.test(textOf(link).trim()) ? 0 : 1;
}

/** The first text an element holds that is not blank, trimmed. */
function firstWords(el: Element): string {
	for (const child of el.children) {
		const words = child.type === 'text' ? child.data.trim() : isElement(child) ? firstWords(child) : '';
		if (words) return words;
	}
	return '';
}

/** A caption or credit line is a sentence or two (as a picture box's caption in boilerplate). */
const CREDIT_LINE_MAX_CHARS = 300;

/**
 * A caption or credit line that links its source ("Image by <a>a photographer</a>.", however
 * short): those links credit the picture, they do not lead away as a teaser's do, so they are
 * its words, not link text. A line that is all link is a headline set in a caption box.
 */
function isLinkedCredit(el: Element, facts: Facts): boolean {
	return facts.linkLength > 0 && facts.linkLength < facts.length && facts.length <= CREDIT_LINE_MAX_CHARS && hasToken(tokensOf(el), CAPTION_TOKENS);
}

function insideFigure(el: Element): boolean {
	for (let node = el.parent; node && isElement(node); node = node.parent) if (tagName(node) === 'figure') return true;
	return false;
}

/**
 * Pictures with few paragraphs, holding text links: a grid of teasers (most of whose linked
 * headlines and blurbs left as link boxes). Pictures without text links (a gallery, a live
 * report with player photos) stay.
 */
function isPictureGrid(el: Element, facts: Facts): boolean {
	if (facts.images < 2 || facts.paragraphs / facts.images >= MIN_PARAGRAPHS_PER_IMAGE) return false;
	return facts.hadLinks && !insideFigure(el);
}

/**
 * Link text a teaser's headline has at least: a credit linked under a picture ("Photo: <a>Jane
 * Doe</a> / <a>Unsplash</a>") is shorter (Readability's value for a linked line).
 */
const MIN_TEASER_HEADLINE_CHARS = MIN_LINKED_TEXT_CHARS;
/**
 * Share of the words that left that a teaser's links hold: nearly all, a linked headline. A
 * caption whose sentence links a name or two ("A statue of <a>Richard Seddon</a>, the
 * <a>Beehive</a> …", as Wikipedia's thumbnails have) is the picture's, however it left.
 */
const MIN_TEASER_LINK_SHARE = 0.9;

/**
 * A box of one picture whose every word left in link boxes, and nearly all of them in links of
 * a headline's length (WordPress's media-and-text block, `figure` beside
 * `div.wp-block-media-text__content` holding only a link to another story): a teaser card for
 * that story, whose picture goes with its headline. A picture whose linked line is a credit or
 * a caption's sentence, or that sits in a figure, stays.
 */
function isHeadlessTeaser(el: Element, facts: Facts): boolean {
	return facts.images === 1 && !facts.keeps && facts.leftLinkLength >= MIN_TEASER_HEADLINE_CHARS && facts.leftLinkLength >= MIN_TEASER_LINK_SHARE * facts.leftLength && !insideFigure(el);
}

/** Fallback copies (`<noscript>`) and framework-hidden duplicates: not what a reader sees, so not counted. */
function isUnseen(el: Element): boolean {
	return tagName(el) === 'noscript' || hasHidingClass(el);
}
