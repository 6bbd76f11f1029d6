import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Microdata in the article's header gives the publication instant in a `<meta itemprop>` tag;
 * pages saved by Postlight's parser hold its value in `value`, not `content`. It is the instant,
 * with its zone, all the same.
 */

function publishedOf(metaAttributes: string): string | null {
	const html = `<!doctype html><html lang="ja"><head><title>手のひらサイズのスマホの実機チェック - 週刊ガジェット</title></head>
<body itemscope itemtype="http://schema.org/BlogPosting"><div id="main"><div id="articleHead">
<h1 itemprop="headline">手のひらサイズのスマホの実機チェック</h1><p class="author" itemprop="author">文●山田／編集部</p>
<meta itemprop="datePublished" ${metaAttributes}></div>
<div class="article" itemprop="articleBody">${ARTICLE_PARAGRAPHS}</div></div></body></html>`;
	return snapshotOf(html, 'https://gadget.example.jp/elem/000/000/428/428292/').article.publishedAt;
}

describe('a date meta in the article that writes its value in a value attribute', () => {
	it('is read: the publication instant with its zone', () => {
		expect(publishedOf('value="2019-04-21T12:00:00+09:00"')).toBe('2019-04-21T12:00:00+09:00');
	});

	it('is read as before when it writes content', () => {
		expect(publishedOf('content="2019-04-21T12:00:00+09:00"')).toBe('2019-04-21T12:00:00+09:00');
	});
});
