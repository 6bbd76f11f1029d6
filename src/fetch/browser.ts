import {setTimeout as sleep} from 'node:timers/promises';
import type {Page as BrowserPage, Request, Response, Route} from 'playwright-core';
import PQueue from 'p-queue';
import {NewsvaultError} from '../errors.js';
import {DEFAULT_BLOCKED_RESOURCE_TYPES, hostInList, TRACKER_HOSTS} from './browser-blocklist.js';
import {browserGone, classifyBrowserError, tabCrashed} from './browser-errors.js';
import {inlineCommentEmbeds} from './browser-embeds.js';
import {BrowserPool} from './browser-pool.js';
import {DEFAULT_THREAD_RULES, mergeThreadRules, type ThreadRules} from './browser-thread-rules.js';
import type {ChromiumInstall, ChromiumLaunchSettings} from './chromium.js';
import {parseContentType} from './content-type.js';
import {FetchError} from './errors.js';
import {type ExpandOptions, type ExpandReport, expandThread} from './expand-thread.js';
import type {FetchRequest, Fetcher, Page} from './types.js';
import {parseHttpUrl} from './url.js';

export interface BrowserFetcherOptions {
	/** Which Chromium to launch. @default found by `findChromium(env)` at the first fetch */
	chromium?: ChromiumInstall;
	/** Where `NEWSVAULT_CHROMIUM` and `PATH` are read. @default process.env */
	env?: NodeJS.ProcessEnv;
	/** Headless mode, a per-tab heap cap, extra Chromium flags. */
	launch?: ChromiumLaunchSettings;
	/** Pages rendered at once. @default 2 (one per core on the 2-core machines newsvault runs on) */
	concurrency?: number;
	/** Time for the document to load (`waitUntil`), in ms. @default 30_000 */
	navigationTimeoutMs?: number;
	/** Time for one page from start to rendered DOM, thread expansion and screenshot included, in ms. @default 90_000 */
	timeoutMs?: number;
	/** The load event navigation waits for. @default 'load' */
	waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
	/** Playwright resource types not downloaded. @default ['image', 'media', 'font'] */
	blockResourceTypes?: readonly string[];
	/** Hosts (and their subdomains) never contacted. @default TRACKER_HOSTS */
	blockHosts?: readonly string[];
	/** Pages one browser renders before it is replaced by a fresh one. @default 100 */
	restartAfterPages?: number;
	/** Store a full-page PNG and the rendered DOM as `page.evidence`. @default false */
	screenshot?: boolean;
	/** Thread expansion limits, or false to take the DOM as loaded. @default {} */
	expand?: Omit<ExpandOptions, 'rules' | 'signal'> | false;
	/** A site's own thread selectors (from its profile), added to the generic ones. */
	threadRules?: (url: URL) => Partial<ThreadRules> | undefined;
	/** @default Chromium's own, so sites serve what a reader sees */
	userAgent?: string;
	/** @default {width: 1280, height: 900} */
	viewport?: {width: number; height: number};
	/** Told what thread expansion did on each page (for logs and the benchmark). */
	onExpanded?: (url: string, report: ExpandReport) => void;
}

/** How long closing a page's context may take before the page is given up on (Chromium closes one in well under a second). */
const CONTEXT_CLOSE_GRACE_MS = 5_000;
/** Time kept back from the total for serialising the DOM and taking the screenshot after expansion. */
const CAPTURE_RESERVE_MS = 10_000;
/**
 * Request headers the browser does not forward: a conditional re-visit would get a bare 304
 * and nothing to render, and the browser fetch exists to get the full rendered page.
 */
const DROPPED_HEADERS = new Set(['if-none-match', 'if-modified-since', 'accept-encoding', 'host', 'content-length']);
/** Same set as the HTTP fetcher: statuses where trying again later may succeed. */
const RETRYABLE_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * Fetch pages in a real Chromium (playwright-core): the document loads with its scripts,
 * the comment thread is expanded ("Load more comments", "View replies", scrolling), and the
 * rendered DOM is the page's `html`. Pages share one browser (fresh context each), images,
 * media, fonts and trackers are not downloaded, and a crash or a hang fails only its page.
 *
 * @example
 * const browser = new BrowserFetcher({screenshot: true});
 * const page = await browser.fetch({url: 'https://www.phonearena.com/news/…'});
 * await browser.close();
 */
export class BrowserFetcher implements Fetcher {
	readonly #options: BrowserFetcherOptions;
	readonly #pool: BrowserPool;
	readonly #queue: PQueue;
	readonly #navigationTimeoutMs: number;
	readonly #timeoutMs: number;
	readonly #blockedTypes: ReadonlySet<string>;
	readonly #blockedHosts: readonly string[];

	/** @throws NewsvaultError `ERR_CONFIG` when an option is invalid (the message quotes it). */
	constructor(options: BrowserFetcherOptions = {}) {
		this.#options = options;
		const concurrency = positiveInt('concurrency', options.concurrency ?? 2);
		this.#navigationTimeoutMs = positiveInt('navigationTimeoutMs', options.navigationTimeoutMs ?? 30_000);
		this.#timeoutMs = positiveInt('timeoutMs', options.timeoutMs ?? 90_000);
		this.#blockedTypes = new Set(options.blockResourceTypes ?? DEFAULT_BLOCKED_RESOURCE_TYPES);
		this.#blockedHosts = options.blockHosts ?? TRACKER_HOSTS;
		this.#queue = new PQueue({concurrency});
		this.#pool = new BrowserPool({
			...(options.chromium ? {chromium: options.chromium} : {}),
			env: options.env ?? process.env,
			launch: options.launch ?? {},
			restartAfterPages: positiveInt('restartAfterPages', options.restartAfterPages ?? 100),
		});
	}

	/** How many browsers were launched so far (the first fetch launches one; restarts add more). */
	get launches(): number {
		return this.#pool.launches;
	}

	/**
	 * Load `request.url` in the browser, expand its comment thread and return the rendered page.
	 * @throws NewsvaultError `ERR_NO_BROWSER` when no Chromium is installed.
	 * @throws FetchError `ERR_TIMEOUT` (the page never finished), `ERR_BROWSER` (the tab crashed),
	 * `ERR_HTTP_STATUS`, `ERR_NOT_HTML`, network codes.
	 */
	async fetch(request: FetchRequest): Promise<Page> {
		const url = parseHttpUrl(request.url);
		if (request.signal?.aborted) throw new FetchError('ERR_ABORTED', 'aborted by the caller', {url});
		const result = await this.#queue.add(() => this.#render(url, request), request.signal ? {signal: request.signal} : {}).catch((error: unknown) => {
			if (request.signal?.aborted) throw new FetchError('ERR_ABORTED', 'aborted by the caller', {url, cause: error});
			throw error;
		});
		if (!result) throw new FetchError('ERR_ABORTED', 'aborted by the caller', {url});
		return result;
	}

	/** Close the browser; fetches still running fail with `ERR_BROWSER`. */
	async close(): Promise<void> {
		this.#queue.clear();
		await this.#pool.close();
	}

	async #render(url: URL, request: FetchRequest): Promise<Page> {
		const lease = await this.#pool.acquire();
		// Timed from here: a browser's cold start is not the page's time, and must not eat its timeoutMs.
		const startMs = Date.now();
		const started = performance.now();
		let fail: (error: FetchError) => void = () => undefined;
		const failure = new Promise<never>((_, reject) => {
			fail = reject;
		});
		const timer = setTimeout(() => fail(new FetchError('ERR_TIMEOUT', `no rendered page within ${this.#timeoutMs} ms (timeoutMs)`, {url, retryable: true})), this.#timeoutMs);
		const onAbort = (): void => fail(new FetchError('ERR_ABORTED', 'aborted by the caller', {url}));
		const onDisconnect = (): void => fail(browserGone(url));
		request.signal?.addEventListener('abort', onAbort, {once: true});
		lease.browser.once('disconnected', onDisconnect);
		const context = lease.browser.newContext({
			viewport: this.#options.viewport ?? {width: 1280, height: 900},
			...(this.#options.userAgent ? {userAgent: this.#options.userAgent} : {}),
			// Fixed so relative times and dates the page renders in script do not depend on the machine.
			locale: 'en-US',
			timezoneId: 'UTC',
			serviceWorkers: 'block',
			acceptDownloads: false,
		});
		const work = (async () => {
			const navigation = {locked: false};
			await (await context).route('**/*', (route) => this.#route(route, navigation, url, request.headers));
			const page = await (await context).newPage();
			page.once('crash', () => fail(tabCrashed(url)));
			return this.#load(page, url, navigation, started, startMs, request.signal);
		})();
		// Whichever loses the race must not become an unhandled rejection.
		work.catch(() => undefined);
		failure.catch(() => undefined);
		try {
			return await Promise.race([work, failure]);
		} catch (error) {
			throw classifyBrowserError(error, {url, navigationTimeoutMs: this.#navigationTimeoutMs});
		} finally {
			clearTimeout(timer);
			request.signal?.removeEventListener('abort', onAbort);
			lease.browser.off('disconnected', onDisconnect);
			// Closing the context also stops a page stuck in a script loop or waiting on a request;
			// a browser too stuck to close it within the grace period is left to its restart.
			const closing = context.then((created) => created.close()).catch(() => undefined);
			await Promise.race([closing, sleep(CONTEXT_CLOSE_GRACE_MS, undefined, {ref: false})]);
			lease.release();
		}
	}

	async #load(page: BrowserPage, url: URL, navigation: {locked: boolean}, started: number, startMs: number, signal: AbortSignal | undefined): Promise<Page> {
		const response = await page.goto(url.href, {waitUntil: this.#options.waitUntil ?? 'load', timeout: this.#navigationTimeoutMs});
		if (!response) throw new FetchError('ERR_BROWSER', 'the browser loaded no document', {url});
		// From here on the thread is collected in this document: a click that would navigate away is cancelled.
		navigation.locked = true;
		const finalUrl = new URL(response.url());
		const status = response.status();
		const headers = await response.allHeaders();
		if (status >= 300) {
			throw new FetchError('ERR_HTTP_STATUS', `${status} ${response.statusText()}`.trim(), {url: finalUrl, status, retryable: RETRYABLE_STATUSES.has(status)});
		}
		const declared = parseContentType(headers['content-type']);
		if (declared && !/html|xml/.test(declared.essence)) {
			throw new FetchError('ERR_NOT_HTML', `content type "${declared.essence}" is not HTML`, {url: finalUrl});
		}
		const firstByteMs = firstByte(response, startMs);

		if (this.#options.expand !== false) {
			const limits = this.#options.expand ?? {};
			const rules = mergeThreadRules(DEFAULT_THREAD_RULES, this.#options.threadRules?.(finalUrl));
			// Expansion gets what is left of timeoutMs, so a slow thread is cut short rather than the page lost.
			const budget = (): ExpandOptions => ({
				...limits,
				maxTimeMs: Math.max(0, Math.min(limits.maxTimeMs ?? Number.POSITIVE_INFINITY, this.#timeoutMs - (performance.now() - started) - CAPTURE_RESERVE_MS)),
				rules,
				...(signal ? {signal} : {}),
			});
			const report = await expandThread(page, budget());
			await inlineCommentEmbeds(page, {rules, expand: budget()});
			this.#options.onExpanded?.(url.href, report);
		}

		const html = await page.content();
		const screenshot = this.#options.screenshot ? new Uint8Array(await page.screenshot({fullPage: true, type: 'png'})) : undefined;
		return {
			url: url.href,
			finalUrl: finalUrl.href,
			redirects: redirectChain(response),
			status,
			statusText: response.statusText(),
			headers,
			body: new TextEncoder().encode(html),
			html,
			// The body is the browser's serialisation of the DOM, always UTF-8 whatever the site sent.
			charset: 'utf-8',
			charsetSource: 'default',
			contentType: `${declared?.essence ?? 'text/html'}; charset=utf-8`,
			fetchedAt: new Date(startMs + (firstByteMs ?? 0)).toISOString(),
			timing: {startMs, firstByteMs, totalMs: Math.round(performance.now() - started)},
			mode: 'browser',
			...(this.#options.screenshot ? {evidence: {...(screenshot ? {screenshot} : {}), renderedHtml: html}} : {}),
		};
	}

	async #route(route: Route, navigation: {locked: boolean}, url: URL, extraHeaders: Record<string, string> | undefined): Promise<void> {
		const request = route.request();
		const mainDocument = request.isNavigationRequest() && isMainFrame(request);
		if (mainDocument && navigation.locked) return route.abort('aborted');
		if (!mainDocument && this.#blockedTypes.has(request.resourceType())) return route.abort('blockedbyclient');
		let host = '';
		try {
			host = new URL(request.url()).hostname;
		} catch {
			host = '';
		}
		// The page asked for is fetched whatever its host: blocking is for what it pulls in.
		if (host && !mainDocument && hostInList(host, this.#blockedHosts)) return route.abort('blockedbyclient');
		// The caller's headers go with the document request only, not with every script and XHR it triggers.
		if (mainDocument && extraHeaders && request.url() === url.href) {
			const headers = {...request.headers()};
			for (const [name, value] of Object.entries(extraHeaders)) if (!DROPPED_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
			return route.continue({headers});
		}
		return route.continue();
	}
}

function isMainFrame(request: Request): boolean {
	try {
		return request.frame().parentFrame() === null;
	} catch {
		// Service-worker requests have no frame; they are never the document.
		return false;
	}
}

function redirectChain(response: Response): string[] {
	const chain: string[] = [];
	for (let request: Request | null = response.request(); request; request = request.redirectedFrom()) chain.unshift(request.url());
	return chain;
}

function firstByte(response: Response, startMs: number): number | null {
	const timing = response.request().timing();
	if (timing.responseStart < 0 || timing.startTime <= 0) return null;
	return Math.max(0, Math.round(timing.startTime + timing.responseStart - startMs));
}

function positiveInt(name: string, value: number): number {
	if (!Number.isInteger(value) || value <= 0) throw new NewsvaultError('ERR_CONFIG', `BrowserFetcher option ${name} must be a positive integer, got "${value}"`);
	return value;
}
