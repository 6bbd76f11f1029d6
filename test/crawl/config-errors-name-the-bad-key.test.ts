import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {DEFAULT_HOST_DELAY_MS, DEFAULT_MAX_PAGES, configFromFlags, loadConfig, parseConfig} from '../../src/crawl/config.js';
import {tmpDir} from '../helpers/tmp-dir.js';

const site = {name: 'phonearena', seeds: ['https://www.phonearena.com/news'], include: ['/news/.+_id\\d+$']};

function configError(value: unknown): string {
	try {
		parseConfig(value, 'crawl.json');
	} catch (error) {
		expect(error).toMatchObject({code: 'ERR_CONFIG'});
		return (error as Error).message;
	}
	throw new Error('expected an ERR_CONFIG error');
}

describe('crawl config', () => {
	it('fills in the defaults', () => {
		const config = parseConfig({sites: [site]});
		expect(config).toMatchObject({concurrency: 4, respectRobots: true});
		expect(config.sites[0]).toMatchObject({maxPages: DEFAULT_MAX_PAGES, perHost: {concurrency: 2, delayMs: DEFAULT_HOST_DELAY_MS}, feeds: [], exclude: []});
	});

	it('names the bad key and quotes the bad regular expression', () => {
		expect(configError({sites: [{...site, include: ['/news/', '(']}]})).toMatch(/^crawl\.json: sites\[0\]\.include\[1\]: invalid regular expression "\(": /);
	});

	it('rejects a cron expression croner cannot read, and one with the wrong number of fields', () => {
		expect(configError({sites: [{...site, schedule: '61 * * * *'}]})).toMatch(/^crawl\.json: sites\[0\]\.schedule: invalid cron expression "61 \* \* \* \*"/);
		expect(configError({sites: [{...site, schedule: '* * *'}]})).toContain('sites[0].schedule: cron expression "* * *" has 3 fields');
	});

	it('accepts 5-field and 6-field (seconds first) cron expressions', () => {
		expect(parseConfig({sites: [{...site, schedule: '0 * * * *'}]}).sites[0]?.schedule).toBe('0 * * * *');
		expect(parseConfig({sites: [{...site, schedule: '*/10 * * * * *'}]}).sites[0]?.schedule).toBe('*/10 * * * * *');
	});

	it('rejects unknown keys, so a typo does not silently do nothing', () => {
		expect(configError({sites: [{...site, seed: ['https://x.example/']}]})).toContain('sites[0]: Unrecognized key: "seed"');
	});

	it('rejects non-http seeds, duplicate site names and sites with nothing to start from', () => {
		expect(configError({sites: [{...site, seeds: ['ftp://x.example/']}]})).toContain('sites[0].seeds[0]: only http and https URLs');
		expect(configError({sites: [site, site]})).toContain('sites[1].name: duplicate site name "phonearena"');
		expect(configError({sites: [{name: 'empty'}]})).toContain('sites[0]: a site needs at least one of seeds, feeds or sitemaps');
	});

	it('reads revisit durations and rejects unreadable ones', () => {
		const config = parseConfig({sites: [{...site, revisit: {tiers: [{maxAge: '1d', every: '30m'}], older: '2w', hot: '15m'}}]});
		expect(config.sites[0]?.revisit).toEqual({tiers: [{maxAgeMs: 86_400_000, everyMs: 1_800_000}], olderEveryMs: 1_209_600_000, hotEveryMs: 900_000});
		expect(configError({sites: [{...site, revisit: {hot: 'soon'}}]})).toContain('sites[0].revisit.hot: not a duration: "soon"');
	});
});

describe('loadConfig', () => {
	let dir: string;
	let cleanup: () => Promise<void>;
	beforeEach(async () => {
		({dir, cleanup} = await tmpDir());
	});
	afterEach(async () => {
		await cleanup();
	});

	it('resolves the archive folder against the config file', async () => {
		const file = path.join(dir, 'crawl.json');
		await writeFile(file, JSON.stringify({archive: 'data/archive', sites: [site]}));
		expect((await loadConfig(file)).archive).toBe(path.join(dir, 'data', 'archive'));
	});

	it('says which file is missing or not JSON', async () => {
		await expect(loadConfig(path.join(dir, 'nope.json'))).rejects.toThrow(/cannot read config ".*nope\.json": ENOENT/);
		const file = path.join(dir, 'bad.json');
		await writeFile(file, '{"sites": [');
		await expect(loadConfig(file)).rejects.toMatchObject({code: 'ERR_CONFIG', message: expect.stringContaining('is not valid JSON')});
	});
});

describe('configFromFlags', () => {
	it('builds a one-site config named after the first seed host', () => {
		const config = configFromFlags({seeds: ['https://www.gsmarena.com/news.php3'], include: ['news'], maxPages: 20, concurrency: 2});
		expect(config.concurrency).toBe(2);
		expect(config.sites[0]).toMatchObject({name: 'www.gsmarena.com', maxPages: 20, include: ['news']});
	});

	it('names the flag, not the config key, in errors', () => {
		expect(() => configFromFlags({seeds: ['https://x.example/'], include: ['[']})).toThrow(/^--include: invalid regular expression "\["/);
		expect(() => configFromFlags({seeds: []})).toThrow(expect.objectContaining({code: 'ERR_CONFIG'}));
	});
});
