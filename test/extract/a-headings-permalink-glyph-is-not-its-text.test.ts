import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const PARAGRAPH = '<p>Participants completed the same protocol in two sessions a week apart, and every session was recorded and scored by two raters who did not know the condition.</p>';

function headings(content: string): string[] {
	const html = `<!doctype html><html lang="en"><head><title>A review of methods</title></head><body><article><h1>A review of methods</h1>${PARAGRAPH}${content}</article></body></html>`;
	const result = extract(pageFromHtml(html, 'https://journal.example/articles/review'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.body.filter((block) => block.type === 'heading').map((block) => block.text);
}

describe("a heading's permalink glyph", () => {
	it('is not its text', () => {
		const content = `<h2 id="methods">Methods<a class="anchor" href="#methods">#</a></h2>${PARAGRAPH}<h2 id="results">Results<a class="headerlink" href="#results" title="Permalink to this heading">¶</a></h2>${PARAGRAPH}`;
		expect(headings(content)).toEqual(['Methods', 'Results']);
	});

	it('leaves a footnote mark in the heading', () => {
		expect(headings(`<h2 id="limits">Limits<a href="#fn1">1</a></h2>${PARAGRAPH}`)).toEqual(['Limits1']);
	});
});
