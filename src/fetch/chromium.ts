import {accessSync, constants} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LaunchOptions} from 'playwright-core';
import {NewsvaultError} from '../errors.js';

/**
 * Where the Chromium the browser fetcher launches comes from. Playwright cannot download
 * its own browsers on every machine newsvault runs on, so a system Chromium is a
 * first-class choice rather than a fallback hack.
 */

export type ChromiumSource = 'env' | 'playwright' | 'system';

export interface ChromiumInstall {
	/** The browser binary to launch. */
	executablePath: string;
	/** Which rule found it: `NEWSVAULT_CHROMIUM`, Playwright's own download, or a system package. */
	source: ChromiumSource;
}

/** How `findChromium` looks at the machine; tests pass fakes. */
export interface ChromiumProbe {
	/** True when `file` exists and may be executed. */
	isExecutable(file: string): boolean;
	/** Where Playwright's own Chromium would be, or null when playwright-core does not know one. */
	playwrightPath(): string | null;
}

/** The environment variable that names a Chromium binary explicitly. */
export const CHROMIUM_ENV = 'NEWSVAULT_CHROMIUM';

/** Distribution packages' fixed install paths, most common first (Debian/Ubuntu, then Google's packages). */
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Names looked up on PATH when no fixed path exists (Homebrew, Nix, snaps, custom prefixes). */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * Flags this kind of machine needs: containers run as root without a user namespace
 * (`--no-sandbox`), have no GPU, and a tiny /dev/shm (`--disable-dev-shm-usage`); the rest
 * stop Chromium phoning home or updating itself while it archives pages.
 */
export const CHROMIUM_ARGS: readonly string[] = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-dev-shm-usage',
];

const NO_BROWSER_MESSAGE = `no Chromium found: install one (apt-get install chromium, or npx playwright install chromium) or set ${CHROMIUM_ENV}=/path/to/chrome`;

export const defaultChromiumProbe: ChromiumProbe = {
	isExecutable(file) {
		try {
			accessSync(file, constants.X_OK);
			return true;
		} catch {
			return false;
		}
	},
	playwrightPath() {
		try {
			// Loaded on demand: playwright-core takes most of a second to import, and HTTP-only
			// runs must not pay for a browser they never start.
			const {chromium} = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
			return chromium.executablePath();
		} catch {
			return null;
		}
	},
};

/**
 * Find a Chromium to launch: `NEWSVAULT_CHROMIUM`, then Playwright's own installed browser,
 * then a system Chromium at a package path or on `PATH`. Returns null when there is none.
 *
 * @throws NewsvaultError `ERR_NO_BROWSER` when `NEWSVAULT_CHROMIUM` names a file that cannot be
 * executed: an explicit setting that is wrong should be fixed, not quietly replaced by another browser.
 * @example findChromium(process.env) // {executablePath: '/usr/bin/chromium', source: 'system'}
 */
export function findChromium(env: NodeJS.ProcessEnv, probe: ChromiumProbe = defaultChromiumProbe): ChromiumInstall | null {
	const explicit = env[CHROMIUM_ENV]?.trim();
	if (explicit) {
		if (!probe.isExecutable(explicit)) {
			throw new NewsvaultError('ERR_NO_BROWSER', `${CHROMIUM_ENV}="${explicit}" is not an executable file: point it at a Chromium binary, or unset it to use the one newsvault finds`);
		}
		return {executablePath: explicit, source: 'env'};
	}
	const bundled = probe.playwrightPath();
	if (bundled && probe.isExecutable(bundled)) return {executablePath: bundled, source: 'playwright'};
	for (const file of SYSTEM_PATHS) {
		if (probe.isExecutable(file)) return {executablePath: file, source: 'system'};
	}
	const dirs = (env['PATH'] ?? '').split(path.delimiter).filter((dir) => dir !== '');
	for (const name of PATH_NAMES) {
		for (const dir of dirs) {
			const file = path.join(dir, name);
			if (probe.isExecutable(file)) return {executablePath: file, source: 'system'};
		}
	}
	return null;
}

/**
 * `findChromium`, or the error that tells the user how to get one.
 *
 * @throws NewsvaultError `ERR_NO_BROWSER`
 */
export function requireChromium(env: NodeJS.ProcessEnv, probe: ChromiumProbe = defaultChromiumProbe): ChromiumInstall {
	const found = findChromium(env, probe);
	if (!found) throw new NewsvaultError('ERR_NO_BROWSER', NO_BROWSER_MESSAGE);
	return found;
}

export interface ChromiumLaunchSettings {
	/** @default true */
	headless?: boolean;
	/**
	 * Cap on each tab's JavaScript heap, in MB: a page that leaks memory crashes its own tab
	 * (a clear `ERR_BROWSER`) instead of growing to V8's multi-GB default on a shared machine.
	 * @default V8's own limit
	 */
	rendererHeapMb?: number;
	/** More Chromium flags, after the required ones. */
	args?: readonly string[];
}

/**
 * Playwright launch options for `install` with the flags this environment needs; also what
 * `playwright.config.ts` passes as `use.launchOptions`.
 */
export function chromiumLaunchOptions(install: ChromiumInstall, settings: ChromiumLaunchSettings = {}): LaunchOptions {
	const args = [...CHROMIUM_ARGS];
	if (settings.rendererHeapMb !== undefined) {
		if (!Number.isInteger(settings.rendererHeapMb) || settings.rendererHeapMb <= 0) {
			throw new NewsvaultError('ERR_CONFIG', `rendererHeapMb must be a positive integer, got "${settings.rendererHeapMb}"`);
		}
		args.push(`--js-flags=--max-old-space-size=${settings.rendererHeapMb}`);
	}
	args.push(...(settings.args ?? []));
	return {executablePath: install.executablePath, headless: settings.headless ?? true, args};
}
