import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {crawl, type CrawlOptions} from '../../src/crawl/index.js';
import {articleHtml, startTinySite, type TinySite} from './helpers/tiny-site.js';
import {closeTinyCrawls, tinyConfig, tinyCrawlDeps} from './helpers/tiny-crawl.js';
import {virtualTime, type VirtualTime} from './helpers/virtual-time.js';

const HOUR = 3_600_000;
afterEach(closeTinyCrawls);

async function setup(site: TinySite, time: VirtualTime) {
	const {store, fetcher, dir} = await tinyCrawlDeps(site, 'newsvault-revisit-');
	const config = tinyConfig(site, {concurrency: 1, delayMs: 0});
	return {store, dir, run: (options: CrawlOptions = {}) => crawl(config, {fetcher, store, render: 'never', time}, options)};
}

describe('incremental re-visits', () => {
	it('sends If-None-Match / If-Modified-Since from the last visit, and records a 304 as not-modified', async () => {
		const time = virtualTime();
		const site = await startTinySite({articles: 3, now: time.now});
		site.on('/a/1.html', (req, res) => {
			if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, {etag: '"v1"'}).end();
			res.writeHead(200, {'content-type': 'text/html', etag: '"v1"'}).end(articleHtml(1));
		});
		const modified = 'Fri, 14 Mar 2025 10:00:00 GMT';
		site.on('/a/2.html', (req, res) => {
			if (req.headers['if-modified-since'] === modified) return void res.writeHead(304).end();
			res.writeHead(200, {'content-type': 'text/html', 'last-modified': modified}).end(articleHtml(2));
		});
		const {store, run} = await setup(site, time);

		await run();
		const second = await run({revisit: 'all'});

		const [first1, again1] = site.hitsFor('/a/1.html');
		expect(first1?.headers['if-none-match']).toBeUndefined();
		expect(again1?.headers['if-none-match']).toBe('"v1"');
		expect(site.hitsFor('/a/2.html')[1]?.headers['if-modified-since']).toBe(modified);
		expect(second).toMatchObject({fetched: 3, notModified: 2, unchanged: 1, new: 0});
		expect(await store.history(`${site.url}a/1.html`)).toHaveLength(1);
		expect((await store.latestVisit(`${site.url}a/1.html`))?.change).toBe('not-modified');
	});

	it('re-visits known articles only when the policy says they are due', async () => {
		const time = virtualTime(Date.parse('2025-03-21T12:00:00Z'));
		const site = await startTinySite({articles: 3, now: time.now});
		const {run} = await setup(site, time);

		await run();
		// The articles were published 2025-03-01: 20 days old, so due daily.
		await time.sleep(2 * HOUR);
		const early = await run();
		expect(early).toMatchObject({fetched: 0, skipped: {notDue: 3}});
		expect(site.hits.filter((hit) => hit.path.startsWith('/a/'))).toHaveLength(3);

		await time.sleep(23 * HOUR);
		const due = await run();
		expect(due).toMatchObject({fetched: 3, unchanged: 3});
	});

	it('re-visits every known article with revisit "all", even those no listing links any more', async () => {
		const time = virtualTime();
		const site = await startTinySite({articles: 3, now: time.now});
		const {run} = await setup(site, time);
		await run();
		site.on('/news.html', (_req, res) => void res.writeHead(200, {'content-type': 'text/html'}).end('<!doctype html><title>News</title><p>Nothing today.</p>'));

		const summary = await run({revisit: 'all'});

		expect(summary.fetched).toBe(3);
	});

	it('keeps a thread that gained comments hot: re-visited after an hour although the article is weeks old', async () => {
		const time = virtualTime(Date.parse('2025-03-21T12:00:00Z'));
		const site = await startTinySite({articles: 1, now: time.now});
		const {dir, run} = await setup(site, time);
		const thread = (n: number) =>
			`<section id="comments" class="comments"><h2>${n} Comments</h2><ol class="comment-list">${Array.from({length: n}, (_, i) => `<li class="comment" id="comment-${i}"><div class="comment-author">Reader ${i}</div><div class="comment-content"><p>Comment number ${i} on the story, with an opinion.</p></div></li>`).join('')}</ol></section>`;
		const withComments = (n: number) => (_req: unknown, res: import('node:http').ServerResponse) =>
			void res.writeHead(200, {'content-type': 'text/html'}).end(articleHtml(1).replace('</article>', `</article>${thread(n)}`));
		site.on('/a/1.html', withComments(1));
		await run();
		site.on('/a/1.html', withComments(3));
		await time.sleep(25 * HOUR);
		await run();

		const state = JSON.parse(await readFile(path.join(dir, 'crawl', 'tiny', 'state.json'), 'utf8')) as {articles: Record<string, {comments: number; commentsGrew: boolean}>};
		expect(state.articles[`${site.url}a/1.html`]).toMatchObject({comments: 3, commentsGrew: true});
		await time.sleep(HOUR);
		expect(await run()).toMatchObject({fetched: 1});
	});
});
