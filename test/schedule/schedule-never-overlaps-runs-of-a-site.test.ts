import {afterEach, describe, expect, it} from 'vitest';
import {parseConfig} from '../../src/crawl/config.js';
import type {crawl as crawlFn} from '../../src/crawl/index.js';
import {emptyCounts, type CrawlSummary} from '../../src/crawl/summary.js';
import {schedule, type ScheduleDeps} from '../../src/schedule/index.js';
import {archivedPaths, crawlEnv, type CrawlEnv} from '../crawl/helpers/crawl-env.js';

/** Every second (6 fields, seconds first): fast enough for a test, with no fake cron. */
const EVERY_SECOND = '* * * * * *';

async function until(condition: () => boolean, what: string, limitMs = 20_000): Promise<void> {
	const start = Date.now();
	while (!condition()) {
		if (Date.now() - start > limitMs) throw new Error(`gave up waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

const emptySummary: CrawlSummary = {...emptyCounts(), interrupted: false, sites: []};

describe('schedule', () => {
	let env: CrawlEnv | null = null;
	afterEach(async () => {
		await env?.close();
		env = null;
	});

	it('skips a due run while the site\'s previous run is still going, and stops cleanly on abort', async () => {
		const config = parseConfig({sites: [{name: 'slow', seeds: ['http://127.0.0.1:9/'], schedule: EVERY_SECOND}]});
		let active = 0;
		let maxActive = 0;
		let runs = 0;
		let finishFirst!: () => void;
		const firstDone = new Promise<void>((resolve) => (finishFirst = resolve));
		const fakeCrawl: typeof crawlFn = async (_config, _deps, options = {}) => {
			runs += 1;
			active += 1;
			maxActive = Math.max(maxActive, active);
			// The first run lasts until the test lets it end; later ones until the scheduler stops.
			if (runs === 1) await firstDone;
			else await new Promise<void>((resolve) => options.signal?.addEventListener('abort', () => resolve(), {once: true}));
			active -= 1;
			return emptySummary;
		};
		const skipped: string[] = [];
		const ended: string[] = [];
		const controller = new AbortController();

		const stopped = schedule(config, {crawl: fakeCrawl} as unknown as ScheduleDeps, {
			signal: controller.signal,
			onSkip: (site) => skipped.push(site),
			onRun: (site) => ended.push(site),
		});
		await until(() => skipped.length >= 2, 'two skipped runs');
		finishFirst();
		await until(() => runs >= 2, 'the next run after the first ended');
		controller.abort();
		await stopped;

		expect(maxActive).toBe(1);
		expect(skipped.every((site) => site === 'slow')).toBe(true);
		// The run in progress at abort was waited for: it ended before schedule resolved.
		expect(ended).toEqual(['slow', 'slow']);
		expect(active).toBe(0);
	});

	it('runs the real crawl on the cron expression and keeps its state across runs', async () => {
		env = await crawlEnv();
		const base = env.config();
		const config = {...base, sites: base.sites.map((site) => ({...site, schedule: EVERY_SECOND}))};
		const results: Array<CrawlSummary | null> = [];
		const controller = new AbortController();

		const stopped = schedule(config, {fetcher: env.fetcher, store: env.store, render: 'never'}, {
			signal: controller.signal,
			onRun: (_site, result) => results.push('summary' in result ? result.summary : null),
		});
		await until(() => results.length >= 2, 'two runs');
		controller.abort();
		await stopped;

		expect(results[0]).toMatchObject({new: 15});
		// The second run found only known articles, none due yet.
		expect(results[1]).toMatchObject({new: 0, fetched: 0});
		expect(await archivedPaths(env.store)).toHaveLength(15);
	});

	it('refuses a config in which no site has a schedule', async () => {
		const config = parseConfig({sites: [{name: 'a', seeds: ['https://news.example/']}]});
		await expect(schedule(config, {} as unknown as ScheduleDeps)).rejects.toMatchObject({code: 'ERR_CONFIG'});
	});
});
