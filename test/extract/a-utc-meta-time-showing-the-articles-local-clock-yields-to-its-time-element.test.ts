import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A CMS formats its local publishing clock as UTC: `article:published_time` reads
 * "2019-04-19T20:00:00.000Z" while the article prints "2019.04.19 20:00" in
 * `<time datetime="2019-04-19T20:00:00+09:00">`. Two true instants an offset apart never show
 * the same clock, so the meta time is the local clock mislabelled and the `<time>` is read.
 * A UTC meta time on another clock, or a meta time in a named non-UTC zone, stays.
 */

function publishedAt(metaTime: string, datetime: string): string | null {
	const html = `<!doctype html><html lang="ja"><head><title>Capsule toy machines take transit cards</title><meta property="article:published_time" content="${metaTime}"></head><body>
<article><header><h1>Capsule toy machines take transit cards</h1><p class="post-date"><time datetime="${datetime}">2019.04.19 20:00</time></p></header>${ARTICLE_PARAGRAPHS}</article></body></html>`;
	return snapshotOf(html, 'https://gadgets.example/2019/04/capsule-toys.html').article.publishedAt;
}

describe('a UTC published time in the meta tags', () => {
	it('yields to the article’s time element showing the same clock in its own zone', () => {
		expect(publishedAt('2019-04-19T20:00:00.000Z', '2019-04-19T20:00:00+09:00')).toBe('2019-04-19T20:00:00+09:00');
	});

	it('stays when the time element shows another clock', () => {
		expect(publishedAt('2019-04-19T11:00:00.000Z', '2019-04-19T20:00:00+09:00')).toBe('2019-04-19T11:00:00.000Z');
	});

	it('stays when it names a zone other than UTC', () => {
		expect(publishedAt('2019-04-19T20:00:00-04:00', '2019-04-19T20:00:00+09:00')).toBe('2019-04-19T20:00:00-04:00');
	});
});
