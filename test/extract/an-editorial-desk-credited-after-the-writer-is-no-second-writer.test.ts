import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Japanese magazines credit the writer, then the editorial desk (編集部) they write for, after a
 * full-width slash: "文●オカモト／ASCII編集部". The desk is the writer's, not a second writer;
 * a byline that names only the desk keeps it.
 */

function authorsOf(byline: string) {
	const html = `<!doctype html><html lang="ja"><head><title>超小型スマホの実機チェック - 週刊ガジェット</title></head>
<body itemscope itemtype="http://schema.org/BlogPosting"><div id="main"><div id="articleHead">
<h1 itemprop="headline">超小型スマホの実機チェック</h1><p class="author" itemprop="author">${byline}</p></div>
<div class="article" itemprop="articleBody">${ARTICLE_PARAGRAPHS}</div></div></body></html>`;
	return snapshotOf(html, 'https://gadget.example.jp/elem/000/000/428/428292/').article.authors.map((author) => author.name);
}

describe('an editorial desk credited after the writer', () => {
	it('is no second writer: the writer alone', () => {
		expect(authorsOf('文●オカモト／ASCII編集部')).toEqual(['オカモト']);
	});

	it('stays when the byline names only the desk', () => {
		expect(authorsOf('文●ASCII編集部')).toEqual(['ASCII編集部']);
	});
});
