import {readFileSync} from 'node:fs';
import iconv from 'iconv-lite';
import type {Page} from '../../src/fetch/types.js';

/** The fetch time test pages carry unless a test says otherwise. */
export const TEST_FETCHED_AT = '2026-06-20T12:00:00.000Z';

/**
 * A `Page` as the HTTP fetcher would produce it for this HTML served at `url`
 * (status 200, UTF-8, `text/html`), for feeding `extract` without a server.
 * @example const page = pageFromHtml('<h1>Hi</h1><p>…</p>', 'https://www.phonearena.com/news/x_id1');
 */
export function pageFromHtml(html: string, url: string, overrides: Partial<Page> = {}): Page {
	const body = new TextEncoder().encode(html);
	return {
		url,
		finalUrl: url,
		redirects: [url],
		status: 200,
		statusText: 'OK',
		headers: {'content-type': 'text/html; charset=utf-8'},
		body,
		html,
		charset: 'utf-8',
		charsetSource: 'header',
		contentType: 'text/html; charset=utf-8',
		fetchedAt: TEST_FETCHED_AT,
		timing: {startMs: 0, firstByteMs: 0, totalMs: 0},
		mode: 'http',
		...overrides,
	};
}

/**
 * A `Page` from raw bytes (a saved page, a corpus file), decoded with the charset its
 * `<meta charset>` / `http-equiv` declares (UTF-8 when none), as the fetcher would.
 */
export function pageFromBytes(bytes: Uint8Array, url: string, overrides: Partial<Page> = {}): Page {
	const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
	const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
	const charset = iconv.encodingExists(declared) ? declared : 'utf-8';
	const html = iconv.decode(Buffer.from(bytes), charset);
	return pageFromHtml(html, url, {body: bytes, charset, charsetSource: declared === 'utf-8' ? 'default' : 'meta', ...overrides});
}

/** `pageFromBytes` for a file on disk (corpus pages are read in place, never copied). */
export function pageFromFile(file: string, url: string, overrides: Partial<Page> = {}): Page {
	return pageFromBytes(readFileSync(file), url, overrides);
}
