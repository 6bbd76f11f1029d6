import {extract} from '../../src/extract/index.js';
import type {ExtractOptions} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {ARTICLE_PARAGRAPHS} from './article-body.js';
import {pageFromHtml} from './page-from-html.js';

/**
 * The snapshot `extract` gives for `html` at `url`: by the generic extractor unless `options`
 * say otherwise (a test of the cascade must not pass through a site profile by chance).
 * Throws the extractor's reason when it gives none.
 */
export function snapshotOf(html: string, url: string, options: ExtractOptions = {profiles: []}): Snapshot {
	const result = extract(pageFromHtml(html, url), options);
	if (!result.ok) throw new Error(result.message);
	return result.snapshot;
}

/** A page whose article is long enough to be one, with `after` (a comment section, usually) below it. */
export function articlePageWith(after: string, title = 'Battery life'): string {
	return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${ARTICLE_PARAGRAPHS}</article>${after}</body></html>`;
}
