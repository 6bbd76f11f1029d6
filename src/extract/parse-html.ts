import {DomHandler} from 'domhandler';
import type {ChildNode, Document, Element} from 'domhandler';
import {Parser} from 'htmlparser2';
import {parserTokenizer} from './fast-tokenizer.js';

/** A page parsed by htmlparser2, with what loading asks of the tree noted while it was built. */
export interface ParsedHtml {
	readonly document: Document;
	/** Whether a `<body>` element is anywhere in the tree. */
	readonly hasBody: boolean;
	/** How deep the deepest element lies; the document's own children are at depth 1. */
	readonly depth: number;
}

/**
 * Parse HTML into a tree without its comments (`<!-- -->`, and CDATA sections, which HTML
 * parses as comments): they are never content, and leaving them out as they come costs
 * nothing, where removing them took a walk over every element.
 */
export function parseHtml(html: string): ParsedHtml {
	const builder = new TreeBuilder();
	new Parser(builder, {xmlMode: false, decodeEntities: true, Tokenizer: parserTokenizer}).end(html);
	return {document: builder.root, hasBody: builder.hasBody, depth: builder.depth};
}

/** domhandler's tree builder, noting `<body>` and depth as elements open, so loading need not walk the tree for them. */
class TreeBuilder extends DomHandler {
	hasBody = false;
	depth = 0;

	override onopentag(name: string, attribs: Record<string, string>): void {
		super.onopentag(name, attribs);
		if (name === 'body') this.hasBody = true;
		// The stack holds the document and every open element, the new one last.
		const depth = this.tagStack.length - 1;
		if (depth > this.depth) this.depth = depth;
	}

	/** Dropped, not added. Text on either side stays two text nodes, as removing the comment would leave it. */
	override oncomment(): void {
		this.lastNode = null;
	}

	/**
	 * An anchor without `href` that no `</a>` closed (XHTML's self-closed target `<a name="top"/>`,
	 * which HTML reads as an open tag) wraps everything after it up to its parent's end, often
	 * the whole page. It is no link: without `href` an `<a>` is a placeholder (HTML spec), and
	 * browsers end it at the next `<a>` anyway. Its content goes back to its parent, where
	 * link-density counts would otherwise read all of it as link text.
	 */
	override onclosetag(_name?: string, isImplied?: boolean): void {
		const element = this.tagStack[this.tagStack.length - 1] as Element;
		super.onclosetag();
		if (isImplied && element.name === 'a' && element.attribs.href === undefined) unwrap(element);
	}
}

/** Put an element's children in its place. */
function unwrap(element: Element): void {
	const parent = element.parent;
	if (!parent) return;
	const children = element.children as ChildNode[];
	const index = parent.children.indexOf(element);
	parent.children.splice(index, 1, ...children);
	for (const child of children) child.parent = parent;
	const first = children[0];
	const last = children[children.length - 1];
	if (first && last) {
		first.prev = element.prev;
		last.next = element.next;
		if (element.prev) element.prev.next = first;
		if (element.next) element.next.prev = last;
	} else {
		if (element.prev) element.prev.next = element.next;
		if (element.next) element.next.prev = element.prev;
	}
	element.children = [];
	element.parent = element.prev = element.next = null;
}
