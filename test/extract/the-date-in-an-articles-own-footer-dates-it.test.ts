import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * WordPress's default themes since 2015 set the post's date in the article's own footer
 * (`<article><footer class="entry-footer"><span class="posted-on">Posted on <time class="entry-date
 * published" datetime="…">`): that time dates the article. A footer of the page (the site's, with
 * its latest posts) is furniture: its dates are other stories'.
 */

function publishedAt(after: string, footer = ''): string | null {
	const html = `<!doctype html><html lang="en"><head><title>Parsing JSON quickly</title></head><body>
<article id="post-1" class="post"><header class="entry-header"><h1 class="entry-title">Parsing JSON quickly</h1></header>
<div class="entry-content">${ARTICLE_PARAGRAPHS}</div>${after}</article>${footer}</body></html>`;
	return snapshotOf(html, 'https://blog.example/json-parsing/').article.publishedAt;
}

describe('the date in an article’s own footer', () => {
	it('dates the article', () => {
		const footer = '<footer class="entry-footer"><span class="posted-on"><span class="screen-reader-text">Posted on </span><a href="/json-parsing/" rel="bookmark"><time class="entry-date published" datetime="2019-08-02T15:57:41+00:00">August 2, 2019</time></a></span></footer>';
		expect(publishedAt(footer)).toBe('2019-08-02T15:57:41+00:00');
	});

	it('does not when the footer is the page’s', () => {
		const pageFooter = '<footer id="colophon"><ul><li><a href="/older-post/">An older post</a> <time class="entry-date published" datetime="2019-07-01T10:00:00+00:00">July 1, 2019</time></li></ul></footer>';
		expect(publishedAt('', pageFooter)).toBeNull();
	});
});
