import {describe, expect, it} from 'vitest';
import {loadDocument, walkElements} from '../../src/extract/document/dom.js';
import {DocumentOrder, TextLengths, textLength} from '../../src/extract/document/node-stats.js';
import {linkDensity, textOf} from '../../src/extract/document/text.js';

/** Whitespace runs of every kind, block and inline boundaries, links, scripts and nesting. */
const PAGE = `<!doctype html><html><body>
	<div id="a"> Lead\u00a0text <a href="/x">linked <b>bold</b></a>  tail\u200b<p>para  one</p><p> </p>
		<ul><li>one <a href="/y">two</a></li><li>\t\n</li></ul><span></span><script>var x = 1;</script>
		<div><span> spaced </span><span>joined</span><br>after<a href="/z"><p>block in link</p></a></div>
	</div>
	<section><h2>Heading</h2><time>3 May</time><span class="author">Ann</span><p>text, more text</p></section>
</body></html>`;

describe('cached text lengths', () => {
	const $ = loadDocument(PAGE);
	const root = $.root()[0];
	if (!root) throw new Error('no document');
	const elements: ReturnType<typeof $>[number][] = [];
	walkElements(root, (el) => void elements.push(el));

	it('give every element the length, link density and link-free length the text helpers give', () => {
		const lengths = new TextLengths();
		for (const el of elements) {
			if (el.type !== 'tag') continue;
			const withoutLinks = $(el).clone();
			withoutLinks.find('a').remove();
			expect({tag: el.name, length: lengths.length(el), density: lengths.linkDensity(el), own: lengths.lengthWithoutLinks(el)}).toEqual({
				tag: el.name,
				length: textOf(el).length,
				density: linkDensity(el),
				own: textOf(withoutLinks.toArray()).length,
			});
		}
	});

	it('count, without building it, the text of every element and of runs of sibling nodes', () => {
		for (const el of elements) {
			if (el.type !== 'tag') continue;
			expect({tag: el.name, length: textLength(el)}).toEqual({tag: el.name, length: textOf(el).length});
			// Every run of siblings: spaces at the seams between them count once.
			const nodes = el.children;
			for (let start = 0; start < nodes.length; start++) {
				for (let end = start + 1; end <= nodes.length; end++) expect(textLength(nodes.slice(start, end))).toBe(textOf(nodes.slice(start, end)).length);
			}
		}
	});

	it('find the first match of a document-wide query inside an element, as a query from it would', () => {
		const order = new DocumentOrder(root);
		const matches = $('span, time').toArray().filter((el) => el.type === 'tag');
		for (const el of elements) {
			if (el.type !== 'tag') continue;
			const expected = $(el).find('span, time').toArray().find((match) => textOf(match) !== '');
			expect(order.firstInside(matches, el, (match) => textOf(match) !== '')).toBe(expected);
		}
	});
});
