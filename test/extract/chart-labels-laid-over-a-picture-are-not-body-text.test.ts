import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const PARAGRAPHS = `<p>The body of this test article has to be long enough to be an article, so it talks at some length about debt, interest and budgets, and how each of them changed over the past ten years of federal spending.</p>
<p>A second paragraph adds more words: rates rose, the deficit widened, and interest payments are now on course to pass the military budget within a few years, which economists have warned about for a decade.</p>`;

describe('charts exported as a picture with positioned labels (ai2html)', () => {
	it('keeps the chart picture and leaves its axis labels out of the text', () => {
		const chart = `<div id="g-debt-box" class="ai2html ai2html-box-v5"><div class="g-artboard"><img class="g-aiImg" src="/charts/debt.png" alt=""><div class="g-aiAbs"><p>$915</p><p>billion</p></div><div class="g-aiAbs"><p>’17</p><p>’18</p><p>’19</p></div></div></div>`;
		const html = `<!doctype html><html lang="en"><head><title>Debt</title></head><body><article><div class="story">${PARAGRAPHS}${chart}<p>A closing paragraph of prose says what the chart shows, in words a reader can follow without it.</p></div></article></body></html>`;
		const result = extract(pageFromHtml(html, 'https://news.example/debt'));
		if (!result.ok) throw new Error(result.message);
		const {body} = result.snapshot.article;
		expect(body.some((block) => block.type === 'image' && block.src === 'https://news.example/charts/debt.png')).toBe(true);
		const text = body.map((block) => block.text).join('\n');
		expect(text).not.toContain('$915');
		expect(text).not.toContain('’18');
		expect(text).toContain('A closing paragraph of prose');
	});
});
