import type {Page} from '../../src/fetch/types.js';
import type {CorpusPage} from './corpus.js';
import {decodeHtml} from './decode.js';

/**
 * A fixed fetch time for every corpus page, so relative dates ("73 months ago") and the
 * Snapshot's `fetchedAt` resolve the same way on every run. It is after the newest page in
 * the corpus (PhoneArena, June 2026).
 */
export const CORPUS_FETCHED_AT = '2026-06-20T00:00:00.000Z';

/** The `Page` a fetch of this saved file would have produced: status 200, no headers but the type. */
export function corpusPageToPage(corpusPage: CorpusPage): Page {
	const decoded = decodeHtml(corpusPage.bytes);
	return {
		url: corpusPage.url,
		finalUrl: corpusPage.url,
		redirects: [corpusPage.url],
		status: 200,
		statusText: 'OK',
		headers: {'content-type': 'text/html'},
		body: corpusPage.bytes,
		html: decoded.html,
		charset: decoded.charset,
		charsetSource: decoded.charsetSource,
		contentType: 'text/html',
		fetchedAt: CORPUS_FETCHED_AT,
		timing: {startMs: 0, firstByteMs: 0, totalMs: 0},
		mode: 'http',
	};
}
