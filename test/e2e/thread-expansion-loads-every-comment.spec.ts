import {expect, test} from '@playwright/test';
import {expandThread} from '../../src/fetch/expand-thread.js';

/**
 * expandThread in Playwright's own Chromium page: the fixture threads arrive by script,
 * behind "Load more comments", "View N replies" and a PhoneArena-style "more" link.
 */

test('clicks "Load more comments" and every "View N replies" until all 34 comments of the thread are in the page', async ({page}) => {
	await page.goto('/js/lazy-thread');
	const report = await expandThread(page);

	await expect(page.locator('#comments li.comment')).toHaveCount(34);
	// A reply to a reply, two toggles deep, is in place under its parent.
	await expect(page.locator('#comment-103 > ol.children > #comment-132 > ol.children > #comment-134')).toHaveCount(1);
	await expect(page.locator('#comments button:visible')).toHaveCount(0);
	expect(report).toMatchObject({sectionFound: true, commentsAfter: expect.any(Number), stoppedBy: 'no-growth'});
	expect(report.clicks).toBeGreaterThanOrEqual(2 + 5);
});

test('follows a script-driven "more" link of an endpoint widget until the endpoint has no next page', async ({page}) => {
	await page.goto('/js/endpoint-thread');
	const report = await expandThread(page);

	await expect(page.locator('#comments .comment')).toHaveCount(7);
	expect(report.stoppedBy).toBe('no-growth');
	// Still the article's own URL: expansion never navigates away from the thread it collects.
	expect(new URL(page.url()).pathname).toBe('/js/endpoint-thread');
});

test('stops at the round limit and says so', async ({page}) => {
	await page.goto('/js/lazy-thread');
	const report = await expandThread(page, {maxRounds: 1});

	expect(report).toMatchObject({rounds: 1, stoppedBy: 'max-rounds'});
	expect(await page.locator('#comments li.comment').count()).toBeLessThan(34);
});

test('only scrolls a page without a comment section: nothing is clicked', async ({page}) => {
	await page.setContent('<main><p>No thread here.</p><button onclick="this.textContent=\'clicked\'">Load more</button></main>');
	const report = await expandThread(page);

	expect(report).toMatchObject({sectionFound: false, clicks: 0});
	await expect(page.locator('button')).toHaveText('Load more');
});
