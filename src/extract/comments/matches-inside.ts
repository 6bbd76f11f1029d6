import type {Element} from 'domhandler';
import {isElement} from '../document/dom.js';

/**
 * The matches of one page-wide query, asked for again inside single elements: how many lie
 * inside an element, and the first of them (in document order) that passes a test. Counted
 * once up every match's ancestors, so an answer looks only into the subtrees that hold
 * matches — not into the whole element, and without numbering every element of the page.
 * Valid while the tree is unchanged.
 */
export class MatchesInside {
	readonly #matches: ReadonlySet<Element>;
	/** How many matches lie strictly inside each element that holds any. */
	readonly #inside = new Map<Element, number>();

	constructor(matches: readonly Element[]) {
		this.#matches = new Set(matches);
		for (const match of matches) {
			for (let node = match.parent; node && isElement(node); node = node.parent) this.#inside.set(node, (this.#inside.get(node) ?? 0) + 1);
		}
	}

	/** How many matches lie strictly inside `el`. */
	count(el: Element): number {
		return this.#inside.get(el) ?? 0;
	}

	/** The first match strictly inside `el`, in document order, that `accept` takes; what `$(el).find(selector).toArray().find(accept)` gives. */
	first(el: Element, accept: (match: Element) => boolean): Element | null {
		for (const child of el.children) {
			if (!isElement(child)) continue;
			if (this.#matches.has(child) && accept(child)) return child;
			if (this.count(child) === 0) continue;
			const inside = this.first(child, accept);
			if (inside) return inside;
		}
		return null;
	}
}
