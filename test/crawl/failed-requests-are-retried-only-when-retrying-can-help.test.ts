import {afterEach, describe, expect, it} from 'vitest';
import {MAX_ATTEMPTS, backoffMs, retryDecision} from '../../src/crawl/failure.js';
import {crawl} from '../../src/crawl/index.js';
import {FetchError} from '../../src/fetch/errors.js';
import {articleHtml, startTinySite, type TinySite} from './helpers/tiny-site.js';
import {closeTinyCrawls, tinyConfig, tinyCrawlDeps} from './helpers/tiny-crawl.js';
import {virtualTime, type VirtualTime} from './helpers/virtual-time.js';

afterEach(closeTinyCrawls);

async function run(site: TinySite, time: VirtualTime) {
	const {store, fetcher} = await tinyCrawlDeps(site, 'newsvault-retry-');
	const config = tinyConfig(site, {concurrency: 1, delayMs: 0});
	const summary = await crawl(config, {fetcher, store, render: 'never', time, random: () => 0.5});
	return {summary, store};
}

describe('retryDecision', () => {
	const url = 'https://news.example/a';

	it('does not retry an error that is not retryable (404, not HTML)', () => {
		expect(retryDecision(new FetchError('ERR_HTTP_STATUS', '404 Not Found', {url, status: 404}), 1)).toEqual({retry: false});
		expect(retryDecision(new FetchError('ERR_NOT_HTML', 'not HTML', {url}), 1)).toEqual({retry: false});
	});

	it(`stops after ${MAX_ATTEMPTS} attempts`, () => {
		const reset = new FetchError('ERR_CONNECTION_RESET', 'closed', {url, retryable: true});
		expect(retryDecision(reset, MAX_ATTEMPTS - 1, () => 0).retry).toBe(true);
		expect(retryDecision(reset, MAX_ATTEMPTS, () => 0).retry).toBe(false);
	});

	it('waits what Retry-After asks on a 429 or 503, capped at ten minutes', () => {
		const asked = (ms: number) => new FetchError('ERR_HTTP_STATUS', '429', {url, status: 429, retryAfterMs: ms, retryable: true});
		expect(retryDecision(asked(120_000), 1)).toEqual({retry: true, delayMs: 120_000, reason: 'retry-after'});
		expect(retryDecision(asked(86_400_000), 1)).toMatchObject({delayMs: 600_000});
	});

	it('backs off exponentially with jitter between half and all of the doubled delay', () => {
		expect([1, 2, 3].map((attempt) => backoffMs(attempt, () => 0))).toEqual([500, 1000, 2000]);
		expect([1, 2, 3].map((attempt) => backoffMs(attempt, () => 0.999_999))).toEqual([1000, 2000, 4000]);
	});
});

describe('retries in a crawl', () => {
	it('waits out a 429 Retry-After (the whole host pauses), then archives the page', async () => {
		const time = virtualTime();
		const site = await startTinySite({articles: 4, now: time.now});
		site.on('/a/2.html', (_req, res, _hit, count) => {
			if (count === 1) return void res.writeHead(429, {'retry-after': '120', 'content-type': 'text/plain'}).end('slow down');
			res.writeHead(200, {'content-type': 'text/html'}).end(articleHtml(2));
		});

		const {summary, store} = await run(site, time);

		const [refused, retried] = site.hitsFor('/a/2.html');
		expect(retried!.at - refused!.at).toBeGreaterThanOrEqual(120_000);
		const after = site.hits.slice(site.hits.indexOf(refused!) + 1);
		for (const hit of after) expect(hit.at - refused!.at).toBeGreaterThanOrEqual(120_000);
		expect(summary).toMatchObject({fetched: 4, new: 4, retries: 1, failed: {total: 0}});
		expect(await store.history(`${site.url}a/2.html`)).toHaveLength(1);
	});

	it('retries a host that drops the connection, then counts the URL as failed by reason', async () => {
		const time = virtualTime();
		const site = await startTinySite({articles: 3, now: time.now});
		site.on('/a/3.html', (req) => {
			req.socket.destroy();
		});

		const {summary} = await run(site, time);

		expect(site.hitsFor('/a/3.html')).toHaveLength(MAX_ATTEMPTS);
		expect(summary.failed).toEqual({total: 1, byReason: {ERR_CONNECTION_RESET: 1}});
		expect(summary.retries).toBe(MAX_ATTEMPTS - 1);
		expect(summary.new).toBe(2);
	});

	it('does not retry a 404', async () => {
		const time = virtualTime();
		const site = await startTinySite({articles: 3, now: time.now});
		site.on('/a/1.html', (_req, res) => void res.writeHead(404, {'content-type': 'text/html'}).end('gone'));

		const {summary} = await run(site, time);

		expect(site.hitsFor('/a/1.html')).toHaveLength(1);
		expect(summary.failed).toEqual({total: 1, byReason: {ERR_HTTP_STATUS: 1}});
		expect(summary.retries).toBe(0);
	});
});
