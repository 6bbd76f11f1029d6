import type {AnyNode, Element, ParentNode} from 'domhandler';
import {isElement, tagName} from './dom.js';
import {BLOCK_TAGS} from './selectors.js';
import {isCollapsedSpace} from './text-measure.js';

/**
 * Per-node facts computed once per read-only pass, for searches that ask about every element
 * of a page: the structural comment search looked at every repeated sibling at every depth,
 * and walking each one's subtree again (its text, its links, its author and date fields)
 * made it quadratic in depth — one page of nested lists took a second.
 *
 * Every value here is what the walking helper it replaces returns (`textOf(node).length`,
 * `linkDensity`, `$(el).find(selector)`), only cached. The caches are only valid while the
 * tree does not change: make a new instance for each pass, after the last removal.
 */

/**
 * Whitespace-collapsed text of a subtree, described by its length before trimming and
 * whether it starts or ends with the (single) space a whitespace run collapses to. Two such
 * pieces join as their texts would: a space at the seam counts once.
 *
 * Packed into one number (`length * 4 + leading * 2 + trailing`): a shape object for every
 * node and every join was most of this module's garbage. Lengths stay far below 2^50.
 */
type TextShape = number;

const LEADING = 2;
const TRAILING = 1;
const EMPTY: TextShape = 0;
const SPACE: TextShape = shapeOf(1, true, true);

function shapeOf(length: number, leadingSpace: boolean, trailingSpace: boolean): TextShape {
	return length * 4 + (leadingSpace ? LEADING : 0) + (trailingSpace ? TRAILING : 0);
}

function lengthOf(shape: TextShape): number {
	return Math.floor(shape / 4);
}

/** Links (and what they hold) are left out of `ownLength`. */
const LINK_TAG = 'a';

export class TextLengths {
	readonly #all = new Map<AnyNode, TextShape>();
	readonly #withoutLinks = new Map<AnyNode, TextShape>();
	readonly #linked = new Map<Element, number>();

	/** `textOf(node).length`. */
	length(node: AnyNode): number {
		return trimmedLength(subtreeShape(node, this.#all, false));
	}

	/** `textOf(node).length` with every link under `node` (not `node` itself) taken out first. */
	lengthWithoutLinks(node: AnyNode): number {
		return trimmedLength(subtreeShape(node, this.#withoutLinks, true));
	}

	/** `linkDensity(el)`: text inside links divided by all text, at most 1. */
	linkDensity(el: Element): number {
		const total = this.length(el);
		if (total === 0) return 0;
		return Math.min(1, this.#linkedLength(el) / total);
	}

	/** Summed text lengths of the outermost links under `el` (not `el` itself). */
	#linkedLength(el: Element): number {
		const cached = this.#linked.get(el);
		if (cached !== undefined) return cached;
		let linked = 0;
		for (const child of el.children) {
			if (!isElement(child)) continue;
			linked += tagName(child) === LINK_TAG ? this.length(child) : this.#linkedLength(child);
		}
		this.#linked.set(el, linked);
		return linked;
	}
}

/**
 * `textOf(nodes).length`, counted without building the text: for one-off questions ("is this
 * box a byline's worth of text?") where building and collapsing the string was the cost.
 * Nothing is remembered, so it holds on a changing tree.
 */
export function textLength(nodes: AnyNode | readonly AnyNode[]): number {
	if (!Array.isArray(nodes)) return trimmedLength(subtreeShape(nodes as AnyNode, undefined, false));
	let shape = EMPTY;
	for (const node of nodes as readonly AnyNode[]) shape = join(shape, subtreeShape(node, undefined, false));
	return trimmedLength(shape);
}

/** The text shape of a subtree as `textOf` reads it (block boundaries are spaces); with `cache`, each element's is remembered. */
function subtreeShape(node: AnyNode, cache: Map<AnyNode, TextShape> | undefined, skipLinks: boolean): TextShape {
	if (node.type === 'text') return textShape((node as unknown as {data: string}).data);
	if (!isElement(node)) return EMPTY;
	const cached = cache?.get(node);
	if (cached !== undefined) return cached;
	const tag = tagName(node);
	let shape = EMPTY;
	if (tag !== 'script' && tag !== 'style') {
		const block = BLOCK_TAGS.has(tag);
		if (block) shape = SPACE;
		for (const child of node.children) {
			if (skipLinks && isElement(child) && tagName(child) === LINK_TAG) continue;
			shape = join(shape, subtreeShape(child, cache, skipLinks));
		}
		if (block) shape = join(shape, SPACE);
	}
	cache?.set(node, shape);
	return shape;
}

function join(left: TextShape, right: TextShape): TextShape {
	if (lengthOf(left) === 0) return right;
	if (lengthOf(right) === 0) return left;
	const seam = (left & TRAILING) !== 0 && (right & LEADING) !== 0 ? 1 : 0;
	return shapeOf(lengthOf(left) + lengthOf(right) - seam, (left & LEADING) !== 0, (right & TRAILING) !== 0);
}

function trimmedLength(shape: TextShape): number {
	return Math.max(0, lengthOf(shape) - (shape & LEADING ? 1 : 0) - (shape & TRAILING ? 1 : 0));
}

/** The shape of `data.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ')`, without building the string. */
function textShape(data: string): TextShape {
	let length = 0;
	let inSpace = false;
	for (let i = 0; i < data.length; i++) {
		if (isCollapsedSpace(data.charCodeAt(i))) {
			if (!inSpace) length++;
			inSpace = true;
		} else {
			length++;
			inSpace = false;
		}
	}
	if (length === 0) return EMPTY;
	return shapeOf(length, isCollapsedSpace(data.charCodeAt(0)), inSpace);
}

/**
 * Where every element sits in document order, so "the matches of a selector inside `el`"
 * is a range of one document-wide query instead of a query per element.
 */
export class DocumentOrder {
	readonly #start = new Map<Element, number>();
	readonly #end = new Map<Element, number>();

	constructor(root: ParentNode | undefined) {
		let next = 0;
		const visit = (parent: ParentNode): void => {
			for (const child of parent.children) {
				if (!isElement(child)) continue;
				this.#start.set(child, next++);
				visit(child);
				this.#end.set(child, next - 1);
			}
		};
		if (root) visit(root);
	}

	/** The element's place in document order; elements outside the tree sort last. */
	position(el: Element): number {
		return this.#start.get(el) ?? Number.MAX_SAFE_INTEGER;
	}

	/**
	 * The first of `matches` (in document order, as a query returns them) that lies strictly
	 * inside `el` and passes `accept`; what `$(el).find(selector).toArray().find(accept)` gives.
	 */
	firstInside(matches: readonly Element[], el: Element, accept: (match: Element) => boolean): Element | undefined {
		const start = this.#start.get(el);
		const end = this.#end.get(el);
		if (start === undefined || end === undefined) return undefined;
		for (let i = this.#firstAfter(matches, start); i < matches.length; i++) {
			const match = matches[i] as Element;
			const at = this.#start.get(match);
			if (at === undefined || at > end) break;
			if (accept(match)) return match;
		}
		return undefined;
	}

	/** Index of the first match whose position is after `position` (binary search). */
	#firstAfter(matches: readonly Element[], position: number): number {
		let low = 0;
		let high = matches.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if ((this.#start.get(matches[middle] as Element) ?? -1) <= position) low = middle + 1;
			else high = middle;
		}
		return low;
	}
}
