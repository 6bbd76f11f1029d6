import {NewsvaultError, redactUrl} from '../errors.js';
import type {Fetcher} from '../fetch/types.js';
import type {PipelineDeps} from '../pipeline/index.js';
import {NOT_STARTED, type HostPool} from './hosts.js';
import {hostOf} from './normalize.js';

/**
 * A page's requests (the page itself, its comment endpoint pages, a browser render) each
 * take a slot of their host in the pool, one at a time, instead of one slot held around
 * the whole page: the per-host and global limits then count requests, as documented,
 * and extraction and disk writes never keep the next request waiting.
 */

/**
 * Pages in flight per request slot, when pages' requests take their slots themselves. A
 * page spends about as long being extracted and written (CPU, then fsyncs) as being
 * fetched, so one page behind each request keeps the CPU busy while others wait on the
 * disk, and bounds the pages held in memory to twice the request limit.
 */
export const PAGES_PER_REQUEST_SLOT = 2;

/**
 * Runs one request of a page in a slot of its host: `request` starts once the host's
 * concurrency, delay and pause, and the global limit, allow it.
 */
export type RequestLimiter = <T>(url: string, request: () => Promise<T>) => Promise<T>;

/** For work that already runs inside a slot. */
export const UNLIMITED: RequestLimiter = (_url, request) => request();

export interface PageRequests {
	limit: RequestLimiter;
	/** True when the run stopped before the page's first request could start (so the page never began). */
	stoppedBeforeStart(): boolean;
}

/**
 * The limiter for one page. Its first request waits like queued work and never starts
 * once `signal` aborts; the requests after it belong to a page in flight, which finishes,
 * so a stopped run records whole pages. `onRequestError` runs inside the slot, so a pause
 * it sets (Retry-After) is in place before the host's next request may start.
 */
export function pageRequests(pool: HostPool, signal: AbortSignal, onRequestError: (host: string, error: unknown) => void): PageRequests {
	let first = true;
	let stopped = false;
	const limit: RequestLimiter = async (url, request) => {
		const host = hostOf(url);
		const gate = first ? signal : undefined;
		first = false;
		const result = await pool.run(
			host,
			() =>
				request().catch((error: unknown) => {
					onRequestError(host, error);
					throw error;
				}),
			gate,
		);
		if (result !== NOT_STARTED) return result;
		stopped = true;
		throw new NewsvaultError('ERR_ABORTED', `[GET] "${redactUrl(url)}": the crawl stopped before this request started`);
	};
	return {limit, stoppedBeforeStart: () => stopped};
}

/** The pipeline's fetchers, each request of which goes through `limit`. */
export function limitedDeps(deps: PipelineDeps, limit: RequestLimiter): PipelineDeps {
	const limited = (fetcher: Fetcher): Fetcher => ({fetch: (request) => limit(String(request.url), () => fetcher.fetch(request))});
	return {
		...deps,
		fetcher: limited(deps.fetcher),
		endpointFetcher: limited(deps.endpointFetcher ?? deps.fetcher),
		...(deps.browser ? {browser: limited(deps.browser)} : {}),
	};
}
