import type {Element} from 'domhandler';
import {isDateLine} from '../document/dates.js';
import {isElement, tagName} from '../document/dom.js';
import {textOf} from '../document/text.js';

/**
 * A press release's or a notice's fact line under its headline, set as labelled values one a
 * line (`<p><strong class="label">Ort</strong> <span>Saarbrücken</span><br><strong>Datum</strong>
 * <span>28.01.2022</span></p>`): where and when it was issued, metadata like a date stamp, not
 * the story's first paragraph. Each line opens with its label in an element of its own and is as
 * short as a label and a value; one of the values is a date.
 */
const FACT_LINE_MAX_LINES = 4;
const FACT_LABEL_MAX_CHARS = 30;
const FACT_LINE_MAX_CHARS = 60;

const LABEL_TAGS = new Set(['strong', 'b', 'span', 'em', 'dt', 'label']);

export function isFactLine(el: Element): boolean {
	if (tagName(el) !== 'p' && tagName(el) !== 'div') return false;
	// Asked of every paragraph the body reader meets: most open with text, and need not be split.
	const opening = el.children.find((child) => child.type !== 'text' || child.data.trim());
	if (!isElement(opening) || !LABEL_TAGS.has(tagName(opening))) return false;
	const lines = linesOf(el);
	if (lines.length === 0 || lines.length > FACT_LINE_MAX_LINES) return false;
	let dated = false;
	for (const line of lines) {
		const [label] = line;
		if (!isElement(label) || !LABEL_TAGS.has(tagName(label))) return false;
		const labelText = textOf(label);
		const text = textOf(line);
		if (!labelText || labelText.length > FACT_LABEL_MAX_CHARS || text.length > FACT_LINE_MAX_CHARS || text.length <= labelText.length) return false;
		if (isDateLine(text.slice(labelText.length))) dated = true;
	}
	return dated;
}

/** `el`'s children split at its `<br>`s, the empty runs left out. */
function linesOf(el: Element): Element['children'][] {
	const lines: Element['children'][] = [[]];
	for (const child of el.children) {
		if (isElement(child) && tagName(child) === 'br') lines.push([]);
		else if (child.type !== 'text' || child.data.trim()) lines[lines.length - 1]?.push(child);
	}
	return lines.filter((line) => line.length > 0);
}
