import {expect, test} from '@playwright/test';
import {extract} from '../../src/extract/index.js';
import {BrowserFetcher} from '../../src/fetch/browser.js';
import {fixtureUrl} from './fixture-site-url.js';

/**
 * Threads `page.content()` alone would miss: one in a cross-origin iframe (like Disqus),
 * one in a web component's shadow root (like OpenWeb). The fetcher expands them and copies
 * them into the rendered DOM, so they extract like any thread.
 */

let browser: BrowserFetcher;
test.beforeAll(() => {
	browser = new BrowserFetcher();
});
test.afterAll(async () => {
	await browser.close();
});

test('a thread in a cross-origin iframe is expanded inside the frame and inlined where the iframe was', async () => {
	const page = await browser.fetch({url: fixtureUrl('/js/embedded-thread')});

	expect(page.html).not.toContain('<iframe');
	expect(page.html).toContain(`data-newsvault-frame="${fixtureUrl('/js/embedded-thread/frame').replace('127.0.0.1', 'localhost')}"`);
	const result = extract(page);
	if (!result.ok) throw new Error(result.message);
	const {comments} = result.snapshot;
	expect(comments).toMatchObject({declaredCount: 6, complete: true});
	expect(comments.items.map((item) => item.author.name)).toEqual(['Kiro_N', 'Ada_L', 'midan', 'Poptart2828', 'tedkord', 'DrMo']);
	expect(comments.items[1]?.parentId).toBe(comments.items[0]?.id);
});

test('a thread in a shadow root is expanded there and copied into the serialised DOM', async () => {
	const page = await browser.fetch({url: fixtureUrl('/js/shadow-thread')});

	expect(page.html).toContain('data-newsvault-shadow');
	const result = extract(page);
	if (!result.ok) throw new Error(result.message);
	const {comments} = result.snapshot;
	expect(comments).toMatchObject({declaredCount: 5, complete: true});
	expect(comments.items.map((item) => item.text)).toContain('The 1-inch-type sensor is the real story here.');
});
