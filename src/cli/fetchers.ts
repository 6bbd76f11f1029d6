import type {Command} from 'commander';
import {BrowserFetcher, closeBrowserOnSignals, HTML_CONTENT_TYPES, HttpFetcher, RENDER_MODES, type Fetcher, type RenderMode} from '../index.js';
import {oneOf, positiveInt} from './context.js';
import {type CliIO, UsageError} from './io.js';

/** The fetch flags `archive` and `crawl` share. */
export interface FetchFlags {
	render?: RenderMode;
	timeout?: number;
	maxBytes?: number;
	userAgent?: string;
	screenshot?: boolean;
}

export function withFetchOptions(command: Command): Command {
	return command
		.option('--render <mode>', 'never | auto | always: when to load pages in a browser', oneOf('--render', RENDER_MODES), 'auto')
		.option('--timeout <ms>', 'total time allowed per page', positiveInt('--timeout'))
		.option('--max-bytes <n>', 'largest body accepted', positiveInt('--max-bytes'))
		.option('--user-agent <ua>', 'User-Agent header (default names newsvault)')
		.option('--screenshot', 'with the browser: store a full-page PNG and the rendered DOM with the version');
}

export interface Fetchers {
	fetcher: Fetcher;
	browser?: Fetcher;
	endpointFetcher: Fetcher;
	render: RenderMode;
	close(): Promise<void>;
}

/**
 * The fetchers one CLI run uses. The browser costs nothing until a page needs it: it is
 * launched on first use, so `--render auto` runs without one on pages that don't.
 */
export function createFetchers(flags: FetchFlags, io: CliIO): Fetchers {
	const userAgent = flags.userAgent ?? io.env['NEWSVAULT_USER_AGENT'];
	const httpOptions = {
		...(flags.timeout ? {timeoutMs: flags.timeout} : {}),
		...(flags.maxBytes ? {maxBytes: flags.maxBytes} : {}),
		...(userAgent ? {userAgent} : {}),
	};
	const fetcher = new HttpFetcher(httpOptions);
	// Comment endpoints answer in JSON as often as in HTML fragments.
	const endpointFetcher = new HttpFetcher({...httpOptions, contentTypes: [...HTML_CONTENT_TYPES, 'application/json']});
	const render = flags.render ?? 'auto';
	if (render === 'never') {
		if (flags.screenshot) throw new UsageError('--screenshot needs the browser: use --render auto or --render always');
		return {fetcher, endpointFetcher, render, close: async () => Promise.all([fetcher.close(), endpointFetcher.close()]).then(() => {})};
	}
	const browser = new BrowserFetcher({
		env: io.env,
		screenshot: flags.screenshot ?? false,
		...(flags.timeout ? {timeoutMs: flags.timeout} : {}),
		...(userAgent ? {userAgent} : {}),
	});
	const removeSignalHandlers = closeBrowserOnSignals(browser);
	return {
		fetcher,
		endpointFetcher,
		browser,
		render,
		async close() {
			removeSignalHandlers();
			await Promise.all([browser.close(), fetcher.close(), endpointFetcher.close()]);
		},
	};
}
