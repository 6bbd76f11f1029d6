import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Block} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const PROSE = 'The phone ships with a larger battery, a brighter display and a faster chip, and its price stays the same as last year, which reviewers welcomed.';
const paragraphs = (n: number, label: string): string => Array.from({length: n}, (_, i) => `<p>${label} ${i + 1}. ${PROSE}</p>`).join('');

function bodyOf(inner: string): Block[] {
	const result = extract(pageFromHtml(`<!doctype html><html lang="en"><head><title>Phone review</title></head><body><article><h1>Phone review</h1>${inner}</article></body></html>`, 'https://news.example/phone-review'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.body;
}

const texts = (body: readonly Block[]): string => body.map((block) => block.text).join('\n');

describe('pictures a CMS wraps in "widget" elements', () => {
	it('keeps the picture and its caption', () => {
		const widget = '<div class="dnd-widget-wrapper type-image"><div class="dnd-atom-rendered"><div class="image"><img src="/hotel.jpg" alt=""></div></div><div class="dnd-caption-wrapper">Even posh hotels might not wash a blanket between stays</div></div>';
		const body = bodyOf(`${paragraphs(3, 'First')}${widget}${paragraphs(3, 'Second')}`);
		expect(texts(body)).toContain('Even posh hotels might not wash a blanket between stays');
		expect(body.some((block) => block.type === 'image' && block.src === 'https://news.example/hotel.jpg')).toBe(true);
	});

	it('still leaves out a widget of linked teaser pictures', () => {
		const widget = '<div class="widget"><a href="/other-story"><img src="/other.jpg" alt=""> Ten phones we loved this year</a></div>';
		expect(texts(bodyOf(`${paragraphs(3, 'First')}${widget}${paragraphs(3, 'Second')}`))).not.toContain('Ten phones we loved');
	});

	it('still leaves out a widget holding a picture and a box of text', () => {
		const widget = `<div class="widget"><img src="/promo.jpg" alt=""><p>${PROSE} ${PROSE} ${PROSE}</p></div>`;
		expect(texts(bodyOf(`${paragraphs(3, 'First')}${widget}${paragraphs(3, 'Second')}`)).split(PROSE).length).toBe(7);
	});

	it('still leaves out a picture whose wrapper has a stronger furniture word than widget', () => {
		const widget = '<div class="promo-widget"><img src="/promo.jpg" alt=""><span>Save 10% with our coffee subscription</span></div>';
		expect(texts(bodyOf(`${paragraphs(3, 'First')}${widget}${paragraphs(3, 'Second')}`))).not.toContain('Save 10%');
	});
});
