import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A how-to site prints its date only as text in the author box under the story
 * (`<li>Published 12/10/16</li>`), with no `<time>`, no meta tag and no date in the address.
 * That labelled stamp dates the article, in the zone the page's other stated times name (a
 * modified time at +09:00). A stamp labelled otherwise ("Updated …"), one in page
 * furniture, or a sentence that mentions a date does not.
 */

function publishedAt(authorBox: string, aside = ''): string | null {
	const html = `<!doctype html><html lang="en"><head><title>Echo or Home: which one to buy</title></head><body>
<article><h1>Echo or Home: which one to buy</h1>${ARTICLE_PARAGRAPHS}</article>
<div class="authorbox"><p>Jane Doe is a writer who has covered smart speakers since the first one.</p><ul class="normul">${authorBox}</ul></div>${aside}</body></html>`;
	return snapshotOf(html, 'https://howto.example/282568/echo-or-home/').article.publishedAt;
}

describe('a date stamp labelled as the publication', () => {
	it('dates the article when nothing else does', () => {
		expect(publishedAt('<li>Published 12/10/16</li>')).toBe('2016-12-10T00:00:00Z');
	});

	it('is read in the zone of the page’s stated modified time', () => {
		const html = `<!doctype html><html lang="ja"><head><title>Testing SSDs in a tiny PC</title><meta property="article:modified_time" content="2019-02-22T14:37:03+09:00"></head><body>
<div id="date"><span class="arrow">»</span> <span id="update">2019年02月22日 14時30分 公開</span></div><article><h1>Testing SSDs in a tiny PC</h1>${ARTICLE_PARAGRAPHS}</article></body></html>`;
		expect(snapshotOf(html, 'https://pc.example/articles/news089.html').article.publishedAt).toBe('2019-02-22T14:30:00+09:00');
	});

	it('does not when it is labelled an update', () => {
		expect(publishedAt('<li>Updated 12/10/16</li>')).toBeNull();
	});

	it('does not in page furniture or in a sentence', () => {
		expect(publishedAt('<li>She first published a review of a speaker on 12/10/16, and many more after.</li>', '<aside><ul><li>Posted 12/11/16</li></ul></aside>')).toBeNull();
	});
});
