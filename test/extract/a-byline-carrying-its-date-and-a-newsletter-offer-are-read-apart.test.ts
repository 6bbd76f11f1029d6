import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A Japanese IT-news CMS prints byline and date on one line under the headline
 * (`<p class="author">Tech Japan Staff 2019年04月28日 08時00分</p>`) and closes the story with a
 * newsletter offer ("Tech Japan 記事を毎朝メールでまとめ読み(登録無料)": the articles by email
 * every morning, free sign-up). The author is the name without the date; the offer is not body.
 */

function article(byline: string) {
	const html = `<!doctype html><html lang="ja"><head><title>A Raspberry Pi rival that runs Ubuntu - Tech Japan</title></head><body>
<div id="contents-left"><h1 class="leaftitle">A Raspberry Pi rival that runs Ubuntu</h1><p class="author">${byline}</p>
<div class="leaf_content"><div class="article_body">${ARTICLE_PARAGRAPHS}</div></div>
<div id="article_under_nllink" class="section"><p>Tech Japan 記事を毎朝メールでまとめ読み(登録無料)</p><div><a href="/newsletter/">メールマガジン購読のお申し込み</a></div></div></div></body></html>`;
	return snapshotOf(html, 'https://tech.example/article/35136396/').article;
}

describe('a byline line under the headline', () => {
	it('names the author without the date it carries', () => {
		expect(article('Tech Japan Staff 2019年04月28日 08時00分').authors.map((author) => author.name)).toEqual(['Tech Japan Staff']);
		expect(article('Jane Doe March 25, 2015').authors.map((author) => author.name)).toEqual(['Jane Doe']);
	});

	it('keeps a name with no date whole', () => {
		expect(article('Jane Doe').authors.map((author) => author.name)).toEqual(['Jane Doe']);
	});
});

describe('a newsletter offer after the story', () => {
	it('is not body', () => {
		const text = article('Jane Doe').body.map((block) => block.text).join('\n');
		expect(text).toMatch(/closes the story/);
		expect(text).not.toMatch(/メール/);
	});
});
