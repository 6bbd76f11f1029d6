import {describeError, type ErrorCode, NewsvaultError} from '../errors.js';
import {FetchError} from './errors.js';

/**
 * Turn what Playwright throws into a FetchError with a stable code. Playwright reports
 * Chromium's network failures as `net::ERR_*` names inside its message, and crashes and
 * closed targets as plain messages, so the message is what is matched.
 */

export interface BrowserErrorContext {
	url: URL;
	navigationTimeoutMs: number;
}

/** Chromium's net error names, mapped to ours: first match wins. */
const NET_ERRORS: readonly {pattern: RegExp; code: ErrorCode; problem: string; retryable: boolean}[] = [
	{pattern: /net::ERR_NAME_NOT_RESOLVED|net::ERR_NAME_RESOLUTION_FAILED/, code: 'ERR_DNS', problem: 'host not found (DNS)', retryable: false},
	{pattern: /net::ERR_CONNECTION_REFUSED/, code: 'ERR_CONNECTION_REFUSED', problem: 'connection refused', retryable: true},
	{pattern: /net::ERR_CONNECTION_(RESET|CLOSED|ABORTED)|net::ERR_EMPTY_RESPONSE/, code: 'ERR_CONNECTION_RESET', problem: 'connection closed before a response arrived', retryable: true},
	{pattern: /net::ERR_(CONNECTION_)?TIMED_OUT/, code: 'ERR_TIMEOUT', problem: 'the connection timed out', retryable: true},
	{pattern: /net::ERR_TOO_MANY_REDIRECTS/, code: 'ERR_TOO_MANY_REDIRECTS', problem: 'too many redirects', retryable: false},
	{pattern: /Download is starting/, code: 'ERR_NOT_HTML', problem: 'the browser downloads this URL instead of showing a page', retryable: false},
	{pattern: /net::ERR_CERT_|net::ERR_SSL_/, code: 'ERR_NETWORK', problem: 'TLS error', retryable: false},
	{pattern: /net::ERR_(INTERNET_DISCONNECTED|NETWORK_CHANGED|ADDRESS_UNREACHABLE)/, code: 'ERR_NETWORK', problem: 'network unreachable', retryable: true},
];

const CRASH_PATTERN = /Page crashed|Target crashed|crashed/i;
const CLOSED_PATTERN = /Target page, context or browser has been closed|Browser has been closed|browser has disconnected|Target closed|Connection closed/i;

/** The error a fetch reports when its tab crashed; the browser itself stays usable. */
export function tabCrashed(url: URL, cause?: unknown): FetchError {
	return new FetchError('ERR_BROWSER', 'the browser tab crashed while rendering the page (out of memory or a renderer fault); other pages are unaffected', {url, retryable: true, cause});
}

/** The error a fetch reports when the whole browser went away under it. */
export function browserGone(url: URL, cause?: unknown): FetchError {
	return new FetchError('ERR_BROWSER', 'the browser closed while loading the page; it is restarted for the next page', {url, retryable: true, cause});
}

export function classifyBrowserError(error: unknown, context: BrowserErrorContext): NewsvaultError {
	if (error instanceof NewsvaultError) return error;
	const {url} = context;
	const message = error instanceof Error ? error.message : String(error);
	if (error instanceof Error && error.name === 'TimeoutError') {
		return new FetchError('ERR_TIMEOUT', `the page did not finish loading within ${context.navigationTimeoutMs} ms (navigationTimeoutMs)`, {url, retryable: true, cause: error});
	}
	for (const known of NET_ERRORS) {
		const match = known.pattern.exec(message);
		if (match) return new FetchError(known.code, `${known.problem} (${match[0]})`, {url, retryable: known.retryable, cause: error});
	}
	if (CRASH_PATTERN.test(message)) return tabCrashed(url, error);
	if (CLOSED_PATTERN.test(message)) return browserGone(url, error);
	return new FetchError('ERR_BROWSER', `the browser failed: ${describeError(error)}`, {url, retryable: false, cause: error});
}
