import {readdirSync, readFileSync} from 'node:fs';
import {expect, test} from '@playwright/test';
import {ArchiveStore} from '../../src/archive/index.js';
import {extract} from '../../src/extract/index.js';
import {BrowserFetcher} from '../../src/fetch/browser.js';
import type {ExpandReport} from '../../src/fetch/expand-thread.js';
import {HttpFetcher} from '../../src/fetch/http.js';
import {archiveUrl} from '../../src/pipeline/index.js';
import {tmpDir} from '../helpers/tmp-dir.js';
import {fixtureUrl} from './fixture-site-url.js';

/**
 * A tab that crashes or a page that never finishes loading fails that page only, with a
 * clear error; nothing is written to the archive, and the same browser renders the next page.
 */

let http: HttpFetcher;
let browser: BrowserFetcher;
let store: ArchiveStore;
let cleanup: () => Promise<void>;

test.beforeEach(async () => {
	const tmp = await tmpDir('newsvault-e2e-');
	cleanup = tmp.cleanup;
	store = await ArchiveStore.open(tmp.dir);
	http = new HttpFetcher();
	// A small heap per tab makes the out-of-memory page crash in a second instead of after filling gigabytes.
	browser = new BrowserFetcher({launch: {rendererHeapMb: 64}, navigationTimeoutMs: 3_000, timeoutMs: 20_000});
});
test.afterEach(async () => {
	await browser.close();
	await http.close();
	await cleanup();
});

test('a tab that crashes gives ERR_BROWSER, stores no version, and the browser renders the next page', async () => {
	const url = fixtureUrl('/js/out-of-memory');
	const outcome = await archiveUrl(url, {fetcher: http, browser, store, render: 'always'});

	expect(outcome).toMatchObject({ok: false, version: null, change: null});
	expect(outcome.error).toMatchObject({code: 'ERR_BROWSER', retryable: true});
	expect(outcome.error?.message).toBe(`[GET] "${url}": the browser tab crashed while rendering the page (out of memory or a renderer fault); other pages are unaffected`);
	expect(await store.history(url)).toEqual([]);

	const next = await archiveUrl(fixtureUrl('/js/endpoint-thread'), {fetcher: http, browser, store, render: 'always'});
	expect(next.ok).toBe(true);
	expect(browser.launches).toBe(1);
});

test('a page whose script never arrives gives ERR_TIMEOUT naming the limit, and stores no version', async () => {
	const url = fixtureUrl('/js/hanging-script');
	const outcome = await archiveUrl(url, {fetcher: http, browser, store, render: 'always'});

	expect(outcome).toMatchObject({ok: false, version: null});
	expect(outcome.error).toMatchObject({code: 'ERR_TIMEOUT', retryable: true});
	expect(outcome.error?.message).toBe(`[GET] "${url}": the page did not finish loading within 3000 ms (navigationTimeoutMs)`);
	expect(await store.history(url)).toEqual([]);
});

test('a server that accepts the request and never answers gives ERR_TIMEOUT, and the browser stays usable', async () => {
	const url = fixtureUrl('/js/never-responds');
	await expect(browser.fetch({url})).rejects.toMatchObject({code: 'ERR_TIMEOUT'});

	const page = await browser.fetch({url: fixtureUrl('/js/endpoint-thread')});
	expect(page.status).toBe(200);
	expect(browser.launches).toBe(1);
});

test('a page still loading at the total time limit fails with ERR_TIMEOUT naming timeoutMs', async () => {
	const strict = new BrowserFetcher({timeoutMs: 1_500, navigationTimeoutMs: 60_000});
	try {
		const url = fixtureUrl('/js/never-responds');
		await expect(strict.fetch({url})).rejects.toMatchObject({code: 'ERR_TIMEOUT', message: `[GET] "${url}": no rendered page within 1500 ms (timeoutMs)`});
	} finally {
		await strict.close();
	}
});

test('a thread that needs more time than expansion may take is returned as far as it loaded, and extracts as incomplete', async () => {
	const reports: ExpandReport[] = [];
	const hurried = new BrowserFetcher({expand: {maxTimeMs: 1}, onExpanded: (_url, report) => void reports.push(report)});
	try {
		const page = await hurried.fetch({url: fixtureUrl('/js/lazy-thread')});
		expect(reports).toEqual([expect.objectContaining({stoppedBy: 'max-time'})]);
		const result = extract(page);
		expect(result.ok && result.snapshot.comments).toMatchObject({declaredCount: 34, complete: false});
	} finally {
		await hurried.close();
	}
});

test('a fetch aborted by the caller fails with ERR_ABORTED', async () => {
	const controller = new AbortController();
	const pending = browser.fetch({url: fixtureUrl('/js/never-responds'), signal: controller.signal});
	setTimeout(() => controller.abort(), 200);
	await expect(pending).rejects.toMatchObject({code: 'ERR_ABORTED'});
});

test('when the whole browser dies, the page it was rendering fails with ERR_BROWSER and the next fetch starts a new one', async () => {
	await browser.fetch({url: fixtureUrl('/js/endpoint-thread')});
	const pending = browser.fetch({url: fixtureUrl('/js/never-responds')});
	const [main] = chromiumMainProcesses();
	if (main === undefined) throw new Error('no Chromium process under this test process');
	process.kill(main, 'SIGKILL');

	await expect(pending).rejects.toMatchObject({code: 'ERR_BROWSER', retryable: true});
	const page = await browser.fetch({url: fixtureUrl('/js/endpoint-thread')});
	expect(page.status).toBe(200);
	expect(browser.launches).toBe(2);
});

/** Chromium's main processes under this process (its renderers and helpers carry a --type= flag). */
function chromiumMainProcesses(): number[] {
	const parentOf = new Map<number, number>();
	for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			continue;
		}
	}
	const isDescendant = (pid: number): boolean => {
		for (let parent = parentOf.get(pid); parent !== undefined && parent > 1; parent = parentOf.get(parent)) if (parent === process.pid) return true;
		return false;
	};
	return [...parentOf.keys()].filter((pid) => {
		if (!isDescendant(pid)) return false;
		try {
			const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
			return /chrom/i.test(args[0] ?? '') && !args.some((arg) => arg.startsWith('--type='));
		} catch {
			return false;
		}
	});
}
