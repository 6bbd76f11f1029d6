import type {Command} from 'commander';
import {HttpFetcher, RENDER_MODES, type Fetcher, type RenderMode} from '../index.js';
import {oneOf, positiveInt} from './context.js';
import type {CliIO} from './io.js';

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
	render: RenderMode;
	close(): Promise<void>;
}

export function createFetchers(flags: FetchFlags, io: CliIO): Fetchers {
	const userAgent = flags.userAgent ?? io.env['NEWSVAULT_USER_AGENT'];
	const fetcher = new HttpFetcher({
		...(flags.timeout ? {timeoutMs: flags.timeout} : {}),
		...(flags.maxBytes ? {maxBytes: flags.maxBytes} : {}),
		...(userAgent ? {userAgent} : {}),
	});
	return {fetcher, render: flags.render ?? 'auto', close: async () => {}};
}
