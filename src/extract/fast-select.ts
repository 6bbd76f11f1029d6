import type {Cheerio, CheerioAPI} from 'cheerio';
import type {AnyNode, Element, ParentNode} from 'domhandler';

/**
 * CSS queries for the plain selectors the extractor's rule lists are written in (tags,
 * classes, ids, attribute tests, descendant, child and adjacent-sibling combinators), compiled
 * once per selector and matched on domhandler nodes directly. cheerio parses and compiles a
 * selector on every call: the rule engine asks the same dozen selectors of every comment, and
 * parsing and compiling were about a tenth of extraction time. Anything else (pseudo-classes,
 * `~`, escapes, namespaces, commas inside values) goes to cheerio. The corpus check: on every
 * page, every rule-list selector found the same elements in the same order as cheerio
 * (928,800 queries, document-wide and from sampled elements).
 *
 * The matching follows css-select (cheerio's engine) in HTML mode: tag and attribute names
 * lower-cased; class and id tests case-sensitive; `[attr=value]` case-insensitive for HTML's
 * case-insensitive attributes (`rel`, `type`…) unless an `i`/`s` flag says otherwise.
 */

type Test = (el: Element) => boolean;
type Combinator = 'descendant' | 'child' | 'adjacent';

/**
 * What an element must have to possibly match a compound, for looking candidates up instead
 * of trying every selector on every element: an id, a class word, a tag name or an attribute.
 */
type Key = {kind: 'id' | 'class' | 'tag' | 'attribute'; value: string};

interface Complex {
	/** Compounds left to right; each is a list of tests that must all pass. */
	compounds: Test[][];
	/** `combinators[i]` joins compound i and i + 1. */
	combinators: Combinator[];
	/** The rightmost compound's key, or null when it has none (`*`). */
	key: Key | null;
}

export interface CompiledSelector {
	readonly list: readonly Complex[];
}

/** Compiled selector lists by their text; null for those only cheerio can run. */
const compiled = new Map<string, CompiledSelector | null>();

/** The selector compiled for direct matching, or null when it is outside the plain subset. */
export function compileSelector(selector: string): CompiledSelector | null {
	let result = compiled.get(selector);
	if (result === undefined) {
		result = parseSelectorList(selector);
		compiled.set(selector, result);
	}
	return result;
}

/**
 * Make every `$(selector)` and `.find(selector)` of this document use compiled selectors when
 * the selector is plain and the search starts from one node (the document or an element);
 * anything else still goes to cheerio. One hook instead of a change at every query.
 */
export function useCompiledSelectors($: CheerioAPI): void {
	const cheerioFind = $.fn._findBySelector;
	$.fn._findBySelector = function findBySelector<T extends AnyNode>(this: Cheerio<T>, selector: string, limit: number): Cheerio<Element> {
		const query = limit === Number.POSITIVE_INFINITY && this.length === 1 ? compileSelector(selector) : null;
		const from = this[0];
		if (!query || !from || !(from.type === 'root' || isElement(from))) return cheerioFind.call(this, selector, limit);
		const found: Element[] = [];
		collect(from as ParentNode, indexOf(query), isElement(from) ? scopeOf(from) : null, found);
		return this._make(found);
	};
}

/** `$(selector)`: every matching element of the document, in document order. */
export function selectAll($: CheerioAPI, selector: string): Element[] {
	const query = compileSelector(selector);
	const root = $.root()[0];
	if (!query || !root) return $(selector).toArray().filter(isElement);
	const found: Element[] = [];
	collect(root, indexOf(query), null, found);
	return found;
}

/** `$(el).find(selector)`: the matching elements strictly inside `el`, in document order. */
export function selectWithin($: CheerioAPI, el: Element, selector: string): Element[] {
	const query = compileSelector(selector);
	if (!query) return $(el).find(selector).toArray().filter(isElement);
	const found: Element[] = [];
	collect(el, indexOf(query), scopeOf(el), found);
	return found;
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
	for (const complex of query.list) if (matchAt(el, complex, complex.compounds.length - 1, scope)) return true;
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

	constructor(queries: readonly CompiledSelector[]) {
		queries.forEach((query, index) => {
			for (const complex of query.list) {
				const entry = {complex, index};
				if (!complex.key) {
					this.#always.push(entry);
					continue;
				}
				const byValue = this.#byKind[complex.key.kind];
				const entries = byValue.get(complex.key.value);
				if (entries) entries.push(entry);
				else byValue.set(complex.key.value, [entry]);
			}
		});
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
		if ((best === -1 || index < best) && matchAt(el, complex, complex.compounds.length - 1, scope)) best = index;
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

function collect(parent: ParentNode, index: SelectorIndex, scope: Element | null, found: Element[]): void {
	for (const child of parent.children) {
		if (!isElement(child)) continue;
		if (index.firstMatch(child, scope) >= 0) found.push(child);
		collect(child, index, scope, found);
	}
}

/** Element nodes as css-select sees them (tags, scripts, styles); dom.ts's `isElement`, kept here so dom.ts can use this module. */
function isElement(node: AnyNode | null | undefined): node is Element {
	return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

function parentElement(el: Element): Element | null {
	const parent: AnyNode | null = el.parent;
	return parent && isElement(parent) ? parent : null;
}

function matchAt(el: Element, complex: Complex, index: number, scope: Element | null): boolean {
	const tests = complex.compounds[index] as Test[];
	for (const test of tests) if (!test(el)) return false;
	if (index === 0) return scope === null || isInclusiveAncestor(scope, el);
	const combinator = complex.combinators[index - 1];
	if (combinator === 'child') {
		const parent = parentElement(el);
		return parent !== null && matchAt(parent, complex, index - 1, scope);
	}
	if (combinator === 'adjacent') {
		const previous = previousElement(el);
		return previous !== null && matchAt(previous, complex, index - 1, scope);
	}
	for (let ancestor = parentElement(el); ancestor; ancestor = parentElement(ancestor)) {
		if (matchAt(ancestor, complex, index - 1, scope)) return true;
	}
	return false;
}

/** The nearest element before `el` by its `prev` links (css-select's adapter, domutils, reads those). */
function previousElement(el: Element): Element | null {
	let previous: AnyNode | null = el.prev;
	while (previous !== null && !isElement(previous)) previous = previous.prev;
	return previous;
}

function isInclusiveAncestor(ancestor: Element, node: Element): boolean {
	for (let current: AnyNode | null = node; current; current = current.parent) if (current === ancestor) return true;
	return false;
}

/** HTML attributes whose values css-select compares case-insensitively by default. */
const CASE_INSENSITIVE_ATTRIBUTES = new Set([
	'accept', 'accept-charset', 'align', 'alink', 'axis', 'bgcolor', 'charset', 'checked', 'clear', 'codetype', 'color',
	'compact', 'declare', 'defer', 'dir', 'direction', 'disabled', 'enctype', 'face', 'frame', 'hreflang', 'http-equiv',
	'lang', 'language', 'link', 'media', 'method', 'multiple', 'nohref', 'noresize', 'noshade', 'nowrap', 'readonly',
	'rel', 'rev', 'rules', 'scope', 'scrolling', 'selected', 'shape', 'target', 'text', 'type', 'valign', 'valuetype', 'vlink',
]);

const IDENT = /^[A-Za-z0-9_-]+/;
const ATTRIBUTE = /^\[\s*([A-Za-z0-9_:-]+)\s*(?:([~^$*]?=)\s*(?:"([^"\\]*)"|'([^'\\]*)'|([A-Za-z0-9_-]+))\s*(?:([iIsS])\s*)?)?\]/;
const REGEX_SPECIAL = /[-[\]{}()*+?.,\\^$|#\s]/g;

function escapeRegex(value: string): string {
	return value.replace(REGEX_SPECIAL, '\\$&');
}

function parseSelectorList(selector: string): CompiledSelector | null {
	const list: Complex[] = [];
	for (const part of selector.split(',')) {
		const complex = parseComplex(part.trim());
		if (!complex) return null;
		list.push(complex);
	}
	return list.length > 0 ? {list} : null;
}

function parseComplex(text: string): Complex | null {
	const compounds: Test[][] = [];
	const combinators: Combinator[] = [];
	let key: Key | null = null;
	let rest = text;
	while (rest.length > 0) {
		const parsed = parseCompound(rest);
		if (!parsed) return null;
		compounds.push(parsed.tests);
		key = parsed.key;
		rest = parsed.rest;
		if (rest.length === 0) break;
		const combinator = /^\s*([>+])?\s*/.exec(rest);
		if (!combinator || combinator[0].length === 0) return null;
		combinators.push(combinator[1] === '>' ? 'child' : combinator[1] === '+' ? 'adjacent' : 'descendant');
		rest = rest.slice(combinator[0].length);
	}
	return compounds.length > 0 && compounds.length === combinators.length + 1 ? {compounds, combinators, key} : null;
}

/** Keys from most to least selective: an id or class word names few elements, a tag or an attribute many. */
const KEY_PRIORITY: readonly Key['kind'][] = ['id', 'class', 'tag', 'attribute'];

function parseCompound(text: string): {tests: Test[]; key: Key | null; rest: string} | null {
	const tests: Test[] = [];
	const keys: Key[] = [];
	let rest = text;
	const tag = IDENT.exec(rest);
	if (tag) {
		const name = tag[0].toLowerCase();
		tests.push((el) => el.name === name);
		keys.push({kind: 'tag', value: name});
		rest = rest.slice(tag[0].length);
	} else if (rest.startsWith('*')) {
		rest = rest.slice(1);
	}
	for (;;) {
		const first = rest[0];
		if (first === '.' || first === '#') {
			const ident = IDENT.exec(rest.slice(1));
			if (!ident) return null;
			const value = ident[0];
			if (first === '.') tests.push(wordTest('class', value, false));
			else tests.push((el) => el.attribs.id === value);
			keys.push({kind: first === '.' ? 'class' : 'id', value});
			rest = rest.slice(1 + value.length);
			continue;
		}
		if (first === '[') {
			const attribute = ATTRIBUTE.exec(rest);
			if (!attribute) return null;
			const test = attributeTest(attribute);
			if (!test) return null;
			tests.push(test);
			// Every attribute test fails on an element without the attribute.
			keys.push({kind: 'attribute', value: (attribute[1] as string).toLowerCase()});
			rest = rest.slice(attribute[0].length);
			continue;
		}
		break;
	}
	if (rest === text) return null;
	// Only a combinator or the end may follow a compound; anything else is for cheerio.
	if (rest.length > 0 && !/^[\s>+]/.test(rest)) return null;
	const key = KEY_PRIORITY.map((kind) => keys.find((candidate) => candidate.kind === kind)).find((candidate) => candidate !== undefined) ?? null;
	return {tests, key, rest};
}

function attributeTest(match: RegExpExecArray): Test | null {
	const name = (match[1] as string).toLowerCase();
	const operator = match[2];
	if (operator === undefined) return (el) => Object.hasOwn(el.attribs, name) && el.attribs[name] != null;
	const value = match[3] ?? match[4] ?? match[5] ?? '';
	const flag = match[6]?.toLowerCase();
	const ignoreCase = flag === 'i' ? true : flag === 's' ? false : CASE_INSENSITIVE_ATTRIBUTES.has(name);
	const read = (el: Element): string | undefined => el.attribs[name];
	switch (operator) {
		case '=': {
			if (!ignoreCase) return (el) => read(el) === value;
			const lower = value.toLowerCase();
			return (el) => {
				const attr = read(el);
				return attr != null && attr.length === lower.length && attr.toLowerCase() === lower;
			};
		}
		case '~=':
			return wordTest(name, value, ignoreCase);
		case '^=': {
			if (value === '') return () => false;
			if (!ignoreCase) return (el) => !!read(el)?.startsWith(value);
			const lower = value.toLowerCase();
			return (el) => {
				const attr = read(el);
				return attr != null && attr.length >= lower.length && attr.substr(0, lower.length).toLowerCase() === lower;
			};
		}
		case '$=': {
			if (value === '') return () => false;
			if (!ignoreCase) return (el) => !!read(el)?.endsWith(value);
			const lower = value.toLowerCase();
			return (el) => read(el)?.substr(-lower.length).toLowerCase() === lower;
		}
		case '*=': {
			if (value === '') return () => false;
			if (!ignoreCase) return (el) => !!read(el)?.includes(value);
			const pattern = new RegExp(escapeRegex(value), 'i');
			return (el) => {
				const attr = read(el);
				return attr != null && attr.length >= value.length && pattern.test(attr);
			};
		}
		default:
			return null;
	}
}

/** `[name~=value]` (and `.value` for classes): one of the whitespace-separated words. */
function wordTest(name: string, value: string, ignoreCase: boolean): Test {
	if (/\s/.test(value)) return () => false;
	const pattern = new RegExp(`(?:^|\\s)${escapeRegex(value)}(?:$|\\s)`, ignoreCase ? 'i' : '');
	return (el) => {
		const attr = el.attribs[name];
		return attr != null && attr.length >= value.length && pattern.test(attr);
	};
}
