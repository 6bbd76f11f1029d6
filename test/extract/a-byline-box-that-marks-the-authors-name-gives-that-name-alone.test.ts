import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A byline box (`div.article-author`) that sets the story's keywords beside the writer's name,
 * and marks the name itself (`a.article-author__name`): the author is that name, not the box's
 * whole text with the keyword label and tags.
 */

const page = (byline: string): string => `<!doctype html><html lang="ja"><head><title>Archiver flaw found, update now | Tech News</title></head><body>
<main><div class="article-header"><p class="article-header__update">2019/02/22 17:23:44</p><h1>Archiver flaw found, update now</h1></div>
<div class="article-author">${byline}
<dl class="article-keyword"><dt class="article-keyword__tit">関連キーワード：</dt><dd class="article-keyword__txt"><a class="article-keyword__link" href="/tag/vulnerability/">脆弱性</a></dd></dl></div>
<article class="article"><div class="article-body">${ARTICLE_PARAGRAPHS}</div></article></main></body></html>`;

describe('a byline box that marks the author name', () => {
	it('gives that name alone, without the keywords set beside it', () => {
		const html = page('<a class="article-author__name" href="/author/180/">後藤大地</a>');
		expect(snapshotOf(html, 'https://news.example/article/20190222-775563/', {profiles: []}).article.authors).toEqual([{name: '後藤大地', url: 'https://news.example/author/180/'}]);
	});
});
