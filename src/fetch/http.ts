import {STATUS_CODES} from 'node:http';
import {performance} from 'node:perf_hooks';
import {Agent, request as undiciRequest} from 'undici';
import type {Dispatcher} from 'undici';
import {NewsvaultError} from '../errors.js';
import {decodeContentEncoding, readRawBody, tooLarge} from './body.js';
import {decodeBody, detectCharset} from './charset.js';
import {parseContentType, sniffContentType} from './content-type.js';
import {FetchError} from './errors.js';
import {type HttpFetcherOptions, type ResolvedHttpFetcherOptions, resolveHttpFetcherOptions} from './http-options.js';
import {classifyNetworkError} from './network-errors.js';
import {parseRetryAfter} from './retry-after.js';
import type {FetchRequest, Fetcher, Page} from './types.js';
import {parseHttpUrl} from './url.js';

/** Statuses that carry a Location we follow; every request is a GET, so 303 needs no method change. */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Error statuses worth retrying later (the fetcher itself never retries; the crawler does):
 * - 408 Request Timeout, 425 Too Early, 429 Too Many Requests: the server asks us to come back;
 * - 500, 502, 503, 504: server or gateway trouble that usually passes.
 * Other 4xx mean this URL will keep failing.
 */
const RETRYABLE_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Request headers that make a 304 Not Modified an answer rather than an error. */
const CONDITIONAL_HEADERS = ['if-none-match', 'if-modified-since'];

/** Credentials that must not follow a redirect to another origin (as browsers and curl do). */
const ORIGIN_BOUND_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/** Content-Encoding values this fetcher can undo, announced so servers choose among them. */
const ACCEPT_ENCODING = 'gzip, deflate, br';

/** The response that ended the redirect chain. */
interface FinalHop {
	url: URL;
	response: Dispatcher.ResponseData;
	/** Every URL requested, the first one first. */
	chain: string[];
}

/**
 * Fetch one page over HTTP(S) with undici: redirects followed by hand (the chain is kept and
 * loops are caught), compressed bodies decoded, the body capped while it streams, the charset
 * detected, and every failure a {@link FetchError} with a stable code. One request per call:
 * retries and politeness belong to the crawler.
 *
 * @example
 * const fetcher = new HttpFetcher({timeoutMs: 10_000});
 * const page = await fetcher.fetch({url: 'https://www.gsmarena.com/news.php3'});
 * await fetcher.close();
 */
export class HttpFetcher implements Fetcher {
	readonly options: Readonly<ResolvedHttpFetcherOptions>;
	readonly #agent: Agent;

	/** @throws NewsvaultError `ERR_CONFIG` when an option is invalid (the message quotes it). */
	constructor(options?: HttpFetcherOptions) {
		this.options = resolveHttpFetcherOptions(options);
		this.#agent = new Agent({
			connect: {timeout: this.options.connectTimeoutMs},
			// The total deadline below is what callers set; these only stop undici's own 300 s defaults from being looser.
			headersTimeout: this.options.timeoutMs,
			bodyTimeout: this.options.timeoutMs,
		});
	}

	/**
	 * GET `request.url`, following redirects, and return the decoded page.
	 * @throws NewsvaultError `ERR_INVALID_URL` / `ERR_UNSUPPORTED_SCHEME` for a bad URL.
	 * @throws FetchError for everything that goes wrong on the way (see `code` and `retryable`).
	 */
	async fetch(request: FetchRequest): Promise<Page> {
		const requested = parseHttpUrl(request.url);
		const startMs = Date.now();
		const started = performance.now();
		const deadline = new AbortController();
		const timer = setTimeout(() => deadline.abort(), this.options.timeoutMs);
		const signal = request.signal ? AbortSignal.any([request.signal, deadline.signal]) : deadline.signal;
		let current = requested;
		let phase: 'connect' | 'body' = 'connect';
		try {
			if (request.signal?.aborted) throw aborted(requested);
			const headers = this.#requestHeaders(request.headers);
			const hop = await this.#followRedirects(requested, headers, signal, (url) => {
				current = url;
			});
			const firstByteMs = Math.round(performance.now() - started);
			const {url, response} = hop;
			const page = {
				url: requested.href,
				finalUrl: url.href,
				redirects: hop.chain,
				status: response.statusCode,
				statusText: response.statusText || (STATUS_CODES[response.statusCode] ?? ''),
				headers: flattenHeaders(response.headers),
				fetchedAt: new Date(startMs + firstByteMs).toISOString(),
				mode: 'http' as const,
			};
			if (response.statusCode === 304 && CONDITIONAL_HEADERS.some((name) => name in headers)) {
				discardBody(response.body);
				const empty = new Uint8Array(0);
				const contentType = page.headers['content-type'] ?? null;
				return {...page, body: empty, html: '', charset: 'utf-8', charsetSource: 'default', contentType, timing: {startMs, firstByteMs, totalMs: firstByteMs}};
			}
			if (response.statusCode >= 300) {
				discardBody(response.body);
				throw statusError(url, response);
			}
			const contentType = page.headers['content-type'] ?? null;
			const declared = parseContentType(contentType);
			if (declared && !this.options.contentTypes.includes(declared.essence)) {
				discardBody(response.body);
				throw notHtml(url, `content type "${declared.essence}" is not HTML`);
			}
			const declaredLength = Number(page.headers['content-length']);
			if (declaredLength > this.options.maxBytes) {
				discardBody(response.body);
				throw tooLarge(url, this.options.maxBytes, `(Content-Length ${declaredLength})`);
			}
			phase = 'body';
			const raw = await readRawBody(response.body, this.options.maxBytes, url);
			const body = await decodeContentEncoding(raw, page.headers['content-encoding'], this.options.maxBytes, url);
			if (!declared) {
				const sniffed = sniffContentType(body);
				if (!this.options.contentTypes.includes(sniffed)) throw notHtml(url, `no Content-Type, and the body looks like ${sniffed}, not HTML`);
			}
			const {charset, source} = detectCharset(body, contentType);
			const totalMs = Math.round(performance.now() - started);
			return {...page, body, html: decodeBody(body, charset), charset, charsetSource: source, contentType, timing: {startMs, firstByteMs, totalMs}};
		} catch (error) {
			if (request.signal?.aborted) throw aborted(current, error);
			if (deadline.signal.aborted) {
				throw new FetchError('ERR_TIMEOUT', `no complete response within ${this.options.timeoutMs} ms (timeoutMs)`, {url: current, retryable: true, cause: error});
			}
			if (error instanceof NewsvaultError) throw error;
			throw classifyNetworkError(error, {url: current, phase, timeoutMs: this.options.timeoutMs, connectTimeoutMs: this.options.connectTimeoutMs});
		} finally {
			clearTimeout(timer);
		}
	}

	/** Close idle connections; the fetcher cannot be used afterwards. */
	async close(): Promise<void> {
		await this.#agent.close();
	}

	async #followRedirects(requested: URL, headers: Record<string, string>, signal: AbortSignal, onHop: (url: URL) => void): Promise<FinalHop> {
		const chain = [requested.href];
		const visited = new Set([withoutHash(requested)]);
		let url = requested;
		for (;;) {
			const response = await undiciRequest(withoutHash(url), {method: 'GET', headers, signal, dispatcher: this.#agent});
			const location = firstValue(response.headers['location']);
			if (!REDIRECT_STATUSES.has(response.statusCode) || location === undefined) return {url, response, chain};
			discardBody(response.body);
			const next = redirectTarget(url, location, response);
			if (visited.has(withoutHash(next))) {
				throw new FetchError('ERR_REDIRECT_LOOP', `redirect loop: ${[...chain, next.href].join(' -> ')}`, {url, status: response.statusCode});
			}
			if (chain.length > this.options.maxRedirects) {
				throw new FetchError('ERR_TOO_MANY_REDIRECTS', `more than ${this.options.maxRedirects} redirects (maxRedirects); last one to "${next.href}"`, {url, status: response.statusCode});
			}
			if (next.origin !== url.origin) for (const name of ORIGIN_BOUND_HEADERS) delete headers[name];
			visited.add(withoutHash(next));
			chain.push(next.href);
			url = next;
			onHop(url);
		}
	}

	#requestHeaders(extra: Record<string, string> | undefined): Record<string, string> {
		const headers: Record<string, string> = {
			'user-agent': this.options.userAgent,
			accept: [...this.options.contentTypes, '*/*;q=0.1'].join(','),
			'accept-encoding': ACCEPT_ENCODING,
			...this.options.headers,
		};
		for (const [name, value] of Object.entries(extra ?? {})) headers[name.toLowerCase()] = value;
		return headers;
	}
}

/**
 * Fetch one page with a fetcher made for the call and closed after it.
 * @example const page = await fetchPage('https://www.phonearena.com/news', {timeoutMs: 10_000});
 */
export async function fetchPage(url: string | URL, options: HttpFetcherOptions & {signal?: AbortSignal} = {}): Promise<Page> {
	const {signal, ...fetcherOptions} = options;
	const fetcher = new HttpFetcher(fetcherOptions);
	try {
		return await fetcher.fetch(signal ? {url, signal} : {url});
	} finally {
		await fetcher.close();
	}
}

function redirectTarget(from: URL, location: string, response: Dispatcher.ResponseData): URL {
	let next: URL;
	try {
		next = new URL(location, from);
	} catch (error) {
		throw new FetchError('ERR_INVALID_URL', `${response.statusCode} redirect to an invalid Location "${location}"`, {url: from, status: response.statusCode, cause: error});
	}
	if (next.protocol !== 'http:' && next.protocol !== 'https:') {
		throw new FetchError('ERR_UNSUPPORTED_SCHEME', `${response.statusCode} redirect to "${next.href}", which is not http(s)`, {url: from, status: response.statusCode});
	}
	// A Location without a fragment keeps the original one (RFC 9110, section 10.2.2).
	if (!next.hash && from.hash) next.hash = from.hash;
	return next;
}

function statusError(url: URL, response: Dispatcher.ResponseData): FetchError {
	const status = response.statusCode;
	const text = response.statusText || (STATUS_CODES[status] ?? '');
	const date = Date.parse(firstValue(response.headers['date']) ?? '');
	const retryAfterMs = parseRetryAfter(firstValue(response.headers['retry-after']), Number.isNaN(date) ? Date.now() : date);
	const wait = retryAfterMs === undefined ? '' : ` (Retry-After: ${Math.round(retryAfterMs / 1000)} s)`;
	const hint = REDIRECT_STATUSES.has(status) ? ' without a Location to follow' : status === 304 ? ' to a request that was not conditional' : '';
	return new FetchError('ERR_HTTP_STATUS', `${status} ${text}`.trim() + hint + wait, {
		url,
		status,
		retryable: RETRYABLE_STATUSES.has(status),
		...(retryAfterMs === undefined ? {} : {retryAfterMs}),
	});
}

function notHtml(url: URL, problem: string): FetchError {
	return new FetchError('ERR_NOT_HTML', problem, {url});
}

function aborted(url: URL, cause?: unknown): FetchError {
	return new FetchError('ERR_ABORTED', 'aborted by the caller', {url, cause});
}

function flattenHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
	const flat: Record<string, string> = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
	}
	return flat;
}

/**
 * Drop a body we will not read. undici reports a destroyed, unfinished body as an 'error'
 * event (UND_ERR_ABORTED), which is expected here and must not surface as unhandled.
 */
function discardBody(body: Dispatcher.ResponseData['body']): void {
	body.on('error', () => {});
	body.destroy();
}

function firstValue(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}

function withoutHash(url: URL): string {
	return url.href.replace(/#.*$/, '');
}
