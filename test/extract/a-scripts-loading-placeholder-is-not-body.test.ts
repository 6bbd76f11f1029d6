import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks, articleText} from '../helpers/article-body.js';

/** A video player the page's script fills in: until then it shows a loading notice in a table cell. */
const PLAYER = (notice: string) => `<div class="player-wrap"><table class="player-status"><tbody><tr><td>${notice}</td></tr></tbody></table></div>`;

describe("a script's loading placeholder", () => {
	it.each(['Loading...', 'Wird geladen…', '正在加载...'])('leaves out "%s" standing alone in the body', (notice) => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}${PLAYER(notice)}${ARTICLE_PARAGRAPHS}`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain(notice);
	});

	it('keeps the picture after it: a placeholder is no label of what follows', () => {
		const body = articleBlocks(`${ARTICLE_PARAGRAPHS}${PLAYER('Loading...')}<figure><img src="/phone.jpg" alt="The phone"><figcaption>The phone from the back.</figcaption></figure>${ARTICLE_PARAGRAPHS}`);
		expect(body).toContainEqual(expect.objectContaining({type: 'image', text: 'The phone from the back.'}));
	});

	it('keeps a heading that only names loading, and a sentence about it', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<h2>Loading</h2><p>Loading... the new app takes twice as long to start as the old one did.</p>${ARTICLE_PARAGRAPHS}`);
		expect(body).toContain('Loading\n');
		expect(body).toContain('Loading... the new app takes twice as long');
	});
});
