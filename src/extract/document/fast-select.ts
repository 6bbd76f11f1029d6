import type {Cheerio, CheerioAPI} from 'cheerio';
import {compile} from 'css-select';
import type {Options} from 'css-select';
import {SelectorType, parse} from 'css-what';
import type {Selector} from 'css-what';
import type {AnyNode, Document, Element, ParentNode} from 'domhandler';
import {ElementIndex} from './element-index.js';
import type {KeyKind, PositionRange} from './element-index.js';

/**
 * CSS queries compiled once per selector. cheerio parses and compiles a selector on every
 * call: the rule engine asks the same dozen selectors of every comment, and parsing and
 * compiling were about a tenth of extraction time. Parsing is css-what's and matching
 * css-select's (cheerio's own engine, with the options cheerio passes in HTML mode), so
 * results are cheerio's; this module only caches the compiled matchers and looks them up
 * by key. Only jQuery's positional pseudo-classes (`:first`, `:eq(1)`…), which cheerio runs
 * outside css-select, still go to cheerio.
 */

type Match = (el: Element) => boolean;

/**
 * What an element must have to possibly match a compound, for looking candidates up instead
 * of trying every selector on every element: an id, a class word, a tag name or an attribute.
 */
type Key = {kind: KeyKind; value: string; needle?: string};

interface Complex {
	/** The complex selector matched as a document-wide query would (`$(selector)`). */
	global: Match;
	/** Matched as a query from `scope` would (`$(scope).find(selector)`). */
	scoped: Match;
	/** The rightmost compound's key, or null when it has none (`*`, pseudo-classes). */
	key: Key | null;
	/**
	 * The key of the compound an ancestor must match (`.tags` in `.tags a`, `ul > li`), or null:
	 * candidates outside every element with it cannot match, and on most pages no element has it.
	 */
	ancestorKey: Key | null;
}

export interface CompiledSelector {
	readonly list: readonly Complex[];
}

/** Compiled selector lists by their text; null for those only cheerio can run. */
const compiled = new Map<string, CompiledSelector | null>();

/** The selector compiled for direct matching, or null when only cheerio can run it. */
export function compileSelector(selector: string): CompiledSelector | null {
	let result = compiled.get(selector);
	if (result === undefined) {
		result = compileList(selector);
		compiled.set(selector, result);
	}
	return result;
}

/**
 * Make every `$(selector)` and `.find(selector)` of this document use compiled selectors when
 * the search starts from one node (the document or an element); anything else still goes to
 * cheerio. One hook instead of a change at every query.
 */
export function useCompiledSelectors($: CheerioAPI): void {
	const root = $.root()[0];
	if (root) {
		indexable.add(root);
		documentRoots.set($, root);
	}
	const cheerioFind = $.fn._findBySelector;
	$.fn._findBySelector = function findBySelector<T extends AnyNode>(this: Cheerio<T>, selector: string, limit: number): Cheerio<Element> {
		const query = limit === Number.POSITIVE_INFINITY && this.length === 1 ? compileSelector(selector) : null;
		const from = this[0];
		if (!query || !from || !(from.type === 'root' || isElement(from))) return cheerioFind.call(this, selector, limit);
		return this._make(query$(root, from as ParentNode, query));
	};
}

/**
 * The root of each prepared document: `$.root()` wraps it in a new cheerio object on every
 * call, and the comment rules query inside every comment, field by field.
 */
const documentRoots = new WeakMap<CheerioAPI, Document>();

function rootOf($: CheerioAPI): Document | undefined {
	return documentRoots.get($) ?? $.root()[0];
}

/** `$(selector)`: every matching element of the document, in document order. */
export function selectAll($: CheerioAPI, selector: string): Element[] {
	const query = compileSelector(selector);
	const root = rootOf($);
	if (!query || !root) return $(selector).toArray().filter(isElement);
	return query$(root, root, query);
}

/** `$(el).find(selector)`: the matching elements strictly inside `el`, in document order. */
export function selectWithin($: CheerioAPI, el: Element, selector: string): Element[] {
	const query = compileSelector(selector);
	if (!query) return $(el).find(selector).toArray().filter(isElement);
	return query$(rootOf($), el, query);
}

/** `$(elements).filter(selector).length > 0`. */
export function anyMatches($: CheerioAPI, elements: readonly Element[], selector: string): boolean {
	const query = compileSelector(selector);
	if (!query) return $(elements).filter(selector).length > 0;
	return elements.some((el) => matchesSelector(query, el, null));
}

/**
 * Whether `el` matches, as a document-wide query would have found it (no scope), or as a
 * query from `scope` would (the leftmost compound at or inside it).
 */
export function matchesSelector(query: CompiledSelector, el: Element, scope: Element | null): boolean {
	for (const complex of query.list) if (matchComplex(complex, el, scope)) return true;
	return false;
}

/**
 * Several compiled selector lists, looked up by key: for an element only the selectors whose
 * key it has are tried (most elements have none of the few classes and attributes a rule list
 * names, and trying all of them on every element was most of a query's time).
 */
export class SelectorIndex {
	readonly #byKind = {id: new Map<string, Entry[]>(), class: new Map<string, Entry[]>(), tag: new Map<string, Entry[]>(), attribute: new Map<string, Entry[]>()};
	readonly #always: Entry[] = [];
	/** Every complex with its key, in the queries' order, for looking candidates up; null when some complex has no key the element index serves. */
	readonly keyed: ReadonlyArray<Entry & {key: Key}> | null;

	constructor(queries: readonly CompiledSelector[]) {
		const keyed: Array<Entry & {key: Key}> = [];
		let indexed = true;
		queries.forEach((query, index) => {
			for (const complex of query.list) {
				const entry = {complex, index};
				if (complex.key && ElementIndex.serves(complex.key.kind, complex.key.value)) keyed.push({...entry, key: complex.key});
				else indexed = false;
				if (!complex.key) {
					this.#always.push(entry);
					continue;
				}
				// Matched one element at a time, a substring key is just its attribute's name.
				const byValue = this.#byKind[complex.key.kind === 'substring' ? 'attribute' : complex.key.kind];
				const entries = byValue.get(complex.key.value);
				if (entries) entries.push(entry);
				else byValue.set(complex.key.value, [entry]);
			}
		});
		this.keyed = indexed ? keyed : null;
	}

	/** The index of the first of the queries `el` matches, or -1. */
	firstMatch(el: Element, scope: Element | null): number {
		// No closures here: this runs for every element of every query.
		const {attribs} = el;
		let best = bestOf(this.#always, el, scope, -1);
		best = bestOf(this.#byKind.tag.get(el.name), el, scope, best);
		if (this.#byKind.id.size > 0 && attribs.id != null) best = bestOf(this.#byKind.id.get(attribs.id), el, scope, best);
		if (this.#byKind.class.size > 0 && attribs.class != null) {
			for (const word of attribs.class.split(WHITESPACE)) if (word) best = bestOf(this.#byKind.class.get(word), el, scope, best);
		}
		if (this.#byKind.attribute.size > 0) for (const name in attribs) best = bestOf(this.#byKind.attribute.get(name), el, scope, best);
		return best;
	}
}

/** The lower of `best` and the index of the first entry `el` matches (-1: none yet). */
function bestOf(entries: readonly Entry[] | undefined, el: Element, scope: Element | null, best: number): number {
	if (!entries) return best;
	for (const {complex, index} of entries) {
		if ((best === -1 || index < best) && matchComplex(complex, el, scope)) best = index;
	}
	return best;
}

interface Entry {
	complex: Complex;
	index: number;
}

/** What css-select's class test splits on (`\s` in `(?:^|\s)word(?:$|\s)`). */
const WHITESPACE = /\s+/;

/**
 * The element scoped matchers are relative to. css-select bakes a query's context into the
 * compiled function; a compiled function per scope element would bring back the compiling
 * this module saves, so the scoped matchers read it from here (set around each match; the
 * matchers call nothing that queries again).
 */
let currentScope: Element | null = null;

function matchComplex(complex: Complex, el: Element, scope: Element | null): boolean {
	if (scope === null) return complex.global(el);
	currentScope = scope;
	try {
		return complex.scoped(el);
	} finally {
		currentScope = null;
	}
}

/**
 * css-select ties a query from an element to it (`:scope` in front of each selector) only
 * when the element has an element parent; from a detached element nothing limits it.
 */
function scopeOf(el: Element): Element | null {
	return el.parent && isElement(el.parent) ? el : null;
}

const indexes = new WeakMap<CompiledSelector, SelectorIndex>();

function indexOf(query: CompiledSelector): SelectorIndex {
	let index = indexes.get(query);
	if (!index) {
		index = new SelectorIndex([query]);
		indexes.set(query, index);
	}
	return index;
}

/** Roots of documents `useCompiledSelectors` prepared: their element index is built on the first query. */
const indexable = new WeakSet<AnyNode>();
const elementIndexes = new WeakMap<AnyNode, ElementIndex>();

/** The element index of a prepared document, or undefined for other trees (clones, fragments). */
function elementIndexOf(root: AnyNode | undefined): ElementIndex | undefined {
	if (!root || !indexable.has(root)) return undefined;
	let index = elementIndexes.get(root);
	if (!index) {
		index = new ElementIndex(root as ParentNode);
		elementIndexes.set(root, index);
	}
	return index;
}

/**
 * The elements strictly inside `from` that match, in document order: from the element index's
 * candidates when the document has one and every complex has a key, else by walking `from`.
 */
function query$(root: AnyNode | undefined, from: ParentNode, query: CompiledSelector): Element[] {
	return matching(root, from, indexOf(query), (el) => el);
}

/**
 * `found(el, first)` for every element strictly inside `from` that matches one of `selectors`
 * (`first`: the index of the first it matches), in document order.
 */
export function everyFirstMatch<T>(root: AnyNode | undefined, from: ParentNode, selectors: SelectorIndex, found: (el: Element, first: number) => T): T[] {
	return matching(root, from, selectors, found);
}

function matching<T>(root: AnyNode | undefined, from: ParentNode, selectors: SelectorIndex, found: (el: Element, first: number) => T): T[] {
	const scope = isElement(from) ? scopeOf(from) : null;
	const results: T[] = [];
	const entries = selectors.keyed;
	const elements = entries ? elementIndexOf(root) : undefined;
	const range = elements?.rangeInside(from);
	if (!entries || !elements || !range) {
		collect(from, selectors, scope, (el, first) => results.push(found(el, first)));
		return results;
	}
	elements.startQuery();
	const [only] = entries;
	if (only && entries.length === 1) {
		for (const position of candidatesOf(elements, only, range)) {
			const el = elements.element(position);
			if (matchComplex(only.complex, el, scope) && elements.attached(position, from)) results.push(found(el, only.index));
		}
		return results;
	}
	// Each complex is tried on its own key's elements only; an element keeps the first query it matches.
	const firstOf = new Map<number, number>();
	for (const entry of entries) {
		const {complex, index} = entry;
		for (const position of candidatesOf(elements, entry, range)) {
			const known = firstOf.get(position);
			if (known !== undefined && known <= index) continue;
			if (matchComplex(complex, elements.element(position), scope)) firstOf.set(position, index);
		}
	}
	for (const position of [...firstOf.keys()].sort((a, b) => a - b)) {
		if (elements.attached(position, from)) results.push(found(elements.element(position), firstOf.get(position) as number));
	}
	return results;
}

/** The positions in `range` that have the entry's key and lie inside an element with its ancestor key (when it has one). */
function candidatesOf(elements: ElementIndex, entry: Entry & {key: Key}, range: PositionRange): readonly number[] {
	const candidates = elements.positions(entry.key, range);
	const {ancestorKey} = entry.complex;
	return ancestorKey ? elements.inside(candidates, ancestorKey) : candidates;
}

function collect(parent: ParentNode, index: SelectorIndex, scope: Element | null, found: (el: Element, first: number) => void): void {
	for (const child of parent.children) {
		if (!isElement(child)) continue;
		const first = index.firstMatch(child, scope);
		if (first >= 0) found(child, first);
		collect(child, index, scope, found);
	}
}

/** Element nodes as css-select sees them (tags, scripts, styles); dom.ts's `isElement`, kept here so dom.ts can use this module. */
function isElement(node: AnyNode | null | undefined): node is Element {
	return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

function isInclusiveAncestor(ancestor: Element, node: Element): boolean {
	for (let current: AnyNode | null = node; current; current = current.parent) if (current === ancestor) return true;
	return false;
}

/**
 * The options cheerio passes css-select for HTML documents (tag and attribute names
 * lower-cased, no quirks), without its per-compile descendant cache: a compiled matcher
 * lives for the whole run while documents change under it (rules remove nodes), and the
 * scoped matchers' answers change with the scope.
 */
const HTML_OPTIONS: Options<AnyNode, Element> = {xmlMode: false, quirksMode: false, lowerCaseTags: true, lowerCaseAttributeNames: true, cacheResults: false};

/**
 * A scoped query as cheerio's `find` makes it: `:scope` in front of each selector, a
 * descendant combinator between them unless the selector starts with a combinator (`> a`).
 * The leftmost compound may be the scope element itself (css-select's flexible descendant
 * for array contexts, which cheerio passes).
 */
const SCOPED_OPTIONS: Options<AnyNode, Element> = {...HTML_OPTIONS, relativeSelector: false, rootFunc: (el) => currentScope !== null && isInclusiveAncestor(currentScope, el)};
const SCOPED_AT_OPTIONS: Options<AnyNode, Element> = {...HTML_OPTIONS, relativeSelector: false, rootFunc: (el) => el === currentScope};
const UNIVERSAL: Selector = {type: SelectorType.Universal, namespace: null};

/** jQuery's positional pseudo-classes: cheerio runs them itself, outside css-select. */
const POSITIONAL_PSEUDOS = new Set(['first', 'last', 'eq', 'gt', 'nth', 'lt', 'even', 'odd']);

function compileList(selector: string): CompiledSelector | null {
	let tokens: Selector[][];
	try {
		tokens = parse(selector);
	} catch {
		return null;
	}
	if (tokens.length === 0 || tokens.some((complex) => complex.some(isPositional) || startsWithSibling(complex))) return null;
	const list: Complex[] = [];
	for (const complex of tokens) {
		const first = complex[0];
		const leadingCombinator = first !== undefined && isTraversal(first);
		list.push({
			global: compile<AnyNode, Element>([[...complex]], HTML_OPTIONS),
			scoped: leadingCombinator ? compile<AnyNode, Element>([[UNIVERSAL, ...complex]], SCOPED_AT_OPTIONS) : compile<AnyNode, Element>([[...complex]], SCOPED_OPTIONS),
			key: keyOf(complex),
			ancestorKey: ancestorKeyOf(complex),
		});
	}
	return {list};
}

function isPositional(token: Selector): boolean {
	if (token.type !== SelectorType.Pseudo) return false;
	if (POSITIONAL_PSEUDOS.has(token.name)) return true;
	return token.name === 'not' && Array.isArray(token.data) && token.data.some((complex) => complex.some(isPositional));
}

/** `+ a` and `~ a` from an element find its siblings, which a walk of its descendants never reaches: cheerio runs them. */
function startsWithSibling(complex: readonly Selector[]): boolean {
	const first = complex[0];
	return first !== undefined && (first.type === SelectorType.Adjacent || first.type === SelectorType.Sibling);
}

function isTraversal(token: Selector): boolean {
	return token.type === SelectorType.Descendant || token.type === SelectorType.Child || token.type === SelectorType.Adjacent
		|| token.type === SelectorType.Sibling || token.type === SelectorType.Parent || token.type === SelectorType.ColumnCombinator;
}

/**
 * The key of the compound left of the rightmost one when a descendant or child combinator joins
 * them: the element the rightmost compound matches lies strictly inside an element with that key.
 * Null for sibling combinators, a leading combinator (`> a` from a scope) and keys the element
 * index does not serve.
 */
function ancestorKeyOf(complex: readonly Selector[]): Key | null {
	let last = complex.length - 1;
	while (last >= 0 && !isTraversal(complex[last] as Selector)) last--;
	const combinator = complex[last];
	if (!combinator || (combinator.type !== SelectorType.Descendant && combinator.type !== SelectorType.Child)) return null;
	const key = keyOf(complex.slice(0, last));
	return key && ElementIndex.serves(key.kind, key.value) ? key : null;
}

/** Keys from most to least selective: an id or class word names few elements, a tag or an attribute many. */
const KEY_PRIORITY: readonly Key['kind'][] = ['id', 'class', 'substring', 'tag', 'attribute'];

const ASCII = /^[\x20-\x7e]+$/;

/** The key of the rightmost compound (the tokens after the last combinator). */
function keyOf(complex: readonly Selector[]): Key | null {
	let start = complex.length;
	while (start > 0 && !isTraversal(complex[start - 1] as Selector)) start--;
	const keys: Key[] = [];
	for (const token of complex.slice(start)) {
		if (token.type === SelectorType.Tag) keys.push({kind: 'tag', value: token.name.toLowerCase()});
		if (token.type !== SelectorType.Attribute) continue;
		const name = token.name.toLowerCase();
		// A case-insensitive id or class test can match words the lookup (exact) would miss.
		const exact = token.ignoreCase !== true;
		if (name === 'id' && token.action === 'equals' && exact) keys.push({kind: 'id', value: token.value});
		else if (name === 'class' && token.action === 'element' && exact && token.value !== '' && !WHITESPACE.test(token.value)) keys.push({kind: 'class', value: token.value});
		// `[name!=value]` also matches elements without the attribute; every other test fails on them.
		else if (token.action !== 'not') keys.push({kind: 'attribute', value: name});
		// Every value test but `!=` and `[name]` needs the value in the attribute, in some case: the
		// index finds those in the lower-cased values. Only ASCII values: case-insensitive tests of
		// other letters (Greek final sigma) match more than lower-casing finds.
		if (token.action !== 'not' && token.action !== 'exists' && token.value !== '' && ASCII.test(token.value)) keys.push({kind: 'substring', value: name, needle: token.value.toLowerCase()});
	}
	return KEY_PRIORITY.map((kind) => keys.find((candidate) => candidate.kind === kind)).find((candidate) => candidate !== undefined) ?? null;
}
