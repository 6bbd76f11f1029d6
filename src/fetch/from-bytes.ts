import {decodeBody, detectCharset} from './charset.js';
import type {Page} from './types.js';

export interface PageFromBytesInput {
	url: string;
	body: Uint8Array;
	/** The Content-Type the bytes came with, if known; the charset is sniffed otherwise. */
	contentType?: string | null;
	/** @default the Unix epoch, so the same file always gives the same Snapshot */
	fetchedAt?: string;
	status?: number;
}

/**
 * A Page made from bytes already at hand (a saved HTML file, a corpus page), decoded the
 * same way a fetched body is, so `extract` sees no difference.
 */
export function pageFromBytes(input: PageFromBytesInput): Page {
	const contentType = input.contentType ?? null;
	const {charset, source} = detectCharset(input.body, contentType);
	return {
		url: input.url,
		finalUrl: input.url,
		redirects: [input.url],
		status: input.status ?? 200,
		statusText: 'OK',
		headers: contentType ? {'content-type': contentType} : {},
		body: input.body,
		html: decodeBody(input.body, charset),
		charset,
		charsetSource: source,
		contentType,
		fetchedAt: input.fetchedAt ?? new Date(0).toISOString(),
		timing: {startMs: 0, firstByteMs: null, totalMs: 0},
		mode: 'http',
	};
}
