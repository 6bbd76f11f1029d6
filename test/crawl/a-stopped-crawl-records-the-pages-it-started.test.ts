import {afterEach, expect, it} from 'vitest';
import {crawl} from '../../src/crawl/index.js';
import {startTinySite} from './helpers/tiny-site.js';
import {closeTinyCrawls, tinyConfig, tinyCrawlDeps} from './helpers/tiny-crawl.js';

afterEach(closeTinyCrawls);

it('after a stop, every article the site served is archived whole, and no new article is requested', async () => {
	const site = await startTinySite({articles: 20, now: () => Date.now()});
	const {store, fetcher} = await tinyCrawlDeps(site, 'newsvault-stop-');
	const config = tinyConfig(site, {concurrency: 2, delayMs: 0}, 2);
	const stop = new AbortController();

	const summary = await crawl(config, {fetcher, store, render: 'never'}, {signal: stop.signal, onOutcome: () => stop.abort()});

	expect(summary.interrupted).toBe(true);
	const served = site.hits.filter((hit) => hit.path.startsWith('/a/')).map((hit) => `${site.url}${hit.path.slice(1)}`).sort();
	const archived: string[] = [];
	for await (const url of store.urls()) archived.push(url);
	expect(archived.sort()).toEqual(served);
	expect(served.length).toBeLessThan(20);
	expect(summary.fetched).toBe(served.length);
	expect(await store.verify()).toMatchObject({ok: true});
});
