import {DomHandler} from 'domhandler';
import type {Document, Element} from 'domhandler';
import {Parser} from 'htmlparser2';
import {closePicture, readAmpElement} from './amp.js';
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
		readAmpElement(this.tagStack[this.tagStack.length - 1] as Element);
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
	 * link-density counts would otherwise read all of it as link text. It is closed empty where
	 * it stands, as XHTML meant, and its content follows it: the anchor stays a fragment target
	 * (`#top`, a comment's `#comment-12`).
	 */
	override onclosetag(_name?: string, isImplied?: boolean): void {
		const element = this.tagStack[this.tagStack.length - 1] as Element;
		super.onclosetag();
		closePicture(element);
		if (isImplied && element.name === 'a' && element.attribs.href === undefined) closeEmpty(element);
	}
}

/** Move an element's children out after it, leaving it empty in its place. */
function closeEmpty(element: Element): void {
	const {parent, children} = element;
	const first = children[0];
	const last = children[children.length - 1];
	if (!parent || !first || !last) return;
	parent.children.splice(parent.children.indexOf(element) + 1, 0, ...children);
	for (const child of children) child.parent = parent;
	last.next = element.next;
	if (element.next) element.next.prev = last;
	first.prev = element;
	element.next = first;
	element.children = [];
}
