import type {CheerioAPI} from 'cheerio';
import type {Element} from 'domhandler';
import {childElements, nextElement, previousElement, removeNode, tagName} from '../document/dom.js';
import {selectAll} from '../document/fast-select.js';
import {textOf} from '../document/text.js';

/**
 * Remove a sponsor's section from a newsletter's body: a line that only says the next part is
 * paid for ("sponsored", "Anzeige"), set off with the copy after it between two horizontal
 * rules (`<hr>` … `<p><em>sponsored</em></p><p>…</p><p><a>Apply now</a></p>` … `<hr>`). The
 * rules say where the advertiser's words end and the writer's begin again; the label says whose
 * they are. Without a rule on both sides the label stands alone, and only it is dropped (by
 * the text rules for ad labels). Done for the body only, like `removeHidden`.
 */
export function removeSponsoredSections($: CheerioAPI): void {
	for (const label of selectAll($, 'p')) {
		// The rule before is asked first: most paragraphs follow another, and their text need not be read.
		const before = previousElement(label);
		if (!before || !isRule(before) || !SPONSOR_LABEL.test(textOf(label))) continue;
		const copy = copyUpToRule(label);
		if (!copy) continue;
		for (const el of [label, ...copy]) removeNode(el);
	}
}

/** The whole text of a line that marks paid-for copy. */
const SPONSOR_LABEL = /^\s*(?:sponsored|sponsor|sponsored (?:content|message|post)|paid (?:post|partnership)|partner content|advertisement|anzeige|werbung|publicité|pubblicità|publicidad)\s*$/i;

/** A sponsor's copy is an ad's few lines: more before a rule is the writer's own text, read on. */
const MAX_SPONSOR_ELEMENTS = 12;

/** The elements after the label up to the next rule, or null when no rule comes within an ad's length. */
function copyUpToRule(label: Element): Element[] | null {
	const copy: Element[] = [];
	for (let el = nextElement(label); el; el = nextElement(el)) {
		if (isRule(el)) return copy.length > 0 ? copy : null;
		if (copy.length >= MAX_SPONSOR_ELEMENTS) return null;
		copy.push(el);
	}
	return null;
}

/** A horizontal rule, bare or in a box of its own (`<div><hr></div>`). */
function isRule(el: Element): boolean {
	if (tagName(el) === 'hr') return true;
	const children = childElements(el);
	return children.length === 1 && tagName(children[0] as Element) === 'hr' && textOf(el).trim() === '';
}
