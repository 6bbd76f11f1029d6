import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Japanese news CMSs class the byline `writer` as others class it `author`: a headline block
 * with `<span class="writer">` and `<span class="date">` under the h1, and no author in the
 * JSON-LD or the standard meta tags. The writer is the article's author.
 */

describe('a byline classed writer', () => {
	it('names the author when nothing else does', () => {
		const html = `<!doctype html><html lang="ja"><head><title>Apple news of the week - Tech Japan</title><meta property="og:site_name" content="Tech Japan"></head><body>
<div class="leaf-headline-block"><h1 class="leaf-headline-ttl">Apple news of the week</h1><div class="leaf-headline-inner"><span class="writer">Taro Yamada</span><span class="date"><a href="/archives/2019/04/13/">2019年04月13日 09時00分</a></span></div></div>
<div class="article_body">${ARTICLE_PARAGRAPHS}</div></body></html>`;
		expect(snapshotOf(html, 'https://tech.example/article/35135610/').article.authors).toEqual([{name: 'Taro Yamada', url: null}]);
	});

	it('names the writer without the 《》 brackets it is set in, and no one when it names the site itself', () => {
		const page = (writer: string): string => `<!doctype html><html lang="ja"><head><title>USB stick lost on a train | Security News</title><meta property="og:site_name" content="Security News"></head><body>
<main><header class="arti-header"><h1 class="head">USB stick lost on a train</h1></header><article class="arti-body">${ARTICLE_PARAGRAPHS}</article><span class="writer writer-name">${writer}</span></main></body></html>`;
		expect(snapshotOf(page('《高木 啓》'), 'https://security.example/article/2019/03/05/42049.html').article.authors).toEqual([{name: '高木 啓', url: null}]);
		expect(snapshotOf(page('《Security News》'), 'https://security.example/article/2019/03/05/42049.html').article.authors).toEqual([]);
	});
});
