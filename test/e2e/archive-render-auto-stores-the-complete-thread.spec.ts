import {expect, test} from '@playwright/test';
import {ArchiveStore} from '../../src/archive/index.js';
import {BrowserFetcher} from '../../src/fetch/browser.js';
import {HttpFetcher} from '../../src/fetch/http.js';
import {archiveUrl} from '../../src/pipeline/index.js';
import {tmpDir} from '../helpers/tmp-dir.js';
import {fixtureUrl} from './fixture-site-url.js';

/**
 * `archiveUrl` end to end into a temporary archive: HTTP first, and the browser when the
 * HTTP result shows the thread (or the article) is loaded by script.
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
	browser = new BrowserFetcher({screenshot: true});
});
test.afterEach(async () => {
	await browser.close();
	await http.close();
	await cleanup();
});

test('render auto: the thread the page loads by script is archived whole, with the screenshot and rendered DOM', async () => {
	const url = fixtureUrl('/js/lazy-thread');
	const outcome = await archiveUrl(url, {fetcher: http, browser, store, render: 'auto'});

	expect(outcome).toMatchObject({ok: true, change: 'new', comments: 34, error: null});
	expect(outcome.renderReason).toBe('the page declares 34 comments and its HTML holds 0');
	const stored = await store.read(url);
	expect(stored.snapshot?.source.mode).toBe('browser');
	expect(stored.snapshot?.comments).toMatchObject({declaredCount: 34, complete: true});
	expect(stored.snapshot?.comments.items.filter((item) => item.parentId !== null)).toHaveLength(10);

	const {attachments} = stored.version;
	expect(Object.keys(attachments).sort()).toEqual(['rendered.html', 'screenshot.png']);
	const png = await store.readBlob(attachments['screenshot.png'] ?? '');
	expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
	const rendered = new TextDecoder().decode(await store.readBlob(attachments['rendered.html'] ?? ''));
	expect(rendered).toContain('Comparable, yes, but not representative of how I use my phone.');
});

test('render never: the HTTP result keeps the declared count and says the thread is incomplete', async () => {
	const url = fixtureUrl('/js/lazy-thread');
	const outcome = await archiveUrl(url, {fetcher: http, browser, store, render: 'never'});

	expect(outcome).toMatchObject({ok: true, comments: 0, renderReason: null});
	expect(outcome.snapshot?.source.mode).toBe('http');
	expect(outcome.snapshot?.comments).toMatchObject({declaredCount: 34, complete: false, items: []});
	expect(browser.launches).toBe(0);
});

test('render auto: an article that only exists after its script runs is archived from the browser', async () => {
	const url = fixtureUrl('/js/script-rendered-article');
	const outcome = await archiveUrl(url, {fetcher: http, browser, store, render: 'auto'});

	expect(outcome.ok).toBe(true);
	// The HTTP response is an app shell: "Loading…" and the site name, whatever the extractor makes of it.
	expect(outcome.renderReason).toMatch(/no article in the HTTP response|words of article text and no comments/);
	expect(outcome.snapshot?.source.mode).toBe('browser');
	expect(outcome.snapshot?.article.body.map((block) => block.text).join(' ')).toContain('the new design uses 38 components');
});

test('render auto: a page whose HTTP result is complete never starts the browser', async () => {
	const url = fixtureUrl('/js/third-parties');
	const outcome = await archiveUrl(url, {fetcher: http, browser, store, render: 'auto'});

	expect(outcome).toMatchObject({ok: true, renderReason: null});
	expect(browser.launches).toBe(0);
});
