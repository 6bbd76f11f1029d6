import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * A Japanese review closes with its related-articles label and list (`<h4>関連記事</h4><ul
 * class="related">…`); the list leaves by its class, and the label must leave with it.
 */
describe('related-reading labels in Japanese, Chinese and Korean', () => {
	it('leave the body with the list they head, marked or not', () => {
		const list = '<ul><li><a href="/a">Xiaomi sells the Mi9 SE</a></li><li><a href="/b">A 3-inch phone arrives</a></li></ul>';
		for (const label of ['関連記事', '【関連記事】', '■関連サイト', '相关阅读', '관련 기사']) {
			const body = articleText(`${ARTICLE_PARAGRAPHS}<h4>${label}</h4>${list}`);
			expect(body).toContain('A third paragraph');
			expect(body).not.toContain(label);
			expect(body).not.toContain('Xiaomi sells');
		}
	});

	it('stay when they are words of a sentence', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<p>関連記事の一覧は編集部が毎週更新している。</p>`);
		expect(body).toContain('関連記事の一覧は編集部が毎週更新している。');
	});
});
