import {parseHTML} from 'linkedom';

/**
 * Text normalisation as the corpus README defines it: entities decoded, `<br>` and block
 * boundaries turned into spaces, whitespace runs collapsed to one space, trimmed. Every
 * comparison in the harness (tokens, snippets, titles, authors) goes through here so that
 * both extractors and the expected files are measured with the same ruler.
 */

/** Elements whose start and end separate words, as a browser's layout would. */
const BLOCK_ELEMENTS = new Set([
	'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
	'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
	'img', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
	'tr', 'ul',
]);

/** Elements whose content is never visible text. */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'head']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface TextWalkNode {
	nodeType: number;
	nodeName: string;
	nodeValue: string | null;
	childNodes: ArrayLike<TextWalkNode>;
}

/** Collapse whitespace (including no-break spaces) to single spaces, trim, and NFC-normalise. */
export function normaliseText(text: string): string {
	return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The visible text of an HTML fragment or document, normalised. */
export function htmlToText(html: string): string {
	// Wrapping keeps fragments (Readability's `expected.html` is a bare <div>) parseable as a document.
	const {document} = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	const parts: string[] = [];
	collectText(document.body as unknown as TextWalkNode, parts);
	return normaliseText(parts.join(''));
}

function collectText(node: TextWalkNode, parts: string[]): void {
	if (node.nodeType === TEXT_NODE) {
		parts.push(node.nodeValue ?? '');
		return;
	}
	if (node.nodeType !== ELEMENT_NODE) return;
	const name = node.nodeName.toLowerCase();
	if (SKIPPED_ELEMENTS.has(name)) return;
	const block = BLOCK_ELEMENTS.has(name);
	if (block) parts.push(' ');
	for (const child of Array.from(node.childNodes)) collectText(child, parts);
	if (block) parts.push(' ');
}

/** Whitespace-separated words of normalised text. */
export function tokenize(text: string): string[] {
	const normalised = normaliseText(text);
	return normalised === '' ? [] : normalised.split(' ');
}
