import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A blog prints its date only as a line under the headline (`<h1>…</h1><div class="pubdate">
 * 2019年4月4日</div><br>`), with no `<time>`, no meta tag and no date in its address. That line
 * dates the article. A line labelled an update, or a sentence under the headline, does not.
 */
function publishedAt(underHeadline: string): string | null {
	const html = `<!doctype html><html lang="ja"><head><title>Intel ships a one-petabyte SSD - Techblog</title></head><body>
<div id="container"><div id="maincol"><div id="breadcrumbs"><ol><li><a href="/">Top</a></li><li><a href="/storage/">Storage</a></li></ol></div>
<h1>Intel ships a one-petabyte SSD</h1>${underHeadline}<br>
${ARTICLE_PARAGRAPHS}</div></div></body></html>`;
	return snapshotOf(html, 'https://techblog.example/blog/19/intel_ssd.html').article.publishedAt;
}

describe('a date line under the headline', () => {
	it('dates the article when nothing else does, past empty elements', () => {
		expect(publishedAt('<div class="pubdate">2019年4月4日\n\n</div><br>')).toBe('2019-04-04T00:00:00Z');
		expect(publishedAt('<div class="ad-slot"></div><p>April 4, 2019</p>')).toBe('2019-04-04T00:00:00Z');
	});

	it('does not when it is labelled an update', () => {
		expect(publishedAt('<div class="stamp">Updated April 5, 2019</div>')).toBeNull();
	});

	it('is found in the head box after the header around the headline, past a byline and a hidden update stamp', () => {
		const html = `<!doctype html><html><head><title>Article with its date beside the header</title></head><body><main>
<section class="page-wrapper hero"><div class="content"><div class="header"><div class="hero-image"><img alt="" src="/hero.svg"></div><h1>Article with its date beside the header</h1></div>
<div class="metadata"><p class="byline">Written by Jane Author</p><span class="updated rich-snippet">2019-01-07T17:27:31+02:00</span><p class="date">Feb 05, 2026</p></div></div></section>
<article><p>We launched our first product on Oct 20, 2019, after a long period of development that started back on Jan 15, 2018, and it taught us a lot about the market.</p>${ARTICLE_PARAGRAPHS}</article></main></body></html>`;
		expect(snapshotOf(html, 'https://blog.example/article/').article.publishedAt).toBe('2026-02-05T00:00:00Z');
	});

	it('does not when it is a relative time, which moves with every visit', () => {
		expect(publishedAt('<div class="byline"><span>Jon Writer</span></div><div class="stamp">1h ago</div>')).toBeNull();
	});

	it('does not when the line under the headline is a sentence', () => {
		expect(publishedAt('<p class="intro">On April 4, 2019 Intel said it would ship the drive to data centres first.</p>')).toBeNull();
	});
});
