import {load} from 'cheerio';
import type {CheerioAPI} from 'cheerio';
import type {AnyNode, ChildNode, Element, ParentNode} from 'domhandler';
import {MARK_ATTRIBUTE_PREFIX} from './element-index.js';
import {SelectorIndex, compileSelector, everyFirstMatch, selectAll, selectWithin, useCompiledSelectors} from './fast-select.js';
import type {CompiledSelector} from './fast-select.js';
import {parseHtml} from './parse-html.js';
import {BLOCK_TAGS, NON_CONTENT_TAGS} from './selectors.js';

/** Token lists as `selectors.ts` writes them: whole-token matches and token-prefix matches. */
export interface TokenList {
	readonly exact: readonly string[];
	readonly stems: readonly string[];
}

/**
 * How deep the tree may nest: Chromium's parser stops at 512 levels
 * (`kMaximumHTMLParserDOMTreeDepth`) and puts deeper elements side by side, so readers see
 * what lies deeper flat too. The cap also bounds the recursion in the extractor's tree walks
 * (thousands of unclosed `<div>`s overflowed the stack).
 */
const MAX_TREE_DEPTH = 512;

/**
 * Parse HTML with htmlparser2 (`parseHtml`): it also builds a tree from truncated or malformed
 * markup and is about five times faster than parse5 on the corpus (7 vs 35 ms a page), which
 * was the single largest cost of extraction; the corpus scores did not change. Unlike parse5 it
 * adds no implied `<body>`, which the extractor's stages rely on: documents without one
 * (fragments, cut-off downloads) are parsed by parse5, as browsers would. Either way the tree
 * has no HTML comments (they are never content) and is no deeper than `MAX_TREE_DEPTH`.
 */
export function loadDocument(html: string): CheerioAPI {
	const parsed = parseHtml(html);
	let $: CheerioAPI;
	if (parsed.hasBody) {
		// The parser noted the depth: a tree no deeper than the cap has nothing to flatten.
		if (parsed.depth > MAX_TREE_DEPTH) capDepth(parsed.document, MAX_TREE_DEPTH);
		$ = load(parsed.document, HTMLPARSER2_OPTIONS);
	} else {
		$ = loadWithParse5(html);
	}
	useCompiledSelectors($);
	return $;
}

/** Cheerio's options for an htmlparser2 tree: markup later given to `$()` is parsed (and rendered) by htmlparser2 too. */
const HTMLPARSER2_OPTIONS = {xml: {xmlMode: false, decodeEntities: true}} as const;

/** parse5's tree, made like `parseHtml`'s: without comments, no deeper than the cap. */
function loadWithParse5(html: string): CheerioAPI {
	const $ = load(html);
	const root = $.root()[0];
	if (root) {
		removeHtmlComments(root);
		capDepth(root, MAX_TREE_DEPTH);
	}
	return $;
}

/**
 * Flatten everything below `maxDepth` into the element at that depth, in document order.
 * Recursive: the recursion is as deep as the cap at most, and a stack of pending nodes
 * allocated for every element was a percent of loading.
 */
function capDepth(node: ParentNode, maxDepth: number, depth = 0): void {
	if (depth >= maxDepth) {
		flattenInto(node);
		return;
	}
	for (const child of node.children) if (isElement(child) && child.children.length > 0) capDepth(child, maxDepth, depth + 1);
}

function flattenInto(node: ParentNode): void {
	const flat: ChildNode[] = [];
	const pending: ChildNode[] = [...node.children].reverse();
	while (pending.length > 0) {
		const current = pending.pop() as ChildNode;
		flat.push(current);
		if (isElement(current) && current.children.length > 0) {
			for (let i = current.children.length - 1; i >= 0; i--) pending.push(current.children[i] as ChildNode);
			current.children = [];
		}
	}
	flat.forEach((child, index) => {
		child.parent = node;
		child.prev = flat[index - 1] ?? null;
		child.next = flat[index + 1] ?? null;
	});
	node.children = flat;
}

/**
 * Elements matching any of `selectors`, each once, ordered by the first selector it matches,
 * then document order: what trying each selector in turn finds first. The document is walked
 * once: each query is a full walk, and precedence lists of 10–20 selectors made those walks
 * most of the extraction time. Selectors after the last element is placed are not compiled.
 */
export function selectInPrecedence($: CheerioAPI, selectors: readonly string[]): Element[] {
	if (selectors.length === 0) return [];
	const index = precedenceIndexOf(selectors);
	if (index) return inPrecedence($, index);
	let remaining = $(selectors.join(', ')).toArray().filter(isElement);
	if (remaining.length <= 1 || selectors.length === 1) return remaining;
	const ordered: Element[] = [];
	for (const selector of selectors) {
		if (remaining.length === 0) break;
		const matched = new Set($(remaining).filter(selector).toArray());
		if (matched.size === 0) continue;
		ordered.push(...remaining.filter((el) => matched.has(el)));
		remaining = remaining.filter((el) => !matched.has(el));
	}
	return ordered;
}

/**
 * The compiled selectors of a precedence list, looked up by key, or null when cheerio must run
 * some of them. Remembered by the list: the metadata readers ask the same constant lists of
 * every page, and building the lookup anew was a third of their search.
 */
function precedenceIndexOf(selectors: readonly string[]): PrecedenceIndex | null {
	let index = precedenceIndexes.get(selectors);
	if (index === undefined) {
		const queries = selectors.map(compileSelector);
		index = queries.every((query) => query !== null) ? {selectorCount: queries.length, selectors: new SelectorIndex(queries as CompiledSelector[])} : null;
		precedenceIndexes.set(selectors, index);
	}
	return index;
}

interface PrecedenceIndex {
	/** How many selectors the list has: one bucket each. */
	readonly selectorCount: number;
	readonly selectors: SelectorIndex;
}

const precedenceIndexes = new WeakMap<readonly string[], PrecedenceIndex | null>();

/** `selectInPrecedence` for compiled selectors: one walk, each element placed by the first selector it matches. */
function inPrecedence($: CheerioAPI, index: PrecedenceIndex): Element[] {
	const placed: Element[][] = Array.from({length: index.selectorCount}, () => []);
	const root = $.root()[0];
	if (root) everyFirstMatch(root, root, index.selectors, (el, first) => placed[first]?.push(el));
	return placed.flat();
}

/** Type guard for element nodes (tags, scripts and styles all count). */
export function isElement(node: AnyNode | null | undefined): node is Element {
	return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

export function tagName(node: AnyNode): string {
	if (!isElement(node)) return '';
	const {name} = node;
	let lower = lowerCaseNames.get(name);
	if (lower === undefined) {
		lower = name.toLowerCase();
		if (lowerCaseNames.size < MAX_REMEMBERED_NAMES) lowerCaseNames.set(name, lower);
	}
	return lower;
}

/**
 * Lower-cased tag names, remembered: `tagName` runs for nearly every element in every stage,
 * and lower-casing anew each time was a percent or two of extraction. Bounded, since pages can
 * make up any number of custom element names.
 */
const lowerCaseNames = new Map<string, string>();
const MAX_REMEMBERED_NAMES = 2000;

/** Child elements of a node, in order. */
export function childElements(node: ParentNode): Element[] {
	return node.children.filter(isElement);
}

/**
 * Remove what is never visible content: scripts, styles, templates, SVG (`loadDocument` left
 * out HTML comments). Runs after metadata has read the JSON-LD scripts. A `<noscript>` that
 * holds the only copy of a picture is the picture a lazy-loading script would show, and stays
 * (read as any other wrapper).
 */
export function stripNonContent($: CheerioAPI): void {
	const removed: Element[] = [];
	for (const el of selectAll($, NON_CONTENT_TAGS.join(','))) {
		if (!isLazyPictureFallback($, el)) removed.push(el);
		// The placeholders the script would swap for the picture (`src="data:…"`) are not a second picture.
		else for (const img of selectWithin($, el.parent as Element, 'img')) if (!contains(el, img)) removed.push(img);
	}
	$(removed).remove();
}

/**
 * A `<noscript>` holding one picture and no text, with no other copy of a picture beside it
 * in its parent: a lazy-loading script's fallback (`<div class="cmp-image"><noscript><img
 * src=…></noscript><span>Figure 1: …</span></div>`, Next.js's `<img src="data:…">` placeholder
 * and `<noscript><img src=…>`), the only place the page gives that picture. Beside a
 * placeholder that names the file (`<img data-src=…>`) the fallback is a second copy and goes.
 */
function isLazyPictureFallback($: CheerioAPI, el: Element): boolean {
	const parent = el.parent;
	if (tagName(el) !== 'noscript' || !isElement(parent) || selectWithin($, el, 'img').length !== 1 || $(el).text().trim() !== '') return false;
	return selectWithin($, parent, 'img').every((img) => contains(el, img) || !namesPictureFile(img));
}

/** Attributes a lazy-loading placeholder names its picture's file in. */
const LAZY_SOURCE_ATTRIBUTES = ['srcset', 'data-srcset', 'data-src', 'data-lazy-src', 'data-original', 'data-url'];

/** Whether an `<img>` names a picture file: a source that is no inline `data:` placeholder, or a lazy-loading attribute. */
function namesPictureFile(img: Element): boolean {
	const {src} = img.attribs;
	return (!!src && !src.trim().startsWith('data:')) || LAZY_SOURCE_ATTRIBUTES.some((name) => !!img.attribs[name]);
}

function removeHtmlComments(node: ParentNode): void {
	let hasComment = false;
	for (const child of node.children) {
		if (child.type === 'comment') hasComment = true;
		else if (isElement(child)) removeHtmlComments(child);
	}
	// Copied only when something is removed: copying every element's child list was most of this walk.
	if (hasComment) for (const child of [...node.children]) if (child.type === 'comment') removeNode(child);
}

/** Detach a node from the tree. */
export function removeNode(node: AnyNode): void {
	const parent = node.parent;
	if (!parent) return;
	const index = parent.children.indexOf(node as never);
	if (index >= 0) parent.children.splice(index, 1);
	if (node.prev) node.prev.next = node.next;
	if (node.next) node.next.prev = node.prev;
	node.parent = null;
	node.prev = null;
	node.next = null;
}

/** Matches `display:none` / `visibility:hidden` in an inline style. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i;

/** Whether an element is hidden from readers by attribute or inline style. */
export function isHidden(el: Element): boolean {
	const {attribs} = el;
	if (attribs[SHOWN_MARK] !== undefined) return false;
	if ('hidden' in attribs && !STREAMED_SEGMENT_ID.test(attribs.id ?? '')) return true;
	if (attribs['aria-hidden'] === 'true') return true;
	const style = attribs.style;
	return style !== undefined && HIDDEN_STYLE.test(style);
}

/**
 * React's streaming server render sends a late part of the page as `<div hidden id="S:0">` and a
 * script that moves it into its placeholder at once: the reader sees it, so `hidden` there does
 * not hide it. The number after `S:` is written in hex (`S:a` is the tenth).
 */
const STREAMED_SEGMENT_ID = /^S:[0-9a-f]+$/;

/**
 * Set on a hidden box the extractor reads as shown: the page hid its article there until a
 * script showed it (see `hidden-article.ts`). Neither its hiding attribute, style nor class
 * hides it then; what is hidden inside it stays hidden.
 */
export const SHOWN_MARK = `${MARK_ATTRIBUTE_PREFIX}shown`;

/** Whether an element or one of its ancestors is hidden from readers (`isHidden`). */
export function isWithinHidden(el: Element): boolean {
	for (let node: AnyNode | null = el; isElement(node); node = node.parent) if (isHidden(node)) return true;
	return false;
}

/**
 * Remove elements readers cannot see, and return them (each without the hidden elements it
 * held). Done for the body only: a comment thread is read before this, because sites collapse
 * replies with inline `display:none` that scripts undo.
 */
export function removeHidden($: CheerioAPI): Element[] {
	const hidden = hiddenByAttribute($);
	for (const el of hidden) removeNode(el);
	return hidden;
}

/** The elements `isHidden` hides, in document order. */
export function hiddenByAttribute($: CheerioAPI): Element[] {
	return selectAll($, HIDING_ATTRIBUTES).filter(isHidden);
}

/**
 * The attributes `isHidden` reads: only elements with one can be hidden, and the element index
 * lists them, where asking every element of the page was a percent of extraction.
 */
const HIDING_ATTRIBUTES = '[hidden], [aria-hidden], [style]';

/**
 * CSS frameworks' classes that hide an element on every screen (Bootstrap 3's `hidden`, 4's
 * `d-none`; Bootstrap's and Tailwind's `invisible`, `visibility: hidden`): what they mark is a
 * counter, a tooltip or a widget the reader never sees until a script shows it (a sign-up box
 * drawn in after load). Responsive variants (`hidden-xs`, `md:visible`) hide on some screens
 * only and are other tokens.
 */
const HIDING_CLASSES = new Set(['hidden', 'd-none', 'invisible']);

export function hasHidingClass(el: Element): boolean {
	const classes = el.attribs.class;
	// Split only a class that holds one of the names somewhere: this runs for every element the body reader meets.
	if (!classes || !HIDING_CLASS_LIST.some((name) => classes.includes(name))) return false;
	const names = classes.split(/\s+/);
	return names.some((name) => HIDING_CLASSES.has(name)) && !names.some((name) => SHOWN_FROM_BREAKPOINT.test(name)) && el.attribs[SHOWN_MARK] === undefined;
}

/**
 * A display class for wider screens (Tailwind's `md:block`, `lg:flex`; Bootstrap's `d-md-block`):
 * beside a hiding class it hides the element on phones only (`hidden md:block`, `d-none d-lg-flex`),
 * and the page shows it from that width up, as on the desktop the archive reads.
 */
const SHOWN_FROM_BREAKPOINT = /^(?:(?:sm|md|lg|xl|2xl):|d-(?:sm|md|lg|xl|xxl)-)(?:block|flex|grid|inline|inline-block|inline-flex|inline-grid|table|table-cell|table-row|flow-root|contents|list-item)$/;

const HIDING_CLASS_LIST = [...HIDING_CLASSES];

/** Elements whose class may be one of `HIDING_CLASSES` (`hasHidingClass` tells). */
export const HIDING_CLASS_SELECTOR = HIDING_CLASS_LIST.map((name) => `.${name}`).join(', ');

/**
 * The words of an element's class and id: split on separators and camelCase, lower-cased.
 * `widgetOffers content-body` gives `widget offers content body`.
 */
export function tokensOf(el: Element): readonly string[] {
	const classes = el.attribs.class ?? '';
	const id = el.attribs.id ?? '';
	let byId = tokensByAttributes.get(classes);
	let tokens = byId?.get(id);
	if (tokens === undefined) {
		tokens = splitTokens(`${roleClasses(classes)} ${id}`);
		if (rememberedTokenLists >= MAX_REMEMBERED_TOKEN_LISTS) {
			tokensByAttributes.clear();
			rememberedTokenLists = 0;
			byId = undefined;
		}
		if (!byId) {
			byId = new Map();
			tokensByAttributes.set(classes, byId);
		}
		byId.set(id, tokens);
		rememberedTokenLists++;
	}
	return tokens;
}

/** The element's class words alone, its id left out (not remembered: asked of few elements). */
export function classTokensOf(el: Element): readonly string[] {
	return splitTokens(roleClasses(el.attribs.class ?? ''));
}

/**
 * The class names that can name a role: utility classes with an arbitrary value in brackets
 * (Tailwind's `scroll-mt-[var(--header-height)]`, `[&_.sidebar]:hidden`) are left out, as the
 * words inside are CSS (a custom property, a selector for other elements, a value), not what the
 * element is: a heading styled to clear a sticky `header` is not one.
 */
function roleClasses(classes: string): string {
	if (!classes.includes('[')) return classes;
	return classes.split(/\s+/).filter((name) => !name.includes('[')).join(' ');
}

/**
 * The lower-cased runs of ASCII letters and digits in `raw`, split where a lower-case letter
 * meets an upper-case one: `raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/)`
 * without the empty words. Class names are nearly always ASCII, and this loop makes no
 * intermediate strings (the regex chain was most of the cost of a class name not seen yet);
 * other text takes the regex chain, since lower-casing some letters gives ASCII ones (`K` → `k`).
 */
function splitTokens(raw: string): string[] {
	const tokens: string[] = [];
	let lower: string | null = null;
	let start = -1;
	let previousWasLower = false;
	for (let i = 0; i <= raw.length; i++) {
		const code = i < raw.length ? raw.charCodeAt(i) : 0x20;
		if (code >= 0x80) return splitTokensByRegex(raw);
		const isLower = code >= 0x61 && code <= 0x7a;
		const isUpper = code >= 0x41 && code <= 0x5a;
		const inWord = isLower || isUpper || (code >= 0x30 && code <= 0x39);
		if (start >= 0 && (!inWord || (isUpper && previousWasLower))) {
			lower ??= raw.toLowerCase();
			tokens.push(lower.slice(start, i));
			start = -1;
		}
		if (inWord && start < 0) start = i;
		previousWasLower = isLower;
	}
	return tokens;
}

function splitTokensByRegex(raw: string): string[] {
	return raw
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
}

/**
 * Token lists by class, then id, remembered: the scorer, the boilerplate filter and the comment
 * search ask for the same elements' tokens, and siblings share their classes. Looked up by the
 * attribute strings themselves, which keep their hash: a joined key was a new string to hash
 * on every call, and this runs for nearly every element in several stages. Bounded (cleared
 * when full), as a long crawl meets ever new class names.
 */
const tokensByAttributes = new Map<string, Map<string, readonly string[]>>();
let rememberedTokenLists = 0;
const MAX_REMEMBERED_TOKEN_LISTS = 5000;

/** Whether any token equals an `exact` word or starts with a `stems` word. */
export function hasToken(tokens: readonly string[], list: TokenList): boolean {
	for (const token of tokens) {
		if (list.exact.includes(token)) return true;
		for (const stem of list.stems) if (token.startsWith(stem)) return true;
	}
	return false;
}

/**
 * `test` of a token list, remembered by the list: `tokensOf` gives every element with the same
 * class and id one array, pages repeat their classes hundreds of times, and a test matches
 * every token against word lists a hundred long (and joins neighbours into compounds).
 */
export function rememberedByTokens(test: (tokens: readonly string[]) => boolean): (tokens: readonly string[]) => boolean {
	const verdicts = new WeakMap<readonly string[], boolean>();
	return (tokens) => {
		let verdict = verdicts.get(tokens);
		if (verdict === undefined) {
			verdict = test(tokens);
			verdicts.set(tokens, verdict);
		}
		return verdict;
	};
}

/** Whether `ancestor` contains `node` (or is it). */
export function contains(ancestor: AnyNode, node: AnyNode): boolean {
	for (let current: AnyNode | null = node; current; current = current.parent) {
		if (current === ancestor) return true;
	}
	return false;
}

/**
 * Whether `el` or an element above it has one of the tag names: `$(el).closest('nav, aside')`
 * without a cheerio wrapper and a selector matched anew at every level (the metadata readers
 * ask this of every byline and date candidate). Names compare as css-select compares them.
 */
export function withinTags(el: Element, names: ReadonlySet<string>): boolean {
	for (let node: AnyNode | null = el; isElement(node); node = node.parent) if (names.has(node.name)) return true;
	return false;
}

/** Whether an element holds a block element at any depth: without one, it reads as one run of inline text. */
export function hasBlockDescendant(el: Element): boolean {
	return el.children.some((child) => isElement(child) && (BLOCK_TAGS.has(tagName(child)) || hasBlockDescendant(child)));
}

/** The element just before `node` among its siblings, text and comments passed over; null when none. */
export function previousElement(node: Element): Element | null {
	for (let previous = node.prev; previous; previous = previous.prev) if (isElement(previous)) return previous;
	return null;
}

/** The element just after `node` among its siblings, text and comments passed over; null when none. */
export function nextElement(node: Element): Element | null {
	for (let next = node.next; next; next = next.next) if (isElement(next)) return next;
	return null;
}

/** Walk every element under `root` in document order; `visit` returning false skips the subtree. */
export function walkElements(root: ParentNode, visit: (el: Element) => boolean | void): void {
	for (const child of root.children) {
		if (!isElement(child)) continue;
		if (visit(child) === false) continue;
		walkElements(child, visit);
	}
}
