import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Block} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const PROSE = 'The phone ships with a larger battery, a brighter display and a faster chip, and its price stays the same as last year, which reviewers welcomed.';
const paragraphs = (n: number, label: string): string => Array.from({length: n}, (_, i) => `<p>${label} ${i + 1}. ${PROSE}</p>`).join('');

function bodyOf(figure: string): Block[] {
	const result = extract(pageFromHtml(`<!doctype html><html lang="en"><head><title>Phone review</title></head><body><article><h1>Phone review</h1>${paragraphs(3, 'First')}${figure}${paragraphs(3, 'Second')}</article></body></html>`, 'https://news.example/phone-review'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.body;
}

const texts = (body: readonly Block[]): string => body.map((block) => block.text).join('\n');

/** Block editors (WordPress's Gutenberg and others) wrap tables, code and pull quotes in `<figure>`. */
describe('figures of text', () => {
	it('keep their table and caption', () => {
		const body = texts(bodyOf('<figure class="wp-block-table"><table><tr><th>Model</th><th>Price</th></tr><tr><td>Phone 12</td><td>$799</td></tr></table><figcaption>Launch prices</figcaption></figure>'));
		expect(body).toContain('Phone 12');
		expect(body).toContain('$799');
		expect(body).toContain('Launch prices');
	});

	it('keep their code listing', () => {
		expect(texts(bodyOf('<figure class="wp-block-code"><pre><code>adb shell pm list packages</code></pre></figure>'))).toContain('adb shell pm list packages');
	});

	it('keep their pull quote as a quote', () => {
		const body = bodyOf('<figure class="wp-block-pullquote"><blockquote><p>The battery lasted two full days in our tests.</p><cite>Our reviewer</cite></blockquote></figure>');
		expect(body.find((block) => block.type === 'quote')?.text).toContain('The battery lasted two full days');
	});

	it('while a picture that loads by script keeps only its caption, not its placeholder labels', () => {
		const body = bodyOf('<figure role="group" aria-label="media"><div class="placeholder"><span class="visually-hidden">Image</span></div><figcaption>The phone on a table.</figcaption></figure>');
		expect(texts(body)).toContain('The phone on a table.');
		expect(body.some((block) => block.text === 'Image')).toBe(false);
	});
});
