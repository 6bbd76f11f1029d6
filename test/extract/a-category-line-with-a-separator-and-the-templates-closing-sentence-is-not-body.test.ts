import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * Blog templates close a post with the categories it is filed under, in the blog's language
 * (German WordPress: "Abgelegt unter"), often after a separator left by an empty slot for the
 * date or author, and sometimes with a sentence of their own after the names on the same line
 * (a disclaimer, "Bookmark the permalink.").
 */
describe('a closing category line', () => {
	it('is left out with its separator, its German label and the template sentence after the names', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}
<p class="postmetadata"><small> | Abgelegt unter <a href="/category/handys/" rel="category tag">Handys</a>, <a href="/category/spiele/" rel="category tag">Spiele</a><br>
Die Meinung des Autors ist seine eigene.</small></p>
<p><small>Filed under <a href="/category/phones/">Phones</a>, <a href="/category/reviews/">Reviews</a>. Bookmark the <a href="/2026/post/">permalink</a>.</small></p>`);
		expect(body).toContain('A third paragraph');
		for (const furniture of ['Abgelegt', 'Handys', 'Die Meinung', 'Filed under', 'permalink']) expect(body).not.toContain(furniture);
	});

	it('stays when the names run on into the writer’s prose', () => {
		const prose = 'Posted in <a href="/berlin">Berlin</a>, the maker’s letter says the battery will be replaced for free for anyone who asks before June, and that the phones sold since March already carry the new cell, which lasts a day longer.';
		expect(articleText(`${ARTICLE_PARAGRAPHS}<p>${prose}</p>`)).toContain('the maker’s letter says the battery will be replaced');
	});
});
