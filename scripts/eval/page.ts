import {pageFromBytes} from '../../src/fetch/from-bytes.js';
import type {Page} from '../../src/fetch/types.js';
import type {CorpusPage} from './corpus.js';

/**
 * A fixed fetch time for every corpus page, so relative dates ("73 months ago") and the
 * Snapshot's `fetchedAt` resolve the same way on every run. It is after the newest page in
 * the corpus (PhoneArena, June 2026).
 */
export const CORPUS_FETCHED_AT = '2026-06-20T00:00:00.000Z';

/**
 * The `Page` a fetch of this saved file would have produced, decoded as a fetched body is
 * (BOM, then `<meta charset>`, then a UTF-8 sniff): the files carry no charset header, and
 * three of them are ISO-8859-1.
 */
export function corpusPageToPage(corpusPage: CorpusPage): Page {
	return pageFromBytes({url: corpusPage.url, body: corpusPage.bytes, contentType: 'text/html', fetchedAt: CORPUS_FETCHED_AT});
}
