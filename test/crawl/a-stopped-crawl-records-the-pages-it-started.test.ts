import {afterEach, expect, it} from 'vitest';
import {ArchiveStore} from '../../src/archive/index.js';
import {configFromFlags} from '../../src/crawl/config.js';
import {crawl} from '../../src/crawl/index.js';
import {HttpFetcher} from '../../src/fetch/http.js';
import {tmpDir} from '../helpers/tmp-dir.js';
import {startTinySite} from './helpers/tiny-site.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0)) await cleanup();
});

it('after a stop, every article the site served is archived whole, and no new article is requested', async () => {
	const site = await startTinySite({articles: 20, now: () => Date.now()});
	const {dir, cleanup} = await tmpDir('newsvault-stop-');
	const fetcher = new HttpFetcher();
	cleanups.push(async () => {
		await fetcher.close();
		await site.close();
		await cleanup();
	});
	const store = await ArchiveStore.open(dir);
	const config = configFromFlags({seeds: [`${site.url}news.html`], include: ['/a/'], concurrency: 2, name: 'tiny'});
	config.sites[0]!.perHost = {concurrency: 2, delayMs: 0};
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
