import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

describe('a byline wrapped with its label in an inline element', () => {
	it('leaves out the meta line "By <writer> <time>" when the writer link sits in a labelled span', () => {
		const body = articleText(`<p class="meta-data"><span class="meta-by">By <a class="author" href="/author/jane-doe">Jane Doe</a></span> <time class="article-time">Friday, Jan 13, 2017 at 4:45 pm EST</time></p>${ARTICLE_PARAGRAPHS}`);
		expect(body.startsWith('The body of this test article')).toBe(true);
		expect(body).not.toContain('Jane Doe');
		expect(body).not.toContain('Jan 13, 2017');
	});

	it('leaves out the labelled span standing alone, label and all', () => {
		const body = articleText(`<p><span class="meta-by">By <a class="author" href="/author/jane-doe">Jane Doe</a></span></p>${ARTICLE_PARAGRAPHS}`);
		expect(body.startsWith('The body of this test article')).toBe(true);
	});

	it('keeps a sentence whose labelled credit opens it', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<p><span class="credit">by <a class="author" href="/author/jane-doe">Jane Doe</a></span>, who tested every phone in this story for two weeks, found the battery figures held up in daily use and in the lab alike.</p>`);
		expect(body).toContain('who tested every phone in this story');
	});
});
