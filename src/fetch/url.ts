import {NewsvaultError, redactUrl} from '../errors.js';

const SUPPORTED_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Parse a user-supplied URL and insist on http(s); the CLI calls this before any work so a
 * typo is a usage error (exit 2), not a failed fetch.
 *
 * @throws NewsvaultError `ERR_INVALID_URL` when `input` is not an absolute URL,
 * `ERR_UNSUPPORTED_SCHEME` when it is not http: or https:.
 * @example parseHttpUrl('https://www.gsmarena.com/news.php3') // URL
 */
export function parseHttpUrl(input: string | URL): URL {
	let url: URL;
	try {
		url = new URL(String(input).trim());
	} catch (error) {
		throw new NewsvaultError('ERR_INVALID_URL', `"${String(input)}" is not a valid URL: give an absolute http(s) URL such as https://example.com/news/1`, {cause: error});
	}
	if (!SUPPORTED_PROTOCOLS.has(url.protocol)) {
		throw new NewsvaultError('ERR_UNSUPPORTED_SCHEME', `"${redactUrl(url)}" uses ${url.protocol}, but only http: and https: URLs can be fetched`);
	}
	return url;
}
