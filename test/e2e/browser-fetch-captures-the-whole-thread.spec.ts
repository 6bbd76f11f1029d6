import {expect, test} from '@playwright/test';
import {extract} from '../../src/extract/index.js';
import {BrowserFetcher} from '../../src/fetch/browser.js';
import {fixtureUrl} from './fixture-site-url.js';

/**
 * The BrowserFetcher on the fixture site: the page's own scripts load the thread, the
 * fetcher expands it, and what it returns extracts to every comment with its parent.
 */

let browser: BrowserFetcher;
test.beforeAll(() => {
	browser = new BrowserFetcher();
});
test.afterAll(async () => {
	await browser.close();
});

test('returns the rendered page, and its extraction holds all 34 declared comments with their parents', async () => {
	const url = fixtureUrl('/js/lazy-thread');
	const page = await browser.fetch({url});

	expect(page).toMatchObject({url, finalUrl: url, redirects: [url], status: 200, mode: 'browser', charset: 'utf-8'});
	expect(page.contentType).toBe('text/html; charset=utf-8');
	expect(new TextDecoder().decode(page.body)).toBe(page.html);
	expect(page.evidence).toBeUndefined();

	const result = extract(page);
	if (!result.ok) throw new Error(result.message);
	const {comments, source} = result.snapshot;
	expect(source.mode).toBe('browser');
	expect(comments.declaredCount).toBe(34);
	expect(comments.items).toHaveLength(34);
	expect(comments.complete).toBe(true);

	const byText = (start: string) => comments.items.find((item) => item.text.startsWith(start));
	const parent = byText('They test at 200 so results are comparable');
	const nested = byText('Comparable, yes, but not representative');
	const top = byText('The modem explanation makes sense');
	expect(top).toMatchObject({parentId: null, depth: 0, author: {name: 'meanest_gadget'}});
	expect(parent).toMatchObject({parentId: top?.id, depth: 1});
	expect(nested).toMatchObject({parentId: parent?.id, depth: 2, author: {name: 'RebelRider'}});
	// Thread order: the first page's first comment first, the last page's last comment last.
	expect(comments.items[0]?.text).toMatch(/^Fifty-one hours is wild/);
	expect(comments.items.at(-1)?.text).toMatch(/^Waiting for the iPhone comparison/);
});

test('renders an article that only exists after its script runs', async () => {
	const page = await browser.fetch({url: fixtureUrl('/js/script-rendered-article')});
	const result = extract(page);
	if (!result.ok) throw new Error(result.message);

	expect(result.snapshot.article.title).toContain('Galaxy Fold 8 hinge teardown');
	expect(result.snapshot.article.body.map((block) => block.text).join(' ')).toContain('the new design uses 38 components');
});

test('follows redirects and reports the chain', async () => {
	const page = await browser.fetch({url: fixtureUrl('/js/redirect-to-lazy-thread')});

	expect(page.finalUrl).toBe(fixtureUrl('/js/lazy-thread'));
	expect(page.redirects).toEqual([fixtureUrl('/js/redirect-to-lazy-thread'), fixtureUrl('/js/lazy-thread')]);
});

test('reports an HTTP error status as ERR_HTTP_STATUS, like the HTTP fetcher', async () => {
	await expect(browser.fetch({url: fixtureUrl('/js/no-such-page')})).rejects.toMatchObject({code: 'ERR_HTTP_STATUS', status: 404, message: `[GET] "${fixtureUrl('/js/no-such-page')}": 404 Not Found`});
});

test('keeps trackers and images out of the page by default', async () => {
	const blocking = new BrowserFetcher({blockHosts: ['localhost'], expand: false});
	try {
		const page = await blocking.fetch({url: fixtureUrl('/js/third-parties')});
		expect(page.html).toContain('data-image="blocked"');
		expect(page.html).toContain('data-tracker="blocked"');
		expect(page.html).toContain('data-own-script="ran"');
	} finally {
		await blocking.close();
	}
});

test('takes a full-page screenshot and keeps the rendered DOM as evidence when asked', async () => {
	const withEvidence = new BrowserFetcher({screenshot: true});
	try {
		const page = await withEvidence.fetch({url: fixtureUrl('/js/lazy-thread')});
		const png = page.evidence?.screenshot;
		expect(png && [...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(page.evidence?.renderedHtml).toBe(page.html);
	} finally {
		await withEvidence.close();
	}
});

test('replaces the browser after restartAfterPages pages, and keeps working', async () => {
	const restarting = new BrowserFetcher({restartAfterPages: 2, expand: false});
	try {
		for (let n = 0; n < 3; n++) expect((await restarting.fetch({url: fixtureUrl('/js/endpoint-thread')})).status).toBe(200);
		expect(restarting.launches).toBe(2);
	} finally {
		await restarting.close();
	}
});
