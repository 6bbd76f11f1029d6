import {describe, expect, it} from 'vitest';
import type {Element} from 'domhandler';
import {MatchesInside} from '../../src/extract/comments/matches-inside.js';
import {loadDocument, walkElements} from '../../src/extract/document/dom.js';
import {textOf} from '../../src/extract/document/text.js';

/** Nested comments with empty and filled author boxes, a date inside an author box, matches in text-less wrappers. */
const PAGE = `<!doctype html><html><body>
	<ol class="thread">
		<li class="c"><div class="meta"><span class="author"></span><span class="author">Ann <time>3 May</time></span></div><p>First.</p>
			<ol><li class="c"><span class="author">Ben</span><time></time><time>4 May</time><p>Reply.</p></li></ol>
		</li>
		<li class="c"><div><div><span class="author">Cat</span></div></div><p>No date here.</p></li>
		<li class="c"><p>No author, <time>5 May</time>.</p></li>
	</ol>
	<aside><span class="author">Dan</span></aside>
</body></html>`;

describe('matches of a page-wide query, asked for inside an element', () => {
	const $ = loadDocument(PAGE);
	const root = $.root()[0];
	if (!root) throw new Error('no document');
	const elements: Element[] = [];
	walkElements(root, (el) => void elements.push(el));
	const selector = '.author, time';
	const matches = new MatchesInside($(selector).toArray().filter((el): el is Element => el.type === 'tag'));
	const hasText = (el: Element): boolean => textOf(el) !== '';

	it('count the matches a query from the element finds', () => {
		for (const el of elements) expect([el.name, matches.count(el)]).toEqual([el.name, $(el).find(selector).length]);
	});

	// The second test passes only times, some of which lie inside a match it rejects (an author box).
	it.each([
		['has text', hasText],
		['is a time with text', (el: Element): boolean => el.name === 'time' && hasText(el)],
	])('find the first match a query from the element finds that %s, in document order', (_name, accept) => {
		for (const el of elements) {
			const expected = $(el).find(selector).toArray().find((match) => accept(match as Element)) ?? null;
			expect(matches.first(el, accept)).toBe(expected);
		}
	});
});
