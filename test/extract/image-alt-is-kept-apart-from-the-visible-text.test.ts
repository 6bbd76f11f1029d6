import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const PARAGRAPHS = `<p>The body of this test article has to be long enough to be an article, so it talks at some length about phones, batteries and screens, and how each of them changed over the past ten years of smartphone releases.</p>
<p>A second paragraph adds more words: chargers got faster, cameras multiplied, and the headphone jack quietly disappeared from most flagship models, which readers still complain about in comment threads every year.</p>`;

function bodyOf(content: string): Array<{type: string; text: string; alt?: string}> {
	const html = `<!doctype html><html lang="en"><head><title>Notch</title></head><body><article><h1>Notch</h1><div class="content">${content}</div></article></body></html>`;
	const result = extract(pageFromHtml(html, 'https://news.example/notch'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.body.map(({type, text, alt}) => ({type, text, ...(alt ? {alt} : {})}));
}

const ALT = 'A small round cut-out for the front camera in the display.';

describe('an image and the caption set beside it', () => {
	it('keep the alt on the image, apart from the text, and the visible caption once as text', () => {
		const body = bodyOf(`${PARAGRAPHS}<div class="visual"><picture><img src="/notch.jpg" alt="${ALT}"></picture><div class="description"><strong class="title">${ALT}</strong></div></div>${PARAGRAPHS}`);
		expect(body).toContainEqual({type: 'image', text: '', alt: ALT});
		expect(body.filter((block) => block.text === ALT)).toEqual([{type: 'paragraph', text: ALT}]);
	});

	it('give a figure its figcaption as text and its alt apart', () => {
		const body = bodyOf(`${PARAGRAPHS}<figure><img src="/notch.jpg" alt="${ALT}"><figcaption>The notch, up close.</figcaption></figure>${PARAGRAPHS}`);
		expect(body).toContainEqual({type: 'image', text: 'The notch, up close.', alt: ALT});
	});

	it('stays a paragraph when it says something the alt does not', () => {
		const body = bodyOf(`${PARAGRAPHS}<div class="visual"><picture><img src="/notch.jpg" alt="${ALT}"></picture><div class="description"><strong>Renders by a leaker, not by Apple.</strong></div></div>${PARAGRAPHS}`);
		expect(body).toContainEqual({type: 'paragraph', text: 'Renders by a leaker, not by Apple.'});
	});
});
