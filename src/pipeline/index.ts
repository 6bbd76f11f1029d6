import type {ArchiveStore} from '../archive/index.js';
import {summarizeChange} from '../diff/index.js';
import {NewsvaultError} from '../errors.js';
import {extract} from '../extract/index.js';
import type {SiteProfile} from '../extract/profiles/types.js';
import type {ExtractResult} from '../extract/types.js';
import type {Fetcher, Page} from '../fetch/types.js';
import type {Snapshot} from '../snapshot/schema.js';
import {fetchCommentPages} from '../fetch/comments-endpoint.js';
import {browserReason, commentsEndpointRule, type RenderMode} from './render.js';

/**
 * The only place the stages meet: fetch → extract → archive for one URL.
 * `crawl`, `schedule` and the CLI all go through `archiveUrl`.
 */

export type {RenderMode} from './render.js';

export interface PipelineDeps {
	/** The HTTP fetcher. */
	fetcher: Fetcher;
	/** The browser fetcher, used by `render: 'always'` and, when a page needs it, by `'auto'`. */
	browser?: Fetcher;
	/** Fetches a profile's comment endpoint pages (which may be JSON); @default fetcher */
	endpointFetcher?: Fetcher;
	store: ArchiveStore;
	profiles?: readonly SiteProfile[];
	/** @default () => new Date() */
	clock?: () => Date;
	/** @default 'auto' */
	render?: RenderMode;
}

export interface ArchiveUrlOptions {
	signal?: AbortSignal;
	/** Extra request headers, e.g. If-None-Match for conditional re-visits. */
	headers?: Record<string, string>;
	render?: RenderMode;
}

export type Change = 'new' | 'changed' | 'unchanged' | 'not-modified';

/** What happened to one URL; `archive --json` prints it (without `page`/`snapshot`/`error`). */
export interface ArchiveOutcome {
	url: string;
	ok: boolean;
	/** The version this visit belongs to, or null when nothing was stored. */
	version: string | null;
	change: Change | null;
	title: string | null;
	/** Comments captured, or null when nothing was extracted. */
	comments: number | null;
	/** The error, when the URL failed; nothing was stored unless `version` is set. */
	error: NewsvaultError | null;
	page: Page | null;
	snapshot: Snapshot | null;
	/** Why the browser was used, when it was. */
	renderReason: string | null;
}

export async function archiveUrl(url: string, deps: PipelineDeps, options: ArchiveUrlOptions = {}): Promise<ArchiveOutcome> {
	const clock = deps.clock ?? (() => new Date());
	const render = options.render ?? deps.render ?? 'auto';
	const failed = (error: unknown, page: Page | null = null): ArchiveOutcome => ({
		url, ok: false, version: null, change: null, title: null, comments: null,
		error: asNewsvaultError(error), page, snapshot: null, renderReason: null,
	});

	let page: Page;
	let result: ExtractResult | null = null;
	let renderReason: string | null = null;
	let browserError: NewsvaultError | null = null;
	try {
		if (render === 'always') {
			page = await requireBrowser(deps).fetch({url, signal: options.signal, headers: options.headers});
			renderReason = 'render: always';
		} else {
			page = await deps.fetcher.fetch({url, signal: options.signal, headers: options.headers});
		}
	} catch (error) {
		return failed(error);
	}
	if (page.status !== 304) {
		result = extract(page, {profiles: deps.profiles, now: clock()});
		if (render !== 'always') ({page, result} = await withEndpointComments(page, result, deps, clock(), options.signal));
		const reason = render === 'auto' && deps.browser ? browserReason(page, result, deps.profiles) : null;
		if (reason && deps.browser) {
			try {
				const rendered = await deps.browser.fetch({url, signal: options.signal});
				page = rendered;
				result = extract(rendered, {profiles: deps.profiles, now: clock()});
				renderReason = reason;
			} catch (error) {
				// The HTTP result is still worth keeping: store it, and say the browser failed.
				browserError = asNewsvaultError(error);
			}
		}
	}

	// A bot check or consent wall is not a visit to the article: stored, it would be a version in
	// which the story and every comment were removed. Nothing is written; the next visit tries again.
	if (result && !result.ok && result.reason === 'blocked') {
		const tried = renderReason ? ' (the browser was shown it too)' : browserError ? ` (the browser failed: ${browserError.message})` : '';
		return failed(new NewsvaultError('ERR_BLOCKED', `${result.message}${tried}`), page);
	}

	const snapshot = result?.ok ? result.snapshot : null;
	try {
		const put = await deps.store.put({
			url,
			page,
			snapshot,
			summarize: summarizeChange,
			attachments: evidenceOf(page),
		});
		const extractError = result && !result.ok ? new NewsvaultError('ERR_EXTRACT', `"${url}": ${result.message}`) : null;
		const error = extractError ?? browserError;
		return {
			url,
			ok: error === null,
			version: put.version.id,
			change: put.change,
			title: snapshot?.article.title ?? null,
			comments: snapshot ? snapshot.comments.items.length : null,
			error,
			page,
			snapshot,
			renderReason,
		};
	} catch (error) {
		return failed(error, page);
	}
}

/**
 * When the profile names a comment endpoint (a thread loaded page by page by script),
 * fetch it over HTTP and extract again: far cheaper than a browser. A failing endpoint
 * leaves the HTTP result as it was, with a warning in the snapshot.
 */
async function withEndpointComments(
	page: Page,
	result: ExtractResult,
	deps: PipelineDeps,
	now: Date,
	signal?: AbortSignal,
): Promise<{page: Page; result: ExtractResult}> {
	const rule = commentsEndpointRule(page, result, deps.profiles);
	if (!rule) return {page, result};
	try {
		const merged = await fetchCommentPages(page, rule, deps.endpointFetcher ?? deps.fetcher, {signal});
		// The archive keeps the server's own bytes as the raw body; the merged document is evidence.
		const expanded: Page = {...merged, body: page.body, evidence: {...page.evidence, renderedHtml: merged.html}};
		return {page: expanded, result: extract(expanded, {profiles: deps.profiles, now})};
	} catch (error) {
		if (result.ok) result.snapshot.extractor.warnings.push(`comment endpoint failed: ${asNewsvaultError(error).message}`);
		return {page, result};
	}
}

function requireBrowser(deps: PipelineDeps): Fetcher {
	if (!deps.browser) throw new NewsvaultError('ERR_NO_BROWSER', 'render mode "always" needs a browser, and none is configured');
	return deps.browser;
}

function evidenceOf(page: Page): Record<string, Uint8Array> | undefined {
	if (!page.evidence) return undefined;
	const files: Record<string, Uint8Array> = {};
	if (page.evidence.screenshot) files['screenshot.png'] = page.evidence.screenshot;
	if (page.evidence.renderedHtml !== undefined) files['rendered.html'] = new TextEncoder().encode(page.evidence.renderedHtml);
	return Object.keys(files).length > 0 ? files : undefined;
}

function asNewsvaultError(error: unknown): NewsvaultError {
	if (error instanceof NewsvaultError) return error;
	const message = error instanceof Error ? error.message : String(error);
	return new NewsvaultError('ERR_NETWORK', message, {cause: error});
}
