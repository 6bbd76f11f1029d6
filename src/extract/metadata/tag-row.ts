import type {CheerioAPI} from 'cheerio';
import type {AnyNode, Element} from 'domhandler';
import {isElement, walkElements} from '../document/dom.js';
import {selectWithin} from '../document/fast-select.js';
import {collapseWhitespace, textOf} from '../document/text.js';

/**
 * The label a theme prints before a row of tag links ("Tag: calcio – mondiali", "Schlagworte: …"),
 * in the languages the archive holds. The colon is required: a bare "Tags" is a section heading,
 * and a row of links under it is as often a tag cloud of the whole site.
 */
const TAG_LABEL = /^(?:tags?|(?:schlag|stich)w(?:o|ö|oe)rter?|etichette|mots[- ]cl[ée]s|etiquetas)\s*:$/iu;
/** What may stand between the links of a tag row besides the label: separators, no words. */
const TAG_ROW_FILLER = /^[\s,;|/·•–—-]*$/u;

/**
 * The links of a labelled tag row: an element that opens with the tag label (as its first text
 * or as a label element of its own) and holds otherwise only links and separators. Themes with
 * hashed class names give no tag selector a hold, but they print the label for readers.
 */
export function labelledTagRow($: CheerioAPI): string[] {
	let tags: string[] = [];
	walkElements($.root()[0]!, (el) => {
		if (tags.length > 0) return false;
		const label = leadingTagLabel(el);
		if (label === null) return;
		const links = selectWithin($, el, 'a[href]');
		if (links.length === 0 || !TAG_ROW_FILLER.test(textOutsideLinks(el).replace(label, ''))) return;
		tags = links.map((link) => textOf(link)).filter(Boolean);
		return false;
	});
	return tags;
}

/**
 * The tag label `el` opens with: its first text, or the whole text of a first child that holds
 * no element, when that reads as the label. Asked of every element of the page: a text without
 * the label's colon is not collapsed to be tested, as most elements' first text has none.
 */
function leadingTagLabel(el: Element): string | null {
	for (const child of el.children) {
		if (isElement(child)) return child.name !== 'a' && child.children.every((node) => !isElement(node)) && child.children.some(holdsColon) ? asTagLabel(textOf(child)) : null;
		if (child.type === 'text' && child.data.trim() !== '') return holdsColon(child) ? asTagLabel(collapseWhitespace(child.data)) : null;
	}
	return null;
}

/** Whether `node` is a text with a colon, which every tag label ends in (`TAG_LABEL`). */
function holdsColon(node: AnyNode): boolean {
	return node.type === 'text' && node.data.includes(':');
}

/** `text` (collapsed) if it reads as a tag label, else null. */
function asTagLabel(text: string): string | null {
	return TAG_LABEL.test(text) ? text : null;
}

function textOutsideLinks(node: AnyNode): string {
	if (node.type === 'text') return node.data;
	if (!isElement(node) || node.name === 'a') return '';
	return node.children.map(textOutsideLinks).join('');
}
