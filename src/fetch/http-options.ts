import {NewsvaultError} from '../errors.js';
import {VERSION} from '../version.js';
import {HTML_CONTENT_TYPES} from './content-type.js';

/** Says who is asking, with a URL a site owner can follow, as polite crawlers do. */
export const DEFAULT_USER_AGENT = `newsvault/${VERSION} (+https://github.com/newsvault/newsvault)`;

export interface HttpFetcherOptions {
	/**
	 * The User-Agent header.
	 * @default DEFAULT_USER_AGENT: `newsvault/<version> (+https://github.com/newsvault/newsvault)`
	 */
	userAgent?: string;
	/**
	 * Total time for one fetch, redirects and body included, in milliseconds.
	 * @default 30000
	 */
	timeoutMs?: number;
	/**
	 * Time to open a connection (DNS, TCP, TLS), in milliseconds.
	 * @default 10000
	 */
	connectTimeoutMs?: number;
	/**
	 * Largest body accepted, in bytes, counted both as received and after decompression.
	 * @default 20971520 (20 MiB)
	 */
	maxBytes?: number;
	/**
	 * Redirects followed before giving up with `ERR_TOO_MANY_REDIRECTS`; 0 refuses any.
	 * @default 10
	 */
	maxRedirects?: number;
	/**
	 * Extra request headers sent with every request; a request's own headers win.
	 * @default {}
	 */
	headers?: Record<string, string>;
	/**
	 * Content types (`type/subtype`) accepted; any other is `ERR_NOT_HTML`. Widen it to fetch
	 * feeds, sitemaps or robots.txt through the same limits.
	 * @default ['text/html', 'application/xhtml+xml']
	 */
	contentTypes?: readonly string[];
}

export type ResolvedHttpFetcherOptions = Required<HttpFetcherOptions>;

/**
 * 30 s total and 10 s to connect: slow news sites answer in a few seconds, and a crawler
 * retrying later is better than one stuck on a dead host. 20 MiB: the largest page in the
 * corpus is 1.6 MB (a Yahoo article); a body ten times that is not an article.
 */
const DEFAULTS: ResolvedHttpFetcherOptions = {
	userAgent: DEFAULT_USER_AGENT,
	timeoutMs: 30_000,
	connectTimeoutMs: 10_000,
	maxBytes: 20 * 1024 * 1024,
	maxRedirects: 10,
	headers: {},
	contentTypes: HTML_CONTENT_TYPES,
};

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const CONTENT_TYPE = /^[!#$%&'*+.^_`|~0-9a-z-]+\/[!#$%&'*+.^_`|~0-9a-z-]+$/;

/**
 * Fill in defaults and reject bad values now, at construction, rather than on the first fetch.
 * @throws NewsvaultError `ERR_CONFIG` naming the option and quoting the bad value.
 */
export function resolveHttpFetcherOptions(options: HttpFetcherOptions = {}): ResolvedHttpFetcherOptions {
	for (const key of Object.keys(options)) {
		if (!(key in DEFAULTS)) throw configError(key, 'is not an HttpFetcher option (known: ' + Object.keys(DEFAULTS).join(', ') + ')', undefined);
	}
	const resolved: ResolvedHttpFetcherOptions = {...DEFAULTS};
	for (const key of ['timeoutMs', 'connectTimeoutMs', 'maxBytes'] as const) {
		const value = options[key];
		if (value === undefined) continue;
		if (!Number.isSafeInteger(value) || value <= 0) throw configError(key, 'must be a positive whole number', value);
		resolved[key] = value;
	}
	if (options.maxRedirects !== undefined) {
		if (!Number.isSafeInteger(options.maxRedirects) || options.maxRedirects < 0) throw configError('maxRedirects', 'must be a whole number, 0 or more', options.maxRedirects);
		resolved.maxRedirects = options.maxRedirects;
	}
	if (options.userAgent !== undefined) {
		if (typeof options.userAgent !== 'string' || options.userAgent.trim() === '' || /[\r\n\0]/.test(options.userAgent)) {
			throw configError('userAgent', 'must be a non-empty one-line string', options.userAgent);
		}
		resolved.userAgent = options.userAgent;
	}
	if (options.headers !== undefined) resolved.headers = validateHeaders(options.headers);
	if (options.contentTypes !== undefined) {
		const types = options.contentTypes;
		if (!Array.isArray(types) || types.length === 0 || !types.every((type) => typeof type === 'string' && CONTENT_TYPE.test(type))) {
			throw configError('contentTypes', 'must be a non-empty list of lower-case type/subtype strings', types);
		}
		resolved.contentTypes = [...types];
	}
	return resolved;
}

function validateHeaders(headers: Record<string, string>): Record<string, string> {
	if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) throw configError('headers', 'must be an object of header names to strings', headers);
	const lowerCased: Record<string, string> = {};
	for (const [name, value] of Object.entries(headers)) {
		if (!HEADER_NAME.test(name)) throw configError('headers', 'has an invalid header name', name);
		if (typeof value !== 'string' || /[\r\n\0]/.test(value)) throw configError('headers', `has an invalid value for ${name}`, value);
		lowerCased[name.toLowerCase()] = value;
	}
	return lowerCased;
}

function configError(option: string, problem: string, value: unknown): NewsvaultError {
	const got = value === undefined ? '' : `, got ${JSON.stringify(value) ?? String(value)}`;
	return new NewsvaultError('ERR_CONFIG', `HttpFetcher option ${option} ${problem}${got}`);
}
