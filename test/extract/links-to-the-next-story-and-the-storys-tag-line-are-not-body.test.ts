import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * Blogs close a post with the lines their template writes after it: the categories and tags it
 * is filed under, and links to the stories before and after it, as loose inline text
 * (`<em>≫次の記事</em><br><a>…</a>`), not in a `<nav>`.
 */
describe('the lines a blog template sets after the story', () => {
	it('leaves out the category and tag list and the links to the next and previous story', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}
<ul style="padding-bottom:.6em"><li>カテゴリ <a href="/server-network/">サーバ / ストレージ</a></li>
<li>タグ <a href="/tag/intel">Intel</a>, <a href="/tag/ssd">SSD</a>, <a href="/tag/nvm">不揮発性メモリ</a></li></ul>
<em>≫次の記事</em><br><a href="/blog/19/next.html">Stack Overflow is looking for a new chief executive</a><br><br>
<em>≪前の記事</em><br><a href="/blog/19/previous.html">Storage-class memory goes on general sale</a>
<p>Previous post: <a href="/2019/older">Why foldables still crease</a></p>
<p>Tags: <a href="/tag/phones">Phones</a>, <a href="/tag/batteries">Batteries</a></p>
<div id="PreviousNext"><table><tr valign="top"><td align="right"><strong>Previous:</strong></td><td><a href="/2025/02/backdoor">Apple Pulls Advanced Data Protection From the UK</a></td></tr>
<tr valign="top"><td align="right"><strong>Next:</strong></td><td><a href="/2025/03/drm">Why Can’t We Screenshot Frames From DRM-Protected Video?</a></td></tr></table></div>`);
		expect(body).toContain('A third paragraph');
		for (const furniture of ['カテゴリ', 'Intel', '次の記事', 'Stack Overflow', '前の記事', 'Previous post', 'Why foldables', 'Tags:', 'Apple Pulls', 'Screenshot Frames']) expect(body).not.toContain(furniture);
	});

	it('keeps story lines that open with the same words but are the writer’s own', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}
<p>Next post, we will look at the battery in detail, as promised in <a href="/review">our review</a> of the phone last week.</p>
<p>Next: the maker says the battery will be replaced for free, <a href="/support">its support page</a> says, for anyone who asks before June.</p>
<p>Tags are how the phone's gallery app groups pictures, and <a href="/help">the help page</a> explains how to edit them by hand.</p>
<ul><li>Category: the phone sits in the mid-range, priced against <a href="/pixel">the Pixel 8a</a></li><li>Battery life: two days with light use</li></ul>`);
		expect(body).toContain('Next post, we will look at the battery');
		expect(body).toContain('Next: the maker says the battery');
		expect(body).toContain('Tags are how the phone');
		expect(body).toContain('Battery life: two days');
	});
});
