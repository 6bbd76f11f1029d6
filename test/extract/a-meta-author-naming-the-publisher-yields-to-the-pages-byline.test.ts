import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * CMS templates write the company into every page's author tag (a Condé Nast title's
 * `author` is "Condé Nast", a Japanese publisher's is "株式会社…", a Japanese tech site writes
 * "… Inc." before the writer's own tag, a Japanese weekly its own site name). Such a name is
 * the publisher: a company's legal form, the site's name, or the holder the copyright notice names. The byline the page shows is then the writer; with
 * no byline, the tag is still the page's only answer.
 */

function authorsOf(head: string, byline: string): string[] {
	const html = `<!doctype html><html lang="en"><head><title>Carriers raise spectrum fees</title>${head}</head><body>
<header class="site-header"><a href="https://news.example/">News Example</a></header>
<main><article><header class="content-header"><h1>Carriers raise spectrum fees</h1>${byline}</header>${ARTICLE_PARAGRAPHS}</article></main></body></html>`;
	return snapshotOf(html, 'https://news.example/story/spectrum-fees/').article.authors.map((author) => author.name);
}

const BYLINE_LINK = '<div class="bylines"><div class="byline bylines__byline"><a class="byline__name-link" href="https://news.example/contributor/dana-whitfield">Dana Whitfield</a></div></div><time>11.11.2019 10:41 AM</time>';

describe('a meta author that names the publisher', () => {
	it('yields to the byline when the copyright notice names it', () => {
		const head = '<meta name="author" content="Northwind Media"><meta name="copyright" content="Copyright (c) Northwind Media 2019">';
		expect(authorsOf(head, BYLINE_LINK)).toEqual(['Dana Whitfield']);
	});

	it('yields to a bare author list when it carries a legal form', () => {
		const head = '<meta name="author" content="株式会社サンプル出版">';
		const byline = '<div class="article-info"><p class="author"><ul class="author list"><li>山田 太郎</li></ul></p><p class="publish-date">2019年2月22日 22:25</p></div>';
		expect(authorsOf(head, byline)).toEqual(['山田 太郎']);
	});

	it('yields to the byline when it is the site’s own name, and the byline’s mark-set label is cut', () => {
		const head = '<meta name="author" content="週刊サンプル"><meta property="og:site_name" content="週刊サンプル">';
		// The desk credited after the slash is the writer's, not a second writer (an-editorial-desk-credited-after-the-writer-is-no-second-writer).
		expect(authorsOf(head, '<p class="author" itemprop="author">文●オカモト／サンプル編集部</p>')).toEqual(['オカモト']);
		expect(authorsOf('<meta name="author" content="Tom"><meta property="og:site_name" content="Tom’s Guide">', BYLINE_LINK)).toEqual(['Tom']);
	});

	it('is dropped beside the writer’s own author tag', () => {
		const head = '<meta name="author" content="Sample Media Inc."><meta name="author" content="小林 花子">';
		expect(authorsOf(head, '')).toEqual(['小林 花子']);
	});

	it('is still the author when the page shows no byline', () => {
		expect(authorsOf('<meta name="author" content="Sample Media Inc.">', '')).toEqual(['Sample Media Inc.']);
	});

	it('leaves a person’s name alone, even one the copyright notice names', () => {
		const head = '<meta name="author" content="Jane Roe"><meta name="copyright" content="© 2019 Jane Roe">';
		expect(authorsOf(head, '')).toEqual(['Jane Roe']);
	});
});
