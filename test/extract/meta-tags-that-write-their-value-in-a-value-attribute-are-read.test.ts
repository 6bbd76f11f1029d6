import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Pages saved by Postlight's Mercury parser (and a few CMSs) hold every meta tag's value in a
 * `value` attribute (`<meta value="…" name="og:title">`) rather than `content`. The tags mean the
 * same: the publication instant with its zone, the tags and the picture come from them, not from
 * a zoneless date printed under the headline.
 */

function articleOf(head: string) {
	const html = `<!doctype html><html lang="ja"><head><title>電波法改正案の概要 - 携帯ニュース</title>${head}</head><body>
<main><article><h1>電波法改正案の概要</h1><div class="article-info"><ul class="author list"><li>山田 太郎</li></ul>
<p class="publish-date">2019年2月22日 22:25</p></div>${ARTICLE_PARAGRAPHS}</article></main></body></html>`;
	return snapshotOf(html, 'https://mobile.example.jp/docs/news/1171272.html').article;
}

const VALUE_TAGS = `<meta value="article" name="og:type"><meta value="https://mobile.example.jp/img/list/1171/272/mic.jpg" name="og:image">
<meta value="2019-02-22T22:25:50+09:00" name="article:published_time"><meta value="2019-02-23T02:27:33+09:00" name="article:modified_time">
<meta value="業界動向,政策" name="article:tag">`;

describe('meta tags that write their value in a value attribute', () => {
	it('are read: the instants with their zone, the tags and the picture', () => {
		const article = articleOf(VALUE_TAGS);
		expect(article.publishedAt).toBe('2019-02-22T22:25:50+09:00');
		expect(article.modifiedAt).toBe('2019-02-23T02:27:33+09:00');
		expect(article.tags).toEqual(['業界動向', '政策']);
		expect(article.image).toBe('https://mobile.example.jp/img/list/1171/272/mic.jpg');
	});

	it('yield to content when a tag writes both', () => {
		const article = articleOf('<meta name="article:published_time" content="2019-02-22T22:25:50+09:00" value="2001-01-01T00:00:00Z">');
		expect(article.publishedAt).toBe('2019-02-22T22:25:50+09:00');
	});
});
