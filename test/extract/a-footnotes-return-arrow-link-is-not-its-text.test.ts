import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

describe("a footnote's return-arrow link", () => {
	const notes = '<ol class="notes"><li id="note-1">Battery figures from the maker\'s own test. <a href="#cite-1">↩</a></li><li id="note-2">Measured at 50% brightness. <a href="#cite-2">↩︎</a> <a href="#cite-2b">↑</a></li></ol>';

	it('leaves the arrow out and keeps the note', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}${notes}`);
		expect(body).toContain("Battery figures from the maker's own test.\nMeasured at 50% brightness.");
		expect(body).not.toMatch(/[↩↑]/u);
	});

	it('keeps an arrow that links elsewhere or has words beside it', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<p>Scroll <a href="#top">↑ back to the top</a> or read <a href="https://news.example/next">↩</a> the next story.</p>`);
		expect(body).toContain('↑ back to the top');
		expect(body).toContain('↩ the next story');
	});
});
