import type {Browser} from 'playwright-core';
import {describeError, NewsvaultError} from '../errors.js';
import {type ChromiumInstall, chromiumLaunchOptions, type ChromiumLaunchSettings, requireChromium} from './chromium.js';

/**
 * One Chromium shared by many pages: launched on first use, replaced after a number of
 * pages (long-lived browsers leak memory) or when it dies, and closed on request. A
 * replaced browser finishes the pages it is rendering before it is closed.
 */

export interface BrowserLease {
	readonly browser: Browser;
	/** Give the browser back; call exactly once per `acquire`. */
	release(): void;
}

export interface BrowserPoolOptions {
	/** @default found with `findChromium(env)` at the first launch */
	chromium?: ChromiumInstall;
	env: NodeJS.ProcessEnv;
	launch: ChromiumLaunchSettings;
	restartAfterPages: number;
}

interface Instance {
	browser: Browser;
	served: number;
	inFlight: number;
	retiring: boolean;
}

/** Chromium's cold start here is 1–3 s; 30 s means something is wrong (a broken binary, no memory). */
const LAUNCH_TIMEOUT_MS = 30_000;

export class BrowserPool {
	readonly #options: BrowserPoolOptions;
	#current: Promise<Instance> | null = null;
	readonly #instances = new Set<Instance>();
	#closed = false;
	/** How many browsers were launched; tests and the benchmark read it. */
	launches = 0;

	constructor(options: BrowserPoolOptions) {
		this.#options = options;
	}

	/**
	 * A running browser for one page.
	 * @throws NewsvaultError `ERR_NO_BROWSER` when no Chromium is installed, `ERR_BROWSER` when it will not start.
	 */
	async acquire(): Promise<BrowserLease> {
		// Two attempts: a browser that died between launch and use is replaced once, not forever.
		for (let attempt = 0; attempt < 2; attempt++) {
			if (this.#closed) throw new NewsvaultError('ERR_BROWSER', 'the browser fetcher is closed');
			this.#current ??= this.#launch();
			const pending = this.#current;
			let instance: Instance;
			try {
				instance = await pending;
			} catch (error) {
				if (this.#current === pending) this.#current = null;
				throw error;
			}
			if (!instance.browser.isConnected() || instance.retiring) {
				if (this.#current === pending) this.#current = null;
				continue;
			}
			instance.inFlight++;
			instance.served++;
			if (instance.served >= this.#options.restartAfterPages) this.#retire(instance, pending);
			let released = false;
			return {
				browser: instance.browser,
				release: () => {
					if (released) return;
					released = true;
					instance.inFlight--;
					if (instance.retiring && instance.inFlight === 0) this.#closeInstance(instance);
				},
			};
		}
		throw new NewsvaultError('ERR_BROWSER', 'Chromium closed right after it started: run it by hand to see why (e.g. chromium --headless --no-sandbox about:blank)', {retryable: true});
	}

	/** Close every browser; pages still rendering fail with `ERR_BROWSER`. */
	async close(): Promise<void> {
		this.#closed = true;
		const pending = this.#current;
		this.#current = null;
		if (pending) await pending.catch(() => undefined);
		await Promise.all([...this.#instances].map((instance) => instance.browser.close().catch(() => undefined)));
		this.#instances.clear();
	}

	async #launch(): Promise<Instance> {
		const install = this.#options.chromium ?? requireChromium(this.#options.env);
		// Loaded on demand: playwright-core takes most of a second to import, and HTTP-only
		// runs must not pay for a browser they never start.
		const {chromium} = await import('playwright-core');
		let browser: Browser;
		try {
			browser = await chromium.launch({
				...chromiumLaunchOptions(install, this.#options.launch),
				timeout: LAUNCH_TIMEOUT_MS,
				// Signal handling is the caller's choice (see `closeBrowserOnSignals`); Playwright's own would exit the process.
				handleSIGINT: false,
				handleSIGTERM: false,
				handleSIGHUP: false,
			});
		} catch (error) {
			const firstLine = describeError(error).split('\n')[0] ?? '';
			throw new NewsvaultError('ERR_BROWSER', `Chromium at "${install.executablePath}" (${install.source}) did not start: ${firstLine}`, {retryable: false, cause: error});
		}
		this.launches++;
		const instance: Instance = {browser, served: 0, inFlight: 0, retiring: false};
		this.#instances.add(instance);
		browser.on('disconnected', () => {
			instance.retiring = true;
			this.#instances.delete(instance);
		});
		if (this.#closed) {
			await browser.close().catch(() => undefined);
			throw new NewsvaultError('ERR_BROWSER', 'the browser fetcher is closed');
		}
		return instance;
	}

	#retire(instance: Instance, pending: Promise<Instance>): void {
		instance.retiring = true;
		if (this.#current === pending) this.#current = null;
		if (instance.inFlight === 0) this.#closeInstance(instance);
	}

	#closeInstance(instance: Instance): void {
		this.#instances.delete(instance);
		void instance.browser.close().catch(() => undefined);
	}
}
