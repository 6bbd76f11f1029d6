import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {cli} from '../helpers/cli.js';
import {archivedPaths, article, crawlEnv, type CrawlEnv} from './helpers/crawl-env.js';

describe('newsvault crawl', () => {
	let env: CrawlEnv;
	let common: string[];
	beforeEach(async () => {
		env = await crawlEnv();
		common = ['--archive', env.dir, '--render', 'never', '--delay-ms', '0'];
	});
	afterEach(async () => {
		await env.close();
	});

	it('--json prints one archive line per article and the summary last; exit 0', async () => {
		const result = await cli(['crawl', '--seed', `${env.site.url}crawl/news/`, '--include', '/crawl/articles/', '--exclude', 'private-', '--json', ...common]);

		expect(result.code, result.stderr).toBe(0);
		const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
		const outcomes = lines.slice(0, -1);
		expect(outcomes).toHaveLength(14);
		expect(outcomes[0]).toMatchObject({ok: true, change: 'new', site: expect.any(String), version: 'v1'});
		expect(lines.at(-1)).toMatchObject({summary: {new: 14, failed: {total: 0}, interrupted: false}});
		expect(await archivedPaths(env.store)).toHaveLength(14);
	});

	it('prints a one-line summary, and exits 1 when some article failed', async () => {
		env.site.override(article(3), {body: 'gone', status: 410});

		const result = await cli(['crawl', '--seed', `${env.site.url}crawl/news/`, '--include', '/crawl/articles/', '--max-pages', '4', ...common]);

		expect(result.code).toBe(1);
		expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^crawl: 3 new, 0 changed, 0 unchanged, 0 not modified, 1 failed \(ERR_HTTP_STATUS 1\), 11 skipped \(0 not due, 0 robots\.txt, 11 over --max-pages\) in [\d.]+ s$/);
		expect(result.stderr).toContain(article(3));
	});

	it('reads sites from --config, and exits 2 naming the bad key of a bad config', async () => {
		const good = path.join(env.dir, 'crawl.json');
		await writeFile(good, JSON.stringify({sites: [{name: 'fixture', seeds: [`${env.site.url}crawl/news/`], include: ['/crawl/articles/article-0[1-2]'], perHost: {delayMs: 0}}]}));
		const ok = await cli(['crawl', '--config', good, '--archive', env.dir, '--render', 'never', '--json']);
		expect(ok.code, ok.stderr).toBe(0);
		expect(await archivedPaths(env.store)).toEqual([article(1), article(2)]);

		const bad = path.join(env.dir, 'bad.json');
		await writeFile(bad, JSON.stringify({sites: [{name: 'x', seeds: ['https://news.example/'], include: ['(']}]}));
		const refused = await cli(['crawl', '--config', bad, '--archive', env.dir]);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toMatch(/sites\[0\]\.include\[0\]: invalid regular expression "\("/);
	});

	it('exits 2 with no seed and no config, or with both', async () => {
		const none = await cli(['crawl', '--archive', env.dir]);
		expect(none.code).toBe(2);
		expect(none.stderr).toContain('--seed');
		const both = await cli(['crawl', '--config', 'x.json', '--seed', env.site.url, '--archive', env.dir]);
		expect(both.code).toBe(2);
	});

	it('schedule exits 2 without --config', async () => {
		const result = await cli(['schedule', '--archive', env.dir]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('schedule needs --config FILE');
	});
});
