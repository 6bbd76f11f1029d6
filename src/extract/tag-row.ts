import type {CheerioAPI} from 'cheerio';
import type {AnyNode, Element} from 'domhandler';
import {isElement, walkElements} from './dom.js';
import {selectWithin} from './fast-select.js';
import {collapseWhitespace, textOf} from './text.js';

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
		const label = leadingLabel(el);
		if (label === null || !TAG_LABEL.test(label)) return;
		const links = selectWithin($, el, 'a[href]');
		if (links.length === 0 || !TAG_ROW_FILLER.test(textOutsideLinks(el).replace(label, ''))) return;
		tags = links.map((link) => textOf(link)).filter(Boolean);
		return false;
	});
	return tags;
}

/** The text `el` opens with: its first text, or the whole text of a first child that holds no element. */
function leadingLabel(el: Element): string | null {
	for (const child of el.children) {
		if (isElement(child)) return child.name !== 'a' && child.children.every((node) => !isElement(node)) ? collapseWhitespace(textOf(child)) : null;
		if (child.type === 'text' && child.data.trim() !== '') return collapseWhitespace(child.data.trim());
	}
	return null;
}

function textOutsideLinks(node: AnyNode): string {
	if (node.type === 'text') return node.data;
	if (!isElement(node) || node.name === 'a') return '';
	return node.children.map(textOutsideLinks).join('');
}
