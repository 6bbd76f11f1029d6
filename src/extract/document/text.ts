import type {AnyNode, Element} from 'domhandler';
import type {Link} from '../../snapshot/schema.js';
import {isElement, tagName, walkElements} from './dom.js';
import {BLOCK_TAGS} from './selectors.js';
import {isCollapsedSpace} from './text-measure.js';
import {textLength} from './node-stats.js';
import {resolveUrl} from './urls.js';

/**
 * Collapse every whitespace run (including no-break and zero-width spaces) to one space and
 * trim: `text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim()`. A loop, since most of a text's
 * spaces are single spaces that stay as they are: the text is copied once, in a few stretches,
 * a quarter faster than the pattern on the corpus's texts (every block and link text is read
 * through here).
 */
export function collapseWhitespace(text: string): string {
	let begin = 0;
	let end = text.length;
	while (begin < end && isCollapsedSpace(text.charCodeAt(begin))) begin++;
	while (end > begin && isCollapsedSpace(text.charCodeAt(end - 1))) end--;
	let collapsed = '';
	// Where the stretch not yet copied starts.
	let start = begin;
	for (let i = begin; i < end; i++) {
		const code = text.charCodeAt(i);
		if (!isCollapsedSpace(code)) continue;
		// The run ends before `end`: the text is trimmed.
		let after = i + 1;
		while (isCollapsedSpace(text.charCodeAt(after))) after++;
		if (code !== SPACE || after !== i + 1) {
			collapsed += `${text.slice(start, i)} `;
			start = after;
		}
		i = after - 1;
	}
	return start === begin ? text.slice(begin, end) : collapsed + text.slice(start, end);
}

const SPACE = 0x20;

/** Characters of the scripts written without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/**
 * The blocks of UTF-16 code units those scripts' characters lie in (high surrogates for the
 * characters beyond the BMP): a plain class the engine scans a few times faster than the script
 * properties, so the page's European texts, which hold none, are told apart cheaply.
 */
const MAY_HOLD_CJK = /[\u1100-\u11ff\u2e80-\u2fdf\u3005-\u9fff\ua960-\ua97f\uac00-\udbff\uf900-\ufaff\uff66-\uffdc]/;
/** A word: a letter or digit, then letters, digits, marks, apostrophes, underscores and hyphens. */
const WORD_START = String.raw`[\p{L}\p{N}]`;
const WORD_PART = String.raw`[\p{L}\p{N}\p{M}'’_-]`;
const WORD = new RegExp(`${WORD_START}${WORD_PART}*`, 'gu');
/**
 * How many characters of alphabetic text one CJK character is worth: those scripts say about
 * as much in one character as alphabetic ones in two (Twitter's weighted length counts CJK
 * characters double for that reason).
 */
const CJK_CHAR_WEIGHT = 2;

/**
 * The length of `text` with CJK characters weighted as alphabetic text, so that length
 * thresholds calibrated on European pages ("two sentences", "a paragraph") hold for Chinese,
 * Japanese and Korean pages too. Equal to `text.length` for text without CJK characters.
 */
export function proseLength(text: string): number {
	if (!MAY_HOLD_CJK.test(text) || !HAS_CJK.test(text)) return text.length;
	return text.length + (CJK_CHAR_WEIGHT - 1) * (text.match(CJK)?.length ?? 0);
}

/** Words in `text`; in CJK scripts, written without spaces, each character counts as a word. */
export function wordCount(text: string): number {
	let count = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const kind = commonCharKind(text.charCodeAt(i));
		if (kind === UNCOMMON) return wordCountByPattern(text);
		if (inWord && (kind & CONTINUES_WORD) !== 0) continue;
		inWord = (kind & STARTS_WORD) !== 0;
		if (inWord) count++;
	}
	return count;
}

function wordCountByPattern(text: string): number {
	if (!HAS_CJK.test(text)) return text.match(WORD)?.length ?? 0;
	const cjk = text.match(CJK)?.length ?? 0;
	return cjk + (text.replace(CJK, ' ').match(WORD)?.length ?? 0);
}

/**
 * How the characters of most European text (Latin-1, and the punctuation block's curly quotes,
 * dashes and ellipsis) take part in a word, read off the word pattern itself once: counting
 * with a loop over these made no array of every word of the body (`match`) and needed no scan
 * for CJK characters, which neither range holds. Text with other characters takes the patterns.
 */
const STARTS_WORD = 1;
const CONTINUES_WORD = 2;
const UNCOMMON = 4;
const LATIN_1_END = 0x100;
const PUNCTUATION_START = 0x2000;
const PUNCTUATION_END = 0x2070;

function charKinds(start: number, end: number): Uint8Array {
	const starts = new RegExp(`^${WORD_START}$`, 'u');
	const continues = new RegExp(`^${WORD_PART}$`, 'u');
	const kinds = new Uint8Array(end - start);
	for (let code = start; code < end; code++) {
		const char = String.fromCharCode(code);
		kinds[code - start] = HAS_CJK.test(char) ? UNCOMMON : (starts.test(char) ? STARTS_WORD : 0) | (continues.test(char) ? CONTINUES_WORD : 0);
	}
	return kinds;
}

const LATIN_1_KINDS = charKinds(0, LATIN_1_END);
const PUNCTUATION_KINDS = charKinds(PUNCTUATION_START, PUNCTUATION_END);

function commonCharKind(code: number): number {
	if (code < LATIN_1_END) return LATIN_1_KINDS[code] as number;
	if (code >= PUNCTUATION_START && code < PUNCTUATION_END) return PUNCTUATION_KINDS[code - PUNCTUATION_START] as number;
	return UNCOMMON;
}

/**
 * The visible text of nodes, whitespace-collapsed, with `<br>` and block boundaries counted
 * as spaces (so `<p>a</p><p>b</p>` reads `a b`, never `ab`). The subtrees of the elements
 * `skip` accepts (below the nodes) are left out.
 */
export function textOf(nodes: AnyNode | readonly AnyNode[], skip?: (el: Element) => boolean): string {
	const parts: string[] = [];
	for (const node of Array.isArray(nodes) ? nodes : [nodes as AnyNode]) appendText(node, parts, skip);
	return collapseWhitespace(parts.join(''));
}

/**
 * Like `textOf`, but every element boundary counts as a space: for reading values split over
 * adjacent inline elements (`<span>28.09.19</span><span>13:39</span>` is a date and a time).
 */
export function spacedTextOf(node: AnyNode): string {
	const parts: string[] = [];
	const visit = (current: AnyNode): void => {
		if (current.type === 'text') parts.push((current as unknown as {data: string}).data);
		else if (isElement(current)) {
			parts.push(' ');
			for (const child of current.children) visit(child);
			parts.push(' ');
		}
	};
	visit(node);
	return collapseWhitespace(parts.join(''));
}

function appendText(node: AnyNode, parts: string[], skip?: (el: Element) => boolean): void {
	if (node.type === 'text') {
		parts.push((node as unknown as {data: string}).data);
		return;
	}
	if (!isElement(node)) return;
	const tag = tagName(node);
	if (tag === 'script' || tag === 'style') return;
	const block = BLOCK_TAGS.has(tag);
	if (block) parts.push(' ');
	for (const child of node.children) if (!(skip && isElement(child) && skip(child))) appendText(child, parts, skip);
	if (block) parts.push(' ');
}

export {textLength};

/** Absolute links under `root` (or `root` itself), with their collapsed text; controls and anchors dropped. */
export function linksOf(roots: Element | readonly Element[], base: string): Link[] {
	const links: Link[] = [];
	const visit = (el: Element): void => {
		if (tagName(el) !== 'a') return;
		const href = el.attribs.href ?? '';
		if (href.trim().startsWith('#')) return;
		const resolved = resolveUrl(href, base);
		if (!resolved) return;
		let text = textOf(el);
		if (!text) text = collapseWhitespace(findImageAlt(el));
		links.push({href: resolved, text});
	};
	for (const root of Array.isArray(roots) ? roots : [roots as Element]) {
		visit(root);
		walkElements(root, (el) => void visit(el));
	}
	return links;
}

function findImageAlt(el: Element): string {
	let alt = '';
	walkElements(el, (child) => {
		if (!alt && tagName(child) === 'img') alt = child.attribs.alt ?? '';
	});
	return alt;
}

/** Length of text inside links divided by all text: 0 for prose, near 1 for menus and link lists. */
export function linkDensity(el: Element): number {
	const total = textLength(el);
	if (total === 0) return 0;
	let linked = 0;
	walkElements(el, (child) => {
		if (tagName(child) !== 'a') return true;
		linked += textLength(child);
		return false;
	});
	return Math.min(1, linked / total);
}
