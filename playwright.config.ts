import {defineConfig} from '@playwright/test';
import {chromiumLaunchOptions, requireChromium} from './src/fetch/chromium.js';
import {FIXTURE_PORT, FIXTURE_URL} from './test/e2e/fixture-site-url.js';

/**
 * Browser tests in a real Chromium: `npx playwright test`. Playwright cannot download its
 * browsers on every machine, so the one newsvault itself would use (NEWSVAULT_CHROMIUM,
 * Playwright's own, or the system's) is launched with the flags containers need.
 */
const chromium = requireChromium(process.env);

export default defineConfig({
	testDir: 'test/e2e',
	testMatch: '**/*.spec.ts',
	// The machine has 2 cores, and each spec may run its own browser besides Playwright's.
	workers: 1,
	retries: 0,
	timeout: 120_000,
	reporter: process.env['CI'] ? [['list'], ['json', {outputFile: 'test-results/playwright.json'}]] : 'list',
	outputDir: 'test-results/playwright',
	use: {
		baseURL: FIXTURE_URL,
		browserName: 'chromium',
		launchOptions: chromiumLaunchOptions(chromium),
	},
	webServer: {
		command: 'npx tsx test/e2e/serve-fixture-site.ts',
		url: `${FIXTURE_URL}js/lazy-thread`,
		env: {NEWSVAULT_E2E_PORT: String(FIXTURE_PORT)},
		reuseExistingServer: false,
		timeout: 30_000,
		stdout: 'ignore',
		stderr: 'pipe',
	},
});
