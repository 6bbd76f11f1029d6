import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {crawl} from '../../src/crawl/index.js';
import {parseRobots, productToken, rulesFromFetch, MAX_CRAWL_DELAY_MS} from '../../src/crawl/robots.js';
import {FetchError} from '../../src/fetch/errors.js';
import {archivedPaths, crawlEnv, serveRobots, type CrawlEnv} from './helpers/crawl-env.js';

const ROBOTS = 'https://news.example/robots.txt';

describe('robots rules', () => {
	it('matches groups by the product token of our user agent', () => {
		expect(productToken('newsvault/0.1.0 (+https://github.com/newsvault/newsvault)')).toBe('newsvault');
		const rules = parseRobots(ROBOTS, 'User-agent: newsvault\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n', 'newsvault/0.1.0 (+https://x)');
		expect(rules.isAllowed('https://news.example/private/a')).toBe(false);
		expect(rules.isAllowed('https://news.example/news/a')).toBe(true);
	});

	it('turns Crawl-delay into milliseconds, capped', () => {
		expect(parseRobots(ROBOTS, 'User-agent: *\nCrawl-delay: 2.5\n', 'newsvault').crawlDelayMs).toBe(2500);
		expect(parseRobots(ROBOTS, 'User-agent: *\nCrawl-delay: 86400\n', 'newsvault').crawlDelayMs).toBe(MAX_CRAWL_DELAY_MS);
	});

	it('allows everything when robots.txt is missing (4xx), and nothing when the server fails (5xx, RFC 9309)', () => {
		const missing = rulesFromFetch(ROBOTS, 'newsvault', {error: new FetchError('ERR_HTTP_STATUS', '404', {url: ROBOTS, status: 404})});
		expect(missing.isAllowed('https://news.example/a')).toBe(true);
		const down = rulesFromFetch(ROBOTS, 'newsvault', {error: new FetchError('ERR_HTTP_STATUS', '503', {url: ROBOTS, status: 503, retryable: true})});
		expect(down.isAllowed('https://news.example/a')).toBe(false);
		const unreachable = rulesFromFetch(ROBOTS, 'newsvault', {error: new FetchError('ERR_CONNECTION_REFUSED', 'refused', {url: ROBOTS})});
		expect(unreachable.source).toBe('unreachable');
	});
});

describe('robots.txt in a crawl', () => {
	let env: CrawlEnv;
	beforeEach(async () => {
		env = await crawlEnv();
	});
	afterEach(async () => {
		await env.close();
	});

	it('never requests a disallowed path, and fetches robots.txt once', async () => {
		serveRobots(env.site, 'User-agent: *\nDisallow: /crawl/articles/private-\n');

		const summary = await crawl(env.config(), {fetcher: env.fetcher, store: env.store, render: 'never'});

		expect(env.site.requests).not.toContain('/crawl/articles/private-draft.html');
		expect(env.site.requests.filter((path) => path === '/robots.txt')).toHaveLength(1);
		expect(summary.skipped.disallowed).toBe(1);
		expect(summary.new).toBe(14);
	});

	it('requests nothing else from a host whose robots.txt answers 503', async () => {
		serveRobots(env.site, 'overloaded', 503);

		const summary = await crawl(env.config(), {fetcher: env.fetcher, store: env.store, render: 'never'});

		expect(env.site.requests).toEqual(['/robots.txt']);
		expect(summary.fetched).toBe(0);
	});

	it('with respectRobots: false, neither reads robots.txt nor obeys it', async () => {
		serveRobots(env.site, 'User-agent: *\nDisallow: /\n');
		const config = {...env.config(), respectRobots: false};

		await crawl(config, {fetcher: env.fetcher, store: env.store, render: 'never'});

		expect(env.site.requests).not.toContain('/robots.txt');
		expect(await archivedPaths(env.store)).toContain('/crawl/articles/private-draft.html');
	});
});
