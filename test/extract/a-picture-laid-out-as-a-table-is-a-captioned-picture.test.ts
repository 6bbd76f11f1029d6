import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * Older CMSs (and Blogger's editor) lay out a figure as a table: the picture in one cell, its
 * caption in the next (`<table class="img"><tr><th><img></th></tr><tr><td>…</td></tr></table>`).
 */
const figureTable = (src: string, caption: string): string => `<table class="img" width="480" cellspacing="0" border="0"><tbody><tr><th><a href="${src}.html"><img src="${src}" alt="11" width="480"></a></th></tr>${caption ? `<tr><td>${caption}</td></tr>` : ''}</tbody></table>`;

describe('a picture laid out as a table', () => {
	it('is a picture, captioned by the table’s line when it has one', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}${figureTable('/img/01_480x.jpg', 'The phone fits in one hand')}${figureTable('/img/02_480x.jpg', '')}<p>The closing paragraph of the review says the phone is worth a look for anyone who wants something small.</p>`);
		const pictures = blocks.filter((block) => block.type === 'image').map((block) => [block.src, block.text]);
		expect(pictures).toEqual([['https://news.example/img/01_480x.jpg', 'The phone fits in one hand'], ['https://news.example/img/02_480x.jpg', '']]);
		expect(blocks.some((block) => block.type === 'paragraph' && block.text === 'The phone fits in one hand')).toBe(false);
	});

	it('leaves a message box that sets a small icon beside its line read as text', () => {
		const notice = '<table class="box"><tbody><tr><td><img alt="[icon]" src="/img/44px-letter.png" width="44" height="31"></td><td>This section needs expansion. You can help by adding to it.</td></tr></tbody></table>';
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}${notice}`);
		expect(blocks.filter((block) => block.type === 'image')).toEqual([]);
		expect(blocks.at(-1)).toMatchObject({type: 'paragraph', text: 'This section needs expansion. You can help by adding to it.'});
	});

	it('leaves a table of data with pictures in it read as text', () => {
		const rows = ['Pixel', 'Galaxy', 'iPhone'].map((name, i) => `<tr><td><img src="/img/${i}.jpg" width="80" height="80" alt=""></td><td>${name}</td><td>${4000 + i * 500} mAh</td></tr>`).join('');
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<table class="specs">${rows}</table>`);
		expect(blocks.filter((block) => block.type === 'image')).toEqual([]);
		expect(blocks.at(-1)?.text).toBe('Pixel 4000 mAh Galaxy 4500 mAh iPhone 5000 mAh');
	});
});
