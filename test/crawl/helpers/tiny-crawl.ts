import {ArchiveStore} from '../../../src/archive/index.js';
import {configFromFlags, type CrawlConfig} from '../../../src/crawl/config.js';
import {HttpFetcher} from '../../../src/fetch/http.js';
import {tmpDir} from '../../helpers/tmp-dir.js';
import type {TinySite} from './tiny-site.js';

const open: Array<() => Promise<void>> = [];

/**
 * An archive in a fresh temporary folder and an HTTP fetcher for crawling `site`. They and the
 * site are closed by `closeTinyCrawls()`, which the test file calls in `afterEach`.
 */
export async function tinyCrawlDeps(site: TinySite, prefix: string): Promise<{store: ArchiveStore; fetcher: HttpFetcher; dir: string}> {
	const {dir, cleanup} = await tmpDir(prefix);
	const fetcher = new HttpFetcher();
	open.push(async () => {
		await fetcher.close();
		await site.close();
		await cleanup();
	});
	return {store: await ArchiveStore.open(dir), fetcher, dir};
}

export async function closeTinyCrawls(): Promise<void> {
	for (const close of open.splice(0)) await close();
}

/** The tiny site's crawl: its news page as the seed, articles only, with these per-host limits. */
export function tinyConfig(site: TinySite, perHost: {concurrency: number; delayMs: number}, concurrency?: number): CrawlConfig {
	const config = configFromFlags({seeds: [`${site.url}news.html`], include: ['/a/'], name: 'tiny', ...(concurrency === undefined ? {} : {concurrency})});
	config.sites[0]!.perHost = perHost;
	return config;
}
