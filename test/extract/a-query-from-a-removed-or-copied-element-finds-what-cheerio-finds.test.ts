import {load} from 'cheerio';
import type {AnyNode, Document, Element} from 'domhandler';
import {cloneNode} from 'domhandler';
import {describe, expect, it} from 'vitest';
import {loadDocument, removeNode, walkElements} from '../../src/extract/document/dom.js';
import {selectAll, selectWithin} from '../../src/extract/document/fast-select.js';

/**
 * The element index finds where a query starts by climbing from that element to the root. An
 * element taken out of the tree, or one of a copy of it, has no way up: its queries must still
 * find what cheerio finds.
 */

const PAGE = `<!doctype html><html><body>
	<main><p class="x">Zero</p><div class="thread">
		<div class="comment" id="c1"><span class="author">Bo</span><p class="x">Hi <a href="/u">u</a></p>
			<div class="comment" id="c2"><span class="author">Cy</span><p class="x">Yo</p></div>
		</div>
		<div class="comment" id="c3"><span class="author">Di</span><p class="x">Hey</p></div>
	</div></main>
</body></html>`;

const SELECTORS = ['p', '.x', '.author', '.comment .x', 'div > p', 'a[href]'];

function elementsOf(root: Document): Element[] {
	const elements: Element[] = [];
	walkElements(root, (el) => void elements.push(el));
	return elements;
}

describe('a query from an element with no way up to the root', () => {
	const names = (found: readonly AnyNode[]): string[] => found.map((el) => `${(el as Element).name}:${(el as Element).children.length}`);

	it('finds, inside a removed element and inside the elements within it, what cheerio finds', () => {
		const $ = loadDocument(PAGE);
		const $cheerio = load(PAGE, {xml: {xmlMode: false, decodeEntities: true}});
		const ours = elementsOf($.root()[0] as Document);
		const theirs = elementsOf($cheerio.root()[0] as Document);
		// The index is built before the removal; no query has started from the thread's elements yet.
		expect(selectAll($, '.x')).toHaveLength(4);
		const thread = ours.findIndex((el) => el.attribs.class === 'thread');
		removeNode(ours[thread] as Element);
		removeNode(theirs[thread] as Element);
		for (const index of [thread + 5, thread + 1, thread]) {
			for (const selector of SELECTORS) {
				const expected = $cheerio(theirs[index] as Element).find(selector).toArray().map((el) => theirs.indexOf(el as Element));
				expect(selectWithin($, ours[index] as Element, selector).map((el) => ours.indexOf(el)), `${index} ${selector}`).toEqual(expected);
			}
		}
	});

	it('finds, inside a copy of an element, what cheerio finds there', () => {
		const $ = loadDocument(PAGE);
		const $cheerio = load(PAGE, {xml: {xmlMode: false, decodeEntities: true}});
		const copy = cloneNode(selectAll($, '#c1')[0] as Element, true);
		const theirCopy = cloneNode($cheerio('#c1')[0] as Element, true);
		for (const selector of SELECTORS) {
			expect(names(selectWithin($, copy, selector)), selector).toEqual(names($cheerio(theirCopy).find(selector).toArray()));
			expect(selectWithin($, copy, selector).every((el) => !selectAll($, selector).includes(el)), selector).toBe(true);
		}
		expect(selectWithin($, copy, '.x')).toHaveLength(2);
	});
});
