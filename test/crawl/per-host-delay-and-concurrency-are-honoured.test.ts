import {afterEach, describe, expect, it} from 'vitest';
import {crawl} from '../../src/crawl/index.js';
import {configFromFlags} from '../../src/crawl/config.js';
import {startTinySite, type Hit} from './helpers/tiny-site.js';
import {closeTinyCrawls, tinyCrawlDeps} from './helpers/tiny-crawl.js';
import {virtualTime} from './helpers/virtual-time.js';

afterEach(closeTinyCrawls);

function gaps(hits: readonly Hit[]): number[] {
	return hits.slice(1).map((hit, i) => hit.at - (hits[i] as Hit).at);
}

describe('per-host politeness', () => {
	it('spaces the requests to one host by perHost.delayMs (read on an injected clock)', async () => {
		const time = virtualTime();
		const site = await startTinySite({articles: 6, now: time.now});
		const {store, fetcher} = await tinyCrawlDeps(site, 'newsvault-polite-');
		const config = configFromFlags({seeds: [`${site.url}news.html`], include: ['/a/'], concurrency: 4, name: 'tiny'});
		config.sites[0]!.perHost = {concurrency: 1, delayMs: 1000};

		const summary = await crawl(config, {fetcher, store, render: 'never', time});

		expect(summary.fetched).toBe(6);
		// robots.txt, the listing and six articles: eight requests, each at least a second after the one before.
		expect(site.hits).toHaveLength(8);
		for (const gap of gaps(site.hits)) expect(gap).toBeGreaterThanOrEqual(1000);
	});

	it('honours a longer Crawl-delay from robots.txt', async () => {
		const time = virtualTime();
		const site = await startTinySite({articles: 4, now: time.now, robots: 'User-agent: *\nCrawl-delay: 5\n'});
		const {store, fetcher} = await tinyCrawlDeps(site, 'newsvault-polite-');
		const config = configFromFlags({seeds: [`${site.url}news.html`], include: ['/a/'], name: 'tiny'});
		config.sites[0]!.perHost = {concurrency: 1, delayMs: 100};

		await crawl(config, {fetcher, store, render: 'never', time});

		expect(site.hits[0]?.path).toBe('/robots.txt');
		expect(site.hits).toHaveLength(6);
		for (const gap of gaps(site.hits)) expect(gap).toBeGreaterThanOrEqual(5000);
	});

	it('never has more requests in flight to a host than perHost.concurrency', async () => {
		const time = virtualTime();
		const site = await startTinySite({articles: 12, now: time.now});
		// Slow answers keep requests overlapping, so a missing limit would show.
		for (let n = 1; n <= 12; n++) {
			site.on(`/a/${n}.html`, async (_req, res) => {
				await new Promise((resolve) => setTimeout(resolve, 30));
				res.writeHead(200, {'content-type': 'text/html'}).end(`<!doctype html><title>${n}</title><article><h1>Story ${n}</h1><p>${'Text of the story. '.repeat(40)}</p></article>`);
			});
		}
		const {store, fetcher} = await tinyCrawlDeps(site, 'newsvault-polite-');
		const config = configFromFlags({seeds: [`${site.url}news.html`], include: ['/a/'], concurrency: 8, name: 'tiny'});
		config.sites[0]!.perHost = {concurrency: 2, delayMs: 0};

		const summary = await crawl(config, {fetcher, store, render: 'never', time});

		expect(summary.fetched).toBe(12);
		expect(Math.max(...site.hits.map((hit) => hit.inFlight))).toBeLessThanOrEqual(2);
	});
});
