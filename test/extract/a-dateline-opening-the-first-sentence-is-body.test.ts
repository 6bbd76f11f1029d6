import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const PROSE = 'The phone ships with a larger battery, a brighter display and a faster chip, and its price stays the same as last year, which reviewers welcomed.';
const paragraphs = (n: number, label: string): string => Array.from({length: n}, (_, i) => `<p>${label} ${i + 1}. ${PROSE}</p>`).join('');

function bodyText(article: string): string {
	const result = extract(pageFromHtml(`<!doctype html><html lang="en"><head><title>Phone review</title></head><body><article><h1>Phone review</h1><div class="story">${article}</div></article></body></html>`, 'https://news.example/phone-review'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.body.map((block) => block.text).join('\n');
}

describe('a dateline marked up inside the first sentence', () => {
	it('stays in its paragraph', () => {
		const body = bodyText(`<p><span class="dateline">CAIRO —</span> Gunmen opened fire on visitors at the country's most renowned museum on Wednesday, killing at least 19 people, including 17 foreigners.</p>${paragraphs(4, 'Part')}`);
		expect(body.split('\n')[0]).toBe("CAIRO — Gunmen opened fire on visitors at the country's most renowned museum on Wednesday, killing at least 19 people, including 17 foreigners.");
	});

	it('while a byline line of its own is still left out', () => {
		const body = bodyText(`<p><span class="byline">By Jane Roe</span> | May 5, 2024</p>${paragraphs(4, 'Part')}`);
		expect(body).not.toContain('Jane Roe');
		expect(body).toContain('Part 4. The phone ships');
	});
});
