import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {crawl} from '../../src/crawl/index.js';
import {normalizeUrl} from '../../src/crawl/normalize.js';
import {archivedPaths, article, crawlEnv, type CrawlEnv} from './helpers/crawl-env.js';

describe('normalizeUrl', () => {
	it.each([
		['HTTP://News.Example:80/a?utm_source=rss&utm_medium=feed', 'http://news.example/a'],
		['https://news.example:443/a#comments', 'https://news.example/a'],
		['https://news.example/a?fbclid=x&gclid=y&mc_cid=z&mc_eid=w', 'https://news.example/a'],
		['https://news.example/a?b=2&a=1', 'https://news.example/a?a=1&b=2'],
		['https://news.example/a?id=9&utm_campaign=x', 'https://news.example/a?id=9'],
		['https://news.example/a?', 'https://news.example/a'],
		['https://user:pw@news.example/a', 'https://news.example/a'],
		['https://news.example/x/../a', 'https://news.example/a'],
	])('%s → %s', (input, expected) => {
		expect(normalizeUrl(input)).toBe(expected);
	});

	it('keeps the path as the server spells it (case and trailing slash can matter)', () => {
		expect(normalizeUrl('https://news.example/News/')).toBe('https://news.example/News/');
		expect(normalizeUrl('https://news.example/News')).toBe('https://news.example/News');
	});

	it('keeps the encoding of the parameters it keeps', () => {
		expect(normalizeUrl('https://news.example/s?q=a%20b&flag&utm_source=x')).toBe('https://news.example/s?flag&q=a%20b');
	});

	it('keeps repeated parameters in their order', () => {
		expect(normalizeUrl('https://news.example/a?tag=b&tag=a')).toBe('https://news.example/a?tag=b&tag=a');
	});

	it.each(['mailto:tips@news.example', 'javascript:void(0)', 'ftp://news.example/a', 'not a url'])('rejects %s', (input) => {
		expect(normalizeUrl(input)).toBeNull();
	});
});

describe('deduplication in a crawl', () => {
	let env: CrawlEnv;
	beforeEach(async () => {
		env = await crawlEnv();
	});
	afterEach(async () => {
		await env.close();
	});

	it('fetches and archives an article once when feeds and listings link it with tracking parameters and fragments', async () => {
		const {site} = env;
		// The RSS feed links article 1 with utm_*/fbclid, the Atom feed article 2 with utm_campaign,
		// and page 2 of the listing article 7 with utm_* and #comments.
		const config = env.config({feeds: [`${site.url}crawl/feed.rss`, `${site.url}crawl/feed.atom`]});

		await crawl(config, {fetcher: env.fetcher, store: env.store, render: 'never'});

		for (const n of [1, 2, 7]) {
			expect(site.requests.filter((path) => path.startsWith(article(n)))).toEqual([article(n)]);
			expect(await env.store.history(`${site.url}${article(n).slice(1)}`)).toHaveLength(1);
		}
		expect((await archivedPaths(env.store)).filter((p) => p.includes('?'))).toEqual([]);
	});
});
