import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * CMSs get the zone of `article:published_time` wrong in two ways, and the article's own
 * `<time datetime>`, which names its zone, then gives the exact instant:
 * - a wall clock in a zone it does not name ("2017-01-09T05:00:00", a business-news CMS),
 *   beside a `<time datetime="2017-01-09T10:00:00Z">` for the same day;
 * - the local clock stamped as UTC ("2019-04-19T20:00:00.000Z") beside a
 *   `<time datetime="2019-04-19T20:00:00+09:00">`: two true instants an offset apart never
 *   show the same clock.
 * A meta time that names a real zone, or a `<time>` on another day or clock, leaves it as it is.
 */

function publishedAt(metaTime: string, datetime: string): string | null {
	const html = `<!doctype html><html lang="en"><head><title>Capsule toy machines take transit cards</title><meta property="article:published_time" content="${metaTime}"></head><body>
<article><header class="post__header"><p class="post-date"><time datetime="${datetime}">2019.04.19 20:00</time></p><h1>Capsule toy machines take transit cards</h1></header>${ARTICLE_PARAGRAPHS}</article></body></html>`;
	return snapshotOf(html, 'https://gadgets.example/2019/04/capsule-toys.html').article.publishedAt;
}

describe('a published time without a zone in the meta tags', () => {
	it('yields to the article’s time element that names its zone for the same day', () => {
		expect(publishedAt('2017-01-09T05:00:00', '2017-01-09T10:00:00Z')).toBe('2017-01-09T10:00:00Z');
	});

	it('stays when the time element is on another day', () => {
		expect(publishedAt('2017-01-09T05:00:00', '2017-01-12T10:00:00Z')).toBe('2017-01-09T05:00:00Z');
	});
});

describe('a UTC published time in the meta tags', () => {
	it('yields to the article’s time element showing the same clock in its own zone', () => {
		expect(publishedAt('2019-04-19T20:00:00.000Z', '2019-04-19T20:00:00+09:00')).toBe('2019-04-19T20:00:00+09:00');
	});

	it('stays when the time element shows another clock', () => {
		expect(publishedAt('2019-04-19T11:00:00.000Z', '2019-04-19T20:00:00+09:00')).toBe('2019-04-19T11:00:00.000Z');
	});
});

describe('a published time that names a zone other than UTC', () => {
	it('is not overruled', () => {
		expect(publishedAt('2017-01-09T05:00:00-05:00', '2017-01-09T12:00:00Z')).toBe('2017-01-09T05:00:00-05:00');
		expect(publishedAt('2019-04-19T20:00:00-04:00', '2019-04-19T20:00:00+09:00')).toBe('2019-04-19T20:00:00-04:00');
	});
});
