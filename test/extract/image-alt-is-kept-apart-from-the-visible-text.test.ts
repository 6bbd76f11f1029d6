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
	it('keep the alt on the image, apart from the text, and the visible caption once, as the image\'s caption', () => {
		const body = bodyOf(`${PARAGRAPHS}<div class="visual"><picture><img src="/notch.jpg" alt="${ALT}"></picture><div class="description"><strong class="title">${ALT}</strong></div></div>${PARAGRAPHS}`);
		expect(body.filter((block) => block.text === ALT)).toEqual([{type: 'image', text: ALT, alt: ALT}]);
	});

	it('give a figure its figcaption as text and its alt apart', () => {
		const body = bodyOf(`${PARAGRAPHS}<figure><img src="/notch.jpg" alt="${ALT}"><figcaption>The notch, up close.</figcaption></figure>${PARAGRAPHS}`);
		expect(body).toContainEqual({type: 'image', text: 'The notch, up close.', alt: ALT});
	});

	it('reads the line under a picture, in a box of the two without figure tags, as its caption', () => {
		const body = bodyOf(`${PARAGRAPHS}<div class="visual"><picture><img src="/notch.jpg" alt="${ALT}"></picture><div class="description"><strong>Renders by a leaker, not by Apple.</strong></div></div>${PARAGRAPHS}`);
		expect(body).toContainEqual({type: 'image', text: 'Renders by a leaker, not by Apple.', alt: ALT});
		expect(body.filter((block) => block.type === 'paragraph')).toHaveLength(4);
	});

	it('reads a credit line beside the picture as its caption, and nothing more than one short line', () => {
		const credit = bodyOf(`${PARAGRAPHS}<div class="media"><div class="frame"><img src="/remote.jpg" alt="A remote"></div><div class="credit-wrap"><div>Megan Ellis / Android Authority</div></div></div>${PARAGRAPHS}`);
		expect(credit).toContainEqual({type: 'image', text: 'Megan Ellis / Android Authority', alt: 'A remote'});
		// A picture beside a heading and text is a box of its own (a promo, an author card), not a captioned picture.
		const box = bodyOf(`${PARAGRAPHS}<div class="media"><img src="/remote.jpg" alt="A remote"><div><h3>While you are here</h3><p>Support our reporting.</p></div></div>${PARAGRAPHS}`);
		expect(box).toContainEqual({type: 'image', text: '', alt: 'A remote'});
		// A picture beside a paragraph of the story is not captioned by it.
		const story = bodyOf(`<div class="row"><img src="/remote.jpg" alt="A remote"><p>${'The remote got a new layout this year, with a dedicated button for the assistant and fewer buttons for streaming services. '.repeat(3)}</p></div>${PARAGRAPHS}`);
		expect(story).toContainEqual({type: 'image', text: '', alt: 'A remote'});
	});
});
