import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A business-news CMS writes `article:published_time` as "2017-01-09T05:00:00": a wall clock
 * in a zone it does not name. The article's own `<time datetime="2017-01-09T10:00:00Z">`
 * names its zone for the same day and is the exact instant. A meta time that names its zone,
 * or a `<time>` on another day, leaves the meta time as it was.
 */

function publishedAt(metaTime: string, datetime: string): string | null {
	const html = `<!doctype html><html lang="en"><head><title>The only five email folders you need</title><meta property="article:published_time" content="${metaTime}"></head><body>
<article><header class="post__header"><ul class="eyebrow"><li><time datetime="${datetime}">01.09.17</time></li></ul><h1>The only five email folders you need</h1></header>${ARTICLE_PARAGRAPHS}</article></body></html>`;
	return snapshotOf(html, 'https://business.example/3067012/five-email-folders').article.publishedAt;
}

describe('a published time without a zone in the meta tags', () => {
	it('yields to the article’s time element that names its zone for the same day', () => {
		expect(publishedAt('2017-01-09T05:00:00', '2017-01-09T10:00:00Z')).toBe('2017-01-09T10:00:00Z');
	});

	it('stays when the time element is on another day', () => {
		expect(publishedAt('2017-01-09T05:00:00', '2017-01-12T10:00:00Z')).toBe('2017-01-09T05:00:00Z');
	});

	it('is not overruled when it names its zone', () => {
		expect(publishedAt('2017-01-09T05:00:00-05:00', '2017-01-09T12:00:00Z')).toBe('2017-01-09T05:00:00-05:00');
	});
});
