import {chmod, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {BrowserFetcher} from '../../src/fetch/browser.js';
import {CHROMIUM_ARGS, type ChromiumProbe, chromiumLaunchOptions, findChromium, requireChromium} from '../../src/fetch/chromium.js';
import {tmpDir} from '../helpers/tmp-dir.js';

/** A machine with exactly these executables, and Playwright's browser at `playwright` (or none). */
function machine(executables: string[], playwright: string | null = '/home/u/.cache/ms-playwright/chromium-1/chrome'): ChromiumProbe {
	const files = new Set(executables);
	return {isExecutable: (file) => files.has(file), playwrightPath: () => playwright};
}

const PLAYWRIGHT = '/home/u/.cache/ms-playwright/chromium-1/chrome';

describe('findChromium', () => {
	it('takes NEWSVAULT_CHROMIUM first, even when other browsers exist', () => {
		const found = findChromium({NEWSVAULT_CHROMIUM: '/opt/chrome/chrome', PATH: '/usr/bin'}, machine(['/opt/chrome/chrome', PLAYWRIGHT, '/usr/bin/chromium']));
		expect(found).toEqual({executablePath: '/opt/chrome/chrome', source: 'env'});
	});

	it('rejects a NEWSVAULT_CHROMIUM that is not an executable, naming the variable, instead of quietly using another browser', () => {
		expect(() => findChromium({NEWSVAULT_CHROMIUM: '/opt/missing/chrome'}, machine(['/usr/bin/chromium']))).toThrow(
			expect.objectContaining({code: 'ERR_NO_BROWSER', message: expect.stringContaining('NEWSVAULT_CHROMIUM="/opt/missing/chrome"')}),
		);
	});

	it("takes Playwright's own Chromium before a system one when it is installed", () => {
		expect(findChromium({}, machine([PLAYWRIGHT, '/usr/bin/chromium']))).toEqual({executablePath: PLAYWRIGHT, source: 'playwright'});
	});

	it("falls back to the system Chromium when Playwright's download is missing", () => {
		expect(findChromium({}, machine(['/usr/bin/chromium']))).toEqual({executablePath: '/usr/bin/chromium', source: 'system'});
		expect(findChromium({}, machine(['/usr/bin/chromium'], null))).toEqual({executablePath: '/usr/bin/chromium', source: 'system'});
	});

	it('tries the package paths in order: chromium, chromium-browser, google-chrome, google-chrome-stable', () => {
		expect(findChromium({}, machine(['/usr/bin/chromium-browser', '/usr/bin/google-chrome']))?.executablePath).toBe('/usr/bin/chromium-browser');
		expect(findChromium({}, machine(['/usr/bin/google-chrome-stable', '/usr/bin/google-chrome']))?.executablePath).toBe('/usr/bin/google-chrome');
		expect(findChromium({}, machine(['/usr/bin/google-chrome-stable']))?.executablePath).toBe('/usr/bin/google-chrome-stable');
	});

	it('finds a browser on PATH when none is at a package path', () => {
		const found = findChromium({PATH: ['/opt/homebrew/bin', '/nix/profile/bin'].join(path.delimiter)}, machine(['/nix/profile/bin/google-chrome-stable']));
		expect(found).toEqual({executablePath: '/nix/profile/bin/google-chrome-stable', source: 'system'});
	});

	it('returns null when there is no browser at all', () => {
		expect(findChromium({PATH: '/usr/local/bin:/usr/bin'}, machine([], null))).toBeNull();
	});
});

describe('requireChromium', () => {
	it('says how to get a browser when there is none', () => {
		expect(() => requireChromium({PATH: '/usr/bin'}, machine([], null))).toThrow(
			expect.objectContaining({
				code: 'ERR_NO_BROWSER',
				message: 'no Chromium found: install one (apt-get install chromium, or npx playwright install chromium) or set NEWSVAULT_CHROMIUM=/path/to/chrome',
			}),
		);
	});
});

describe('NEWSVAULT_CHROMIUM on a real file system', () => {
	let dir: string;
	let cleanup: () => Promise<void>;
	beforeEach(async () => ({dir, cleanup} = await tmpDir()));
	afterEach(async () => cleanup());

	it('accepts an executable file and refuses a file without the execute bit', async () => {
		const executable = path.join(dir, 'chrome');
		const plain = path.join(dir, 'chrome.txt');
		await writeFile(executable, '#!/bin/sh\n');
		await chmod(executable, 0o755);
		await writeFile(plain, 'not a program');
		expect(findChromium({NEWSVAULT_CHROMIUM: executable})).toEqual({executablePath: executable, source: 'env'});
		expect(() => findChromium({NEWSVAULT_CHROMIUM: plain})).toThrow(expect.objectContaining({code: 'ERR_NO_BROWSER'}));
	});
});

describe('chromiumLaunchOptions', () => {
	it('launches the found binary headless with the flags containers need', () => {
		const options = chromiumLaunchOptions({executablePath: '/usr/bin/chromium', source: 'system'});
		expect(options.executablePath).toBe('/usr/bin/chromium');
		expect(options.headless).toBe(true);
		expect(options.args).toEqual(expect.arrayContaining(['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']));
		expect(options.args).toHaveLength(CHROMIUM_ARGS.length);
	});

	it('caps the tab heap when asked, and refuses a cap that is not a positive integer', () => {
		const install = {executablePath: '/usr/bin/chromium', source: 'system'} as const;
		expect(chromiumLaunchOptions(install, {rendererHeapMb: 256}).args).toContain('--js-flags=--max-old-space-size=256');
		expect(() => chromiumLaunchOptions(install, {rendererHeapMb: 0})).toThrow(expect.objectContaining({code: 'ERR_CONFIG', message: expect.stringContaining('"0"')}));
	});
});

describe('BrowserFetcher without a usable browser', () => {
	it('starts nothing when created, so HTTP-only runs never need Chromium', async () => {
		const fetcher = new BrowserFetcher({chromium: {executablePath: '/nonexistent/chrome', source: 'env'}});
		expect(fetcher.launches).toBe(0);
		await fetcher.close();
	});

	it('fails a fetch with ERR_BROWSER naming the binary when Chromium will not start', async () => {
		const fetcher = new BrowserFetcher({chromium: {executablePath: '/nonexistent/chrome', source: 'env'}});
		try {
			await expect(fetcher.fetch({url: 'http://127.0.0.1:9/'})).rejects.toMatchObject({code: 'ERR_BROWSER', message: expect.stringContaining('"/nonexistent/chrome"')});
		} finally {
			await fetcher.close();
		}
	});

	it('refuses invalid options, quoting the bad value', () => {
		expect(() => new BrowserFetcher({concurrency: 0})).toThrow(expect.objectContaining({code: 'ERR_CONFIG', message: expect.stringContaining('"0"')}));
		expect(() => new BrowserFetcher({restartAfterPages: 1.5})).toThrow(expect.objectContaining({code: 'ERR_CONFIG'}));
	});
});
