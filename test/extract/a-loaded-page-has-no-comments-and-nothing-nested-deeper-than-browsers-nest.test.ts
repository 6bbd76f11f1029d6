import type {AnyNode, ParentNode} from 'domhandler';
import {describe, expect, it} from 'vitest';
import {isElement, loadDocument} from '../../src/extract/document/dom.js';

/** Every node under `root`, in document order. */
function nodesUnder(root: ParentNode): AnyNode[] {
	const nodes: AnyNode[] = [];
	const visit = (node: ParentNode): void => {
		for (const child of node.children) {
			nodes.push(child);
			if ('children' in child) visit(child);
		}
	};
	visit(root);
	return nodes;
}

/** How deep the deepest element lies; the document's own children are at depth 1. */
function depthOf(node: ParentNode): number {
	let deepest = 0;
	for (const child of node.children) if (isElement(child)) deepest = Math.max(deepest, 1 + depthOf(child));
	return deepest;
}

/** Chromium's parser nests no deeper than this; `loadDocument` puts what lies deeper side by side. */
const BROWSER_DEPTH = 512;

/** A page whose `<p>` (a child of the innermost `<div>`) lies at `depth`: `<html>` and `<body>` are two levels. */
const paragraphAt = (depth: number): string => `<html><body>${'<div>'.repeat(depth - 3)}<p>deepest <b>words</b></p>${'</div>'.repeat(depth - 3)}<p>after</p></body></html>`;

/** Each child of the innermost `<div>`: a tag name with its child count, or a text. */
const innermostDivChildren = ($: ReturnType<typeof loadDocument>): string[] =>
	($('div').last()[0]?.children ?? []).map((child) => (isElement(child) ? `<${child.name}> ${child.children.length}` : 'data' in child ? child.data : child.type));

describe('a loaded page', () => {
	it('has no HTML comments or CDATA sections, and the text either side of one stays two text nodes', () => {
		const $ = loadDocument('<!doctype html><!-- head note --><html><body><p>before<!-- ad slot -->after</p><![CDATA[ x ]]><div><!--x--></div></body></html>');
		const root = $.root()[0] as ParentNode;
		expect(nodesUnder(root).filter((node) => node.type === 'comment')).toEqual([]);
		const paragraph = $('p')[0] as ParentNode;
		expect(paragraph.children.map((child) => ('data' in child ? child.data : child.type))).toEqual(['before', 'after']);
		const [before, after] = paragraph.children;
		expect(before?.next).toBe(after);
		expect(after?.prev).toBe(before);
		expect($('div')[0]?.children).toEqual([]);
	});

	it('has no comments when it had no <body> and parse5 built it', () => {
		const $ = loadDocument('<p>a fragment<!-- cut --> of a page</p><!-- trailer -->');
		expect($('body').length).toBe(1);
		expect(nodesUnder($.root()[0] as ParentNode).filter((node) => node.type === 'comment')).toEqual([]);
		expect($('p').text()).toBe('a fragment of a page');
	});

	it('keeps its nesting as deep as browsers nest', () => {
		const $ = loadDocument(paragraphAt(BROWSER_DEPTH - 1));
		expect(depthOf($.root()[0] as ParentNode)).toBe(BROWSER_DEPTH);
		expect(innermostDivChildren($)).toEqual(['<p> 2']);
	});

	it('puts everything below that depth side by side, in document order, in the element at that depth', () => {
		// The <b> lies one level too deep: its text joins it side by side in the <p> at the browser depth.
		expect(innermostDivChildren(loadDocument(paragraphAt(BROWSER_DEPTH)))).toEqual(['<p> 3']);
		// Now the innermost <div> is at that depth: the <p> and all it held lie side by side in it.
		expect(innermostDivChildren(loadDocument(paragraphAt(BROWSER_DEPTH + 1)))).toEqual(['<p> 0', 'deepest ', '<b> 0', 'words']);
	});
});
