import {load} from 'cheerio';
import type {AnyNode, Document, Element} from 'domhandler';
import {describe, expect, it} from 'vitest';
import {loadDocument, selectInPrecedence, walkElements} from '../../src/extract/document/dom.js';
import {selectAll} from '../../src/extract/document/fast-select.js';

/**
 * A Turkish dotted capital I (İ) lower-cases to two characters, so the attribute values after
 * it sit further on in the lower-cased text than in the text as written: a substring match there
 * still belongs to the element whose value holds it.
 */
const PAGE = `<!doctype html><html><body>
	<nav class="menu İSTANBUL İZMİR" title="İletişim"><a class="nav-item" href="/İletişim">İletişim</a></nav>
	<article class="post">
		<div class="ab">first</div><div class="c">second</div><div class="comment-list">third</div>
		<p class="Comment-Count" title="Yorumlar">3 yorum</p><p class="d" title="x">no</p>
	</article>
</body></html>`;

const SELECTORS = ['[class*="ab"]', '[class*="AB" i]', '[class*="comment" i]', '[class^="comment"]', '[class$="count" i]', '[title*="yorum" i]', '[href*="/i" i]', '[class*="c"]'];

describe('substring queries after a letter that lowers to two', () => {
	const $ = loadDocument(PAGE);
	const $cheerio = load(PAGE, {xml: {xmlMode: false, decodeEntities: true}});
	const elementsOf = (root: Document): Element[] => {
		const elements: Element[] = [];
		walkElements(root, (el) => void elements.push(el));
		return elements;
	};
	const ours = elementsOf($.root()[0] as Document);
	const theirs = elementsOf($cheerio.root()[0] as Document);
	const positions = (found: readonly AnyNode[], all: readonly Element[]): number[] => found.map((el) => all.indexOf(el as Element));

	it('find in the document what cheerio finds', () => {
		for (const selector of SELECTORS) expect(positions(selectAll($, selector), ours), selector).toEqual(positions($cheerio(selector).toArray(), theirs));
	});

	it('order elements by the first selector they match, as cheerio would', () => {
		const expected: AnyNode[] = [];
		for (const selector of SELECTORS) for (const el of $cheerio(selector).toArray()) if (!expected.includes(el)) expected.push(el);
		expect(positions(selectInPrecedence($, SELECTORS), ours)).toEqual(positions(expected, theirs));
	});
});
