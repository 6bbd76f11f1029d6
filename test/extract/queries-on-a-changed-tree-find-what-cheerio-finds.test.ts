import {load} from 'cheerio';
import type {AnyNode, Document, Element} from 'domhandler';
import {describe, expect, it} from 'vitest';
import {loadDocument, removeNode, selectInPrecedence, walkElements} from '../../src/extract/document/dom.js';
import {MARK_ATTRIBUTE_PREFIX} from '../../src/extract/document/element-index.js';
import {selectAll, selectWithin} from '../../src/extract/document/fast-select.js';

/**
 * Queries are answered from an element index built on the first query, while the extractor
 * goes on changing the tree: it removes elements, sets child lists aside for a while and marks
 * elements with attributes. Each answer must still be what cheerio finds in the tree as it is.
 */

const PAGE = `<!doctype html><html><body>
	<article class="post" id="main"><h1>Title</h1>
		<p class="lead">Lead <a href="/a" class="x">a</a></p><script>var s;</script><p class="x">Two</p>
		<div class="box x"><p class="x">Boxed</p><span class="x y">s</span></div>
	</article>
	<section id="comments">
		<div class="comment" id="c1"><span class="author">Bo</span><p class="text">Hi</p>
			<div class="comment" id="c2"><span class="author">Cy</span><p class="text">Yo</p>
				<div class="comment" id="c3"><span class="author">Di</span><p class="text">Hey</p></div>
			</div>
		</div>
		<div class="comment" id="c4"><span class="author">Ed</span><p class="text">Ok</p></div>
	</section>
</body></html>`;

const MARK = `${MARK_ATTRIBUTE_PREFIX}test`;
const SELECTORS = ['p', '.x', 'p.x', '.comment', '.comment .author', '#c2', '#c2 .text', 'script', 'article .x, .author', `[${MARK}]`, '[class]', '[id^="c"]', 'div > p'];

function elementsOf(root: Document): Element[] {
	const elements: Element[] = [];
	walkElements(root, (el) => void elements.push(el));
	return elements;
}

describe('queries on a tree that changes after the first query', () => {
	const $ = loadDocument(PAGE);
	const $cheerio = load(PAGE, {xml: {xmlMode: false, decodeEntities: true}});
	const ours = elementsOf($.root()[0] as Document);
	const theirs = elementsOf($cheerio.root()[0] as Document);
	const positions = (found: readonly AnyNode[], all: readonly Element[]): number[] => found.map((el) => all.indexOf(el as Element));
	const both = (change: (all: Element[]) => void): void => {
		change(ours);
		change(theirs);
	};
	const byId = (all: readonly Element[], id: string): Element => all.find((el) => el.attribs.id === id) as Element;

	const expectSameAnswers = (when: string): void => {
		for (const selector of SELECTORS) {
			expect(positions(selectAll($, selector), ours), `${when}: ${selector}`).toEqual(positions($cheerio(selector).toArray(), theirs));
			ours.forEach((el, index) => {
				const expected = positions($cheerio(theirs[index] as Element).find(selector).toArray(), theirs);
				expect(positions(selectWithin($, el, selector), ours), `${when}: ${el.name}#${el.attribs.id ?? index} ${selector}`).toEqual(expected);
			});
		}
		expect(positions(selectInPrecedence($, SELECTORS), ours), when).toEqual(positions(selectInPrecedence($cheerio, SELECTORS), theirs));
	};

	it('find what cheerio finds before any change', () => {
		expectSameAnswers('unchanged');
	});

	it('leave out removed elements and everything inside them', () => {
		both((all) => {
			removeNode(all.find((el) => el.name === 'script') as Element);
			removeNode(all.find((el) => el.attribs.class === 'box x') as Element);
		});
		expectSameAnswers('after removals');
	});

	it('leave out children set aside from their parent, and find them again once they are back', () => {
		const setAside = new Map<Element, Element['children']>();
		both((all) => {
			const parent = byId(all, 'c1');
			setAside.set(parent, parent.children);
			parent.children = parent.children.filter((child) => child !== byId(all, 'c2'));
		});
		expectSameAnswers('while set aside');
		for (const [parent, children] of setAside) parent.children = children;
		expectSameAnswers('after restoring');
	});

	it('find elements by a mark attribute set after the first query', () => {
		both((all) => {
			byId(all, 'c3').attribs[MARK] = '';
			byId(all, 'c4').attribs[MARK] = '';
		});
		expectSameAnswers('after marking');
	});
});

describe('attribute value tests answered from lower-cased values', () => {
	const VALUES = `<!doctype html><html><body>
		<div class="Author-Box" data-x="ab YZ" title="Ärger">a</div><div class="author box" data-x="ab-yz" title="ärger">b</div>
		<span class="en-GB" lang="en-GB" data-x="YZab">c</span><span class="xen" lang="en" data-x="a\u0000b">d</span>
		<p class="K" data-k="\u212aelvin">e</p><p data-x="">f</p>
	</body></html>`;
	const TESTS = [
		'[class*="author"]', '[class*="AUTHOR" i]', '[class*="Author"]', '[class^="auth" i]', '[class$="box"]', '[class$="BOX" i]', '[class="author box"]',
		'[data-x="ab yz" i]', '[data-x^="ab"]', '[data-x$="yz" i]', '[data-x~="YZ"]', '[lang|="en"]', '[lang|="EN" i]', '[title*="ä" i]', '[title*="Ä"]',
		'[data-x*="a"]', '[data-x*="b" i]', '[data-k*="k" i]', '[data-k*="kelvin" i]', 'div[data-x*="YZ" i], span[class*="en"]',
	];

	it('find what cheerio finds, whatever the case, letters and separators in the values', () => {
		const $ = loadDocument(VALUES);
		const $cheerio = load(VALUES, {xml: {xmlMode: false, decodeEntities: true}});
		const ours = elementsOf($.root()[0] as Document);
		const theirs = elementsOf($cheerio.root()[0] as Document);
		for (const selector of TESTS) {
			const expected = $cheerio(selector).toArray().map((el) => theirs.indexOf(el as Element));
			expect(selectAll($, selector).map((el) => ours.indexOf(el)), selector).toEqual(expected);
		}
	});
});
