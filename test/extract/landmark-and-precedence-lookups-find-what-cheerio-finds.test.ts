import {load} from 'cheerio';
import type {Document, Element} from 'domhandler';
import {describe, expect, it} from 'vitest';
import {loadDocument, selectInPrecedence, walkElements, withinTags} from '../../src/extract/document/dom.js';

/** A byline and dates in and out of the landmarks page furniture is written in, nested and side by side. */
const PAGE = `<!doctype html><html><body>
	<nav class="menu"><ul><li><a href="/">Home</a></li><li><span class="byline">By Site Staff</span></li></ul></nav>
	<article><header><h1>Title</h1><span class="byline"><a href="/ann">Ann Lee</a></span><time datetime="2026-01-02">Jan 2</time></header>
		<p>Body text.</p>
		<aside><div class="related"><span class="byline">By Bo Kim</span><time datetime="2025-12-01">Dec 1</time></div></aside>
	</article>
	<footer><p class="entry-date">2020</p><time datetime="2020-01-01">2020</time></footer>
</body></html>`;

const OTHER_PAGE = `<!doctype html><html><body><article><p class="entry-date">March 3</p><time pubdate datetime="2026-03-03">Mar 3</time></article></body></html>`;

function elementsOf(root: Document): Element[] {
	const elements: Element[] = [];
	walkElements(root, (el) => void elements.push(el));
	return elements;
}

describe('furniture landmark and precedence lookups', () => {
	it('say an element is within nav, aside or footer exactly where cheerio’s closest() finds one', () => {
		const $ = load(PAGE, {xml: {xmlMode: false, decodeEntities: true}});
		const landmarks = new Set(['nav', 'aside', 'footer']);
		const elements = elementsOf($.root()[0] as Document);
		expect(elements.some((el) => withinTags(el, landmarks))).toBe(true);
		for (const el of elements) expect(withinTags(el, landmarks), el.name).toBe($(el).closest('nav, aside, footer').length > 0);
	});

	it('find each document’s own elements when the same precedence list is asked of several documents', () => {
		const selectors = ['time[pubdate]', '.entry-date', 'time[datetime]'];
		const texts = (html: string): string[] => selectInPrecedence(loadDocument(html), selectors).map((el) => `${el.name}:${el.attribs.datetime ?? ''}`);
		expect(texts(PAGE)).toEqual(['p:', 'time:2026-01-02', 'time:2025-12-01', 'time:2020-01-01']);
		expect(texts(OTHER_PAGE)).toEqual(['time:2026-03-03', 'p:']);
		expect(texts(PAGE)).toEqual(['p:', 'time:2026-01-02', 'time:2025-12-01', 'time:2020-01-01']);
	});
});
