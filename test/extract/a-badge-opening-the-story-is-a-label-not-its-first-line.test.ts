import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A paywalled blog sets a badge at the top of the story's text box, a link to its subscription
 * page whose paywall icon (an `<svg>`) is gone once scripts and graphics are stripped: "Exklusiv
 * für Abonnenten". It labels the piece; it is no line of it. A badge inside the text stays.
 */
function bodyTexts(content: string): string[] {
	const html = `<!doctype html><html lang="de"><head><title>Gute Tabus, schlechte Tabus</title></head><body><main>
<article class="has-paywall post type-post hentry"><header class="entry__header"><h1 class="entry__title">Gute Tabus, schlechte Tabus</h1></header>
<div class="entry__content">${content}</div></article></main></body></html>`;
	return snapshotOf(html, 'https://medien.example/89676/gute-tabus-schlechte-tabus/').article.body.map((block) => block.text);
}

describe('a badge opening the story', () => {
	it('is left out of the body', () => {
		const texts = bodyTexts(`<a href="/abo" class="entry__badge membership__thank"><svg class="icon icon-paywall"><use xlink:href="#icon-paywall"></use></svg> Exklusiv für Abonnenten</a>${ARTICLE_PARAGRAPHS}`);
		expect(texts.join(' ')).not.toContain('Exklusiv für Abonnenten');
		expect(texts[0]).toMatch(/^The body of this test article/);
	});

	it('stays when it sits inside the text, after the first paragraph', () => {
		const texts = bodyTexts(`${ARTICLE_PARAGRAPHS}<p>Wer mehr lesen will: <a href="/abo" class="entry__badge">Exklusiv für Abonnenten</a> gibt es den ganzen Text.</p>`);
		expect(texts.join(' ')).toContain('Exklusiv für Abonnenten');
	});

	it('stays when the box named a badge holds a sentence, not a label', () => {
		const sentence = 'Dieser Text ist exklusiv für unsere Abonnentinnen und Abonnenten geschrieben worden, die uns seit Jahren unterstützen.';
		expect(bodyTexts(`<div class="entry__badge">${sentence}</div>${ARTICLE_PARAGRAPHS}`)[0]).toBe(sentence);
	});
});
