import type {AnyNode, Element, ParentNode} from 'domhandler';

/**
 * Where each element of a loaded document sits, and which elements carry each tag name, id,
 * class word and attribute name, so a query looks only at the elements that have its
 * rightmost compound's key instead of walking the whole tree: about fifty document-wide
 * queries a page, each a full walk, were a quarter of extraction time.
 *
 * The extractor only ever takes elements out of a loaded document (removals, and child lists
 * set aside for a while), never puts new ones in (clones live in documents of their own), and
 * never changes a tag name, id or class. So the index, built once, still lists every element a
 * walk would find: a candidate counts only once it is checked to still hang in the tree,
 * through every parent's child list. The one thing the extractor does write is its own mark
 * attributes (`MARK_ATTRIBUTE_PREFIX`): queries for those are not answered from the index.
 */

/** Attributes the extractor sets on elements while it reads them; they are not in the index. */
export const MARK_ATTRIBUTE_PREFIX = 'data-newsvault-';

/** Joins attribute values for substring search; never in a needle (needles are printable ASCII). */
const VALUE_SEPARATOR = '\u0000';

/** What css-select's class test splits on (`\s` in `(?:^|\s)word(?:$|\s)`). */
const WHITESPACE = /\s+/;

/** `substring`: elements whose attribute `value` holds `needle` when lower-cased. */
export type KeyKind = 'id' | 'class' | 'tag' | 'attribute' | 'substring';

export interface IndexKey {
	readonly kind: KeyKind;
	readonly value: string;
	/** For `substring` keys: the lower-case text the attribute value must contain. */
	readonly needle?: string;
}

/** A stretch of positions: the elements inside one element (or the whole document). */
export interface PositionRange {
	readonly first: number;
	readonly last: number;
}

type Lists = Map<string, number[]>;

export class ElementIndex {
	/** Elements in document order as built: the position of an element is its index here. */
	readonly #elements: Element[] = [];
	/** Position of the last element inside each element (its own position when it has none). */
	readonly #end: number[] = [];
	/** Position of each element's parent as built; -1 when it is the root. */
	readonly #parentAt: number[] = [];
	/** Where each element was in its parent's child list when last checked (lists shrink as nodes are removed). */
	readonly #childIndex: number[] = [];
	/** Positions of the elements queries started from, found as they were asked (see `#positionOf`); -1 for elements not indexed. */
	readonly #scopes = new Map<Element, number>();
	/** For each parent position (-1: the root), where the search of its elements for `#positionOf` stopped. */
	readonly #siblingsScannedTo = new Map<number, number>();
	/** The query number that last found the element attached (see `attached`). */
	#attachedIn: Uint32Array;
	#query = 0;
	/** Positions by key, each kind built on its first lookup: many pages never ask for some kinds. */
	readonly #byKind: Record<Exclude<KeyKind, 'substring'>, Lists | null> = {id: null, class: null, tag: null, attribute: null};
	/** Lower-cased values of each attribute a substring key asked for, joined: where each value starts, and its element's position. */
	readonly #lowerValues = new Map<string, {positions: readonly number[]; starts: number[]; text: string}>();
	/** What `#scanHolding` found, by attribute and needle: the same field selectors are asked inside every comment. */
	readonly #holdingNeedle = new Map<string, number[]>();
	/** The class lists by lower-cased word, for substring keys on `class`. */
	#lowerClassWords: Array<{word: string; positions: number[]}> | null = null;
	readonly #root: ParentNode;

	/**
	 * Built without a Map from element to position: a set for every element of the page was
	 * most of building the index and of the garbage it left. Queries need the position of few
	 * elements (the ones they start from), found by `#positionOf`; the climb in `attached`
	 * follows `#parentAt`.
	 */
	constructor(root: ParentNode) {
		this.#root = root;
		this.#add(root, -1);
		this.#attachedIn = new Uint32Array(this.#elements.length);
	}

	/** Index the elements inside `parent`, which is at `parentAt`. */
	#add(parent: ParentNode, parentAt: number): void {
		const {children} = parent;
		for (let i = 0; i < children.length; i++) {
			const child = children[i] as AnyNode;
			if (!isElement(child)) continue;
			const position = this.#elements.length;
			this.#elements.push(child);
			this.#parentAt.push(parentAt);
			this.#childIndex.push(i);
			this.#end.push(position);
			if (child.children.length > 0) this.#add(child, position);
			this.#end[position] = this.#elements.length - 1;
		}
	}

	/**
	 * The position of an element as built, or undefined when it is not in this index: found
	 * among its parent's elements as built (one step per sibling before it, past each one's
	 * elements), the parent's found the same way, and remembered. Elements never move to
	 * another parent, so only an element taken out of the tree, or one of another tree (a
	 * clone), has none to climb to, and is looked for among all.
	 */
	#positionOf(el: Element): number | undefined {
		const known = this.#scopes.get(el);
		if (known !== undefined) return known < 0 ? undefined : known;
		const {parent} = el;
		const parentAt = parent === this.#root ? -1 : isElement(parent) ? this.#positionOf(parent) : undefined;
		if (parentAt !== undefined) {
			const last = parentAt < 0 ? this.#elements.length - 1 : (this.#end[parentAt] as number);
			// The siblings passed on the way are remembered too, and the search goes on from where the
			// last one stopped: queries start from each item of a list in turn, and starting over from
			// the first sibling each time was quadratic in a long list.
			let at = this.#siblingsScannedTo.get(parentAt) ?? parentAt + 1;
			for (; at <= last; at = (this.#end[at] as number) + 1) {
				const sibling = this.#elements[at] as Element;
				this.#scopes.set(sibling, at);
				if (sibling === el) break;
			}
			this.#siblingsScannedTo.set(parentAt, at <= last ? (this.#end[at] as number) + 1 : at);
			if (at <= last) return at;
		}
		const position = this.#elements.indexOf(el);
		this.#scopes.set(el, position);
		return position < 0 ? undefined : position;
	}

	/** The positions strictly inside `from` (the indexed root, or one of its elements as built); null when `from` is not in this index. */
	rangeInside(from: ParentNode): PositionRange | null {
		if (from === this.#root) return {first: 0, last: this.#elements.length - 1};
		const position = isElement(from) ? this.#positionOf(from) : undefined;
		if (position === undefined) return null;
		return {first: position + 1, last: this.#end[position] as number};
	}

	/** Whether a key can be looked up here (marks the extractor sets later cannot). */
	static serves(kind: KeyKind, value: string): boolean {
		return (kind !== 'attribute' && kind !== 'substring') || !value.startsWith(MARK_ATTRIBUTE_PREFIX);
	}

	/** The positions in `range` of the elements that had the key when the index was built, ascending. */
	positions(key: IndexKey, range: PositionRange): readonly number[] {
		if (key.kind === 'substring') return this.#holding(key.value, key.needle ?? '', range);
		const list = (this.#byKind[key.kind] ??= this.#listsOf(key.kind)).get(key.value);
		return list ? inRange(list, range.first, range.last) : [];
	}

	/**
	 * The entries of `candidates` (ascending positions) that lie strictly inside an element that
	 * had `ancestor` when the index was built. Elements are never moved to a new parent, so an
	 * element inside none of those then is inside none of them now.
	 */
	inside(candidates: readonly number[], ancestor: IndexKey): readonly number[] {
		if (candidates.length === 0) return candidates;
		const holders = this.positions(ancestor, {first: 0, last: this.#elements.length - 1});
		const kept: number[] = [];
		let next = 0;
		// The furthest end of the holders before the candidate: ranges nest, so it is inside one iff it is at or before that end.
		let reach = -1;
		for (const position of candidates) {
			for (let holder = holders[next]; holder !== undefined && holder < position; holder = holders[++next]) reach = Math.max(reach, this.#end[holder] as number);
			if (reach >= position) kept.push(position);
		}
		return kept;
	}

	#holding(attribute: string, needle: string, range: PositionRange): readonly number[] {
		const key = `${attribute}\u0000${needle}`;
		let holding = this.#holdingNeedle.get(key);
		if (!holding) {
			holding = attribute === 'class' && needle !== '' && !WHITESPACE.test(needle) ? this.#classWordsHolding(needle) : this.#scanHolding(attribute, needle);
			this.#holdingNeedle.set(key, holding);
		}
		return inRange(holding, range.first, range.last);
	}

	/**
	 * Every position whose lower-cased class holds `needle`, which has no whitespace, ascending:
	 * a match then lies within one class word, so the page's distinct class words (a few
	 * hundred) are searched instead of every class attribute's text, and the class lists give
	 * their elements. Most substring keys are class tests (`[class*="author" i]`).
	 */
	#classWordsHolding(needle: string): number[] {
		this.#lowerClassWords ??= [...(this.#byKind.class ??= this.#listsOf('class'))].map(([word, positions]) => ({word: word.toLowerCase(), positions}));
		const lists: number[][] = [];
		for (const {word, positions} of this.#lowerClassWords) if (word.includes(needle)) lists.push(positions);
		if (lists.length <= 1) return lists[0] ?? [];
		// An element whose class has two such words ("comment comment-body") is listed once.
		return [...new Set(lists.flat())].sort((a, b) => a - b);
	}

	/**
	 * Every position whose lower-cased `attribute` holds `needle`, ascending. The attribute's
	 * values are searched as one text (values joined by a character no needle holds): one
	 * `indexOf` pass per needle instead of a call per element.
	 */
	#scanHolding(attribute: string, needle: string): number[] {
		let values = this.#lowerValues.get(attribute);
		if (!values) {
			const positions = (this.#byKind.attribute ??= this.#listsOf('attribute')).get(attribute) ?? [];
			const raw = positions.map((position) => (this.#elements[position] as Element).attribs[attribute] ?? '');
			values = {positions, ...joinLowered(raw)};
			this.#lowerValues.set(attribute, values);
		}
		const found: number[] = [];
		if (needle === '' || needle.includes(VALUE_SEPARATOR)) return found;
		const {positions, starts, text} = values;
		for (let at = text.indexOf(needle); at >= 0; ) {
			// The value the match lies in: the last one starting at or before it.
			const value = upperBound(starts, at) - 1;
			found.push(positions[value] as number);
			const next = starts[value + 1];
			if (next === undefined) break;
			at = text.indexOf(needle, next);
		}
		return found;
	}

	element(position: number): Element {
		return this.#elements[position] as Element;
	}

	#listsOf(kind: Exclude<KeyKind, 'substring'>): Lists {
		// Plain loops, no closure or split arrays: this runs over every element of the page for each kind.
		const lists: Lists = new Map();
		const elements = this.#elements;
		// Siblings repeat their class attribute (every item of a list, every comment): each distinct
		// one is split once, and its words, already hashed, are looked up again for the next.
		const wordsOf = new Map<string, string[]>();
		for (let position = 0; position < elements.length; position++) {
			const el = elements[position] as Element;
			const {attribs} = el;
			if (kind === 'tag') addTo(lists, el.name, position);
			else if (kind === 'attribute') for (const name in attribs) addTo(lists, name, position);
			else if (kind === 'id') {
				if (attribs.id !== undefined) addTo(lists, attribs.id, position);
			} else if (attribs.class !== undefined) {
				let words = wordsOf.get(attribs.class);
				if (!words) {
					words = attribs.class.split(WHITESPACE).filter((word) => word !== '');
					wordsOf.set(attribs.class, words);
				}
				for (const word of words) addTo(lists, word, position);
			}
		}
		return lists;
	}

	/** Start a query: what `attached` learns about ancestors holds until the next one. */
	startQuery(): void {
		this.#query++;
		if (this.#query === 0xffffffff) {
			this.#attachedIn = new Uint32Array(this.#elements.length);
			this.#query = 1;
		}
	}

	/**
	 * Whether the element at `position` is reachable from `from` through child lists: every
	 * parent up to `from` still lists it. Ancestors found attached earlier in the same query
	 * end the climb (siblings share their ancestors).
	 */
	attached(position: number, from: ParentNode): boolean {
		let node = this.#elements[position] as Element;
		let at = position;
		for (;;) {
			if (this.#attachedIn[at] === this.#query) return true;
			const parent = node.parent;
			if (!parent) return false;
			const {children} = parent;
			let index = this.#childIndex[at] as number;
			if (children[index] !== node) {
				index = children.indexOf(node);
				if (index < 0) return false;
				this.#childIndex[at] = index;
			}
			if (parent === from) break;
			// Elements never move to another parent: one that is not the parent as built is not indexed.
			const parentAt = this.#parentAt[at] as number;
			if (parentAt < 0 || this.#elements[parentAt] !== parent) return false;
			node = parent;
			at = parentAt;
		}
		// The chain is good: mark it for the siblings and cousins still to come.
		for (let marked = position; marked >= 0 && this.#elements[marked] !== from && this.#attachedIn[marked] !== this.#query; marked = this.#parentAt[marked] as number) {
			this.#attachedIn[marked] = this.#query;
		}
		return true;
	}
}

/**
 * The values lower-cased and joined by `VALUE_SEPARATOR`, with where each starts. Joined, then
 * lower-cased in one call instead of one per value: the same text, as the separator is neither
 * a letter nor ignored by casing (a final sigma stays final), unless a letter lowers to more
 * than one (İ) and moves the starts, which the length shows; then value by value.
 */
function joinLowered(values: readonly string[]): {starts: number[]; text: string} {
	const joined = values.join(VALUE_SEPARATOR);
	const text = joined.toLowerCase();
	if (text.length === joined.length) return {starts: startsOf(values), text};
	const lowered = values.map((value) => value.toLowerCase());
	return {starts: startsOf(lowered), text: lowered.join(VALUE_SEPARATOR)};
}

/** Where each value starts in the values joined by `VALUE_SEPARATOR`. */
function startsOf(values: readonly string[]): number[] {
	const starts: number[] = [];
	let at = 0;
	for (const value of values) {
		starts.push(at);
		at += value.length + VALUE_SEPARATOR.length;
	}
	return starts;
}

function addTo(lists: Lists, value: string, position: number): void {
	const list = lists.get(value);
	if (!list) lists.set(value, [position]);
	// A word repeated in one class attribute lists the element once.
	else if (list[list.length - 1] !== position) list.push(position);
}

/** The entries of an ascending list between `first` and `last` inclusive. */
function inRange(list: readonly number[], first: number, last: number): readonly number[] {
	if (list.length === 0 || first > last) return [];
	const low = lowerBound(list, first);
	let end = low;
	while (end < list.length && (list[end] as number) <= last) end++;
	return low === 0 && end === list.length ? list : list.slice(low, end);
}

/** Index of the first entry of an ascending list that is greater than `value`. */
function upperBound(list: readonly number[], value: number): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((list[middle] as number) <= value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Index of the first entry of an ascending list that is at least `value`. */
function lowerBound(list: readonly number[], value: number): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((list[middle] as number) < value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Element nodes as css-select sees them (tags, scripts, styles). */
function isElement(node: AnyNode | null | undefined): node is Element {
	return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}
