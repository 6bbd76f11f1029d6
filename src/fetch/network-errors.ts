import {describeError} from '../errors.js';
import {FetchError} from './errors.js';

/** What was going on when a low-level error struck, for the message. */
export interface NetworkErrorContext {
	url: URL;
	phase: 'connect' | 'body';
	connectTimeoutMs: number;
	timeoutMs: number;
}

/** Host-not-found answers; EAI_AGAIN (the resolver itself failed) is the one that may pass. */
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL', 'EAI_AGAIN']);
/** The server or a middlebox dropped the connection while we still expected bytes. */
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH', 'ERR_STREAM_PREMATURE_CLOSE']);
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);
/** Routes that may come back; certificate and protocol errors will not by themselves. */
const TRANSIENT_NETWORK_CODES = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN']);

/**
 * Turn an undici or socket error into a FetchError with a stable code. undici wraps the
 * socket error in `cause`, and Node's happy-eyeballs connect reports an AggregateError, so
 * every code in the chain is considered.
 */
export function classifyNetworkError(error: unknown, context: NetworkErrorContext): FetchError {
	const codes = collectCodes(error);
	const {url} = context;
	const has = (set: Set<string>): string | undefined => codes.find((code) => set.has(code));
	const details = {url, cause: error};
	const dns = has(DNS_CODES);
	if (dns) {
		return new FetchError('ERR_DNS', `host "${url.hostname}" not found (DNS ${dns})`, {...details, retryable: dns === 'EAI_AGAIN'});
	}
	if (codes.includes('ECONNREFUSED')) {
		return new FetchError('ERR_CONNECTION_REFUSED', `connection refused by ${url.host}`, {...details, retryable: true});
	}
	if (codes.includes('UND_ERR_CONNECT_TIMEOUT')) {
		return new FetchError('ERR_TIMEOUT', `could not connect to ${url.host} within ${context.connectTimeoutMs} ms (connectTimeoutMs)`, {...details, retryable: true});
	}
	if (has(TIMEOUT_CODES)) {
		return new FetchError('ERR_TIMEOUT', `no complete response within ${context.timeoutMs} ms (timeoutMs)`, {...details, retryable: true});
	}
	if (has(RESET_CODES)) {
		const when = context.phase === 'body' ? 'before the whole body arrived' : 'before a response arrived';
		return new FetchError('ERR_CONNECTION_RESET', `connection closed ${when}: ${describeError(error)}`, {...details, retryable: true});
	}
	const transient = has(TRANSIENT_NETWORK_CODES) !== undefined;
	return new FetchError('ERR_NETWORK', `network error: ${describeError(error)}${codes.length > 0 ? ` (${codes.join(', ')})` : ''}`, {...details, retryable: transient});
}

function collectCodes(error: unknown, seen = new Set<unknown>()): string[] {
	if (typeof error !== 'object' || error === null || seen.has(error)) return [];
	seen.add(error);
	const codes: string[] = [];
	const {code, cause, errors} = error as {code?: unknown; cause?: unknown; errors?: unknown};
	if (typeof code === 'string') codes.push(code);
	codes.push(...collectCodes(cause, seen));
	if (Array.isArray(errors)) for (const inner of errors) codes.push(...collectCodes(inner, seen));
	return [...new Set(codes)];
}
