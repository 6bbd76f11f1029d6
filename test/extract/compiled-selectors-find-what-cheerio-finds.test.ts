import {load} from 'cheerio';
import type {AnyNode, Document, Element} from 'domhandler';
import {describe, expect, it} from 'vitest';
import {loadDocument, selectInPrecedence, walkElements} from '../../src/extract/document/dom.js';
import {compileSelector, selectAll, selectWithin} from '../../src/extract/document/fast-select.js';

/** Markup exercising every part of the plain subset: case, word boundaries, nesting, siblings. */
const PAGE = `<!doctype html><html><body>
	<article class="post Entry" id="main" itemprop="articleBody">
		<h1>Title</h1><h2 class="dek">Lead</h2>
		<div class="byline"><a rel="Author" href="/AUTHOR/ann" class="author-name">Ann</a> <time datetime="2026-01-01">Jan 1</time></div>
		<p class="comment-count x">3 comments</p><p class="comment-counter">no</p>
		<ul class="tags"><li><a rel="tag" href="/t/a">a</a></li><li><a href="/t/b">b</a></li></ul>
	</article>
	<section id="comments"><h2>Comments</h2>
		<div class="comment" data-id="1"><span class="UserName">Bo</span><div class="comment-body">Hi <a href="/x">x</a></div>
			<div class="comment reply" data-id="2"><span class="username">Cy</span><div class="comment-body Comment-Text">Yo</div></div>
		</div>
	</section>
</body></html>`;

const SELECTORS = [
	'a', 'h1 + h2', 'h1 + p', '.comment', '.comment.reply', '#comments h2', '#comments > h2', 'section > .comment > .comment-body',
	'[rel="author"]', '[rel="author" s]', 'a[rel="tag"]', '[href*="author"]', '[href*="author" i]', '[class*="name" i]',
	'[class^="comment-"]', '[class$="count"]', '[class~="x"]', '[data-id]', '[itemprop="articleBody"] .byline a',
	'.tags a, .byline a, time', '[class*="comment" i][class*="count" i]', '.Entry', '.entry', '* > a', 'article .comment',
	'li:not(.pingback)', '.comment:not(.reply)', 'h1 ~ p', '> a', '> .comment', 'div:has(> a)', 'li:first-child a', '[class~="COMMENT" i]',
	'#COMMENTS h2', '[ID="comments"]', 'DIV.comment',
	// Substrings of class words: several words of one element hold it, in any case; a needle across words.
	'[class*="comment" i]', '[class*="COMMENT-" i]', '[class*="ent-te" i]', '[class*="comment reply"]',
	// Ancestor compounds: nested holders, a tag, a case-insensitive substring, one no element has.
	'.comment .comment-body', 'ul li a', '[class*="BYLINE" i] a', 'div > span', '.missing a', '.comment > .missing',
];

/** Every element of a parsed copy, in document order: positions compare two parses of the page. */
function elementsOf(root: Document): Element[] {
	const elements: Element[] = [];
	walkElements(root, (el) => void elements.push(el));
	return elements;
}

describe('compiled selectors', () => {
	// Ours: loadDocument makes `$()` and `.find()` use compiled selectors. Reference: plain cheerio.
	const $ = loadDocument(PAGE);
	const $cheerio = load(PAGE, {xml: {xmlMode: false, decodeEntities: true}});
	const ours = elementsOf($.root()[0] as Document);
	const theirs = elementsOf($cheerio.root()[0] as Document);
	const positions = (found: readonly AnyNode[], all: readonly Element[]): number[] => found.map((el) => all.indexOf(el as Element));

	it('compile every selector but jQuery positionals and leading sibling combinators (cheerio runs those)', () => {
		for (const selector of SELECTORS) expect(compileSelector(selector), selector).not.toBeNull();
		expect(compileSelector('li:first')).toBeNull();
		expect(compileSelector('+ p')).toBeNull();
	});

	it('find in the document what cheerio finds, in the same order', () => {
		for (const selector of SELECTORS) {
			const expected = positions($cheerio(selector).toArray(), theirs);
			expect(positions(selectAll($, selector), ours), selector).toEqual(expected);
			expect(positions($(selector).toArray(), ours), selector).toEqual(expected);
		}
	});

	it('find inside each element what cheerio finds from it', () => {
		ours.forEach((el, index) => {
			const reference = theirs[index] as Element;
			for (const selector of SELECTORS) {
				const expected = positions($cheerio(reference).find(selector).toArray(), theirs);
				expect(positions(selectWithin($, el, selector), ours), `${el.name} ${selector}`).toEqual(expected);
				expect(positions($(el).find(selector).toArray(), ours), `${el.name} ${selector}`).toEqual(expected);
			}
		});
	});

	it('order elements by the first selector they match, as trying each selector in turn would', () => {
		const expected: AnyNode[] = [];
		for (const selector of SELECTORS) for (const el of $cheerio(selector).toArray()) if (!expected.includes(el)) expected.push(el);
		expect(positions(selectInPrecedence($, SELECTORS), ours)).toEqual(positions(expected, theirs));
	});
});
