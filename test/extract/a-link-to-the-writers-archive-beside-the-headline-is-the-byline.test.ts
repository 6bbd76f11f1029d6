import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A tech-news CMS sets the byline as a bare link under the headline, marked by no class word
 * but its archive address: `<a class="articleHeader_name" href="/author/180/">著者：後藤大地</a>`
 * ("Author: Daichi Goto"). It names the author, without its label, and is not body text.
 */

function article(byline: string) {
	const html = `<!doctype html><html lang="ja"><head><title>WinRAR flaw found after 19 years | Tech Plus</title></head><body>
<div class="main"><div class="articleHeader"><h1 class="articleHeader_title">WinRAR flaw found after 19 years</h1>
<div class="articleHeader_info"><div class="articleHeader_date"><p class="articleHeader_update"><time datetime="2019-02-22T17:23:44+09:00">2019/02/22 17:23</time></p></div>${byline}</div></div>
<article class="article"><div class="article-body">${ARTICLE_PARAGRAPHS}</div></article></div></body></html>`;
	return snapshotOf(html, 'https://tech.example/article/20190222-775563/').article;
}

describe('a link to the writer’s archive beside the headline', () => {
	it('names the author without the byline’s label, and leaves the body', () => {
		const extracted = article('<a class="articleHeader_name" href="/author/180/">著者：後藤大地</a>');
		expect(extracted.authors).toEqual([{name: '後藤大地', url: 'https://tech.example/author/180/'}]);
		expect(extracted.body[0]?.text).toMatch(/^The body of this test article/);
	});

	it('names no one when it links elsewhere', () => {
		expect(article('<a class="articleHeader_name" href="/tag/security/">Security</a>').authors).toEqual([]);
	});
});
