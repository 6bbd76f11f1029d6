import {createHash} from 'node:crypto';
import * as cheerio from 'cheerio';
import {NewsvaultError} from '../errors.js';
import {parseContentType} from './content-type.js';
import {FetchError} from './errors.js';
import type {Fetcher, Page} from './types.js';

/**
 * Comment threads a page loads from a separate endpoint (PhoneArena's
 * `#comments[data-endpoint]`), fetched over HTTP page by page without a browser and inlined
 * into the page's comment container, so the extractor reads them like static comments.
 *
 * The live endpoints' response format is UNVERIFIED: the corpus holds only the page that
 * names the endpoint (phonearena-razr-ultra-2025-deal), not a response. This module accepts
 * an HTML fragment, or JSON carrying the fragment in a common field (`html`, `content`…) with
 * an optional next-page link or "has more" flag, and stops safely on anything else.
 */

/** Where a page names its comment endpoint; the shape of `SiteProfile.commentsEndpoint`, plus paging hints. */
export interface CommentsEndpointRule {
	/** The comment container that carries the endpoint; fetched fragments are inlined into it. */
	selector: string;
	/** The container's attribute holding the endpoint URL (absolute or relative to the page). */
	attribute: string;
	/**
	 * Query parameter holding the page number. Without it, a number ending the path is the page
	 * number (PhoneArena's `/comments/articles/{id}/{sort}/{page}`).
	 */
	pageParam?: string;
	/** A next-page link inside a fragment, preferred over counting pages. @default 'a[rel="next"], [data-next-page]' */
	nextSelector?: string;
	/** Where inside the container fragments go. @default the container itself */
	into?: string;
}

export interface CommentPagesOptions {
	/** Endpoint pages fetched at most. @default 50 */
	maxPages?: number;
	signal?: AbortSignal;
	/** Told how the paging ended (for logs and tests). */
	onDone?: (report: CommentPagesReport) => void;
}

export type CommentPagesStop = 'no-endpoint' | 'max-pages' | 'empty' | 'repeat' | 'nothing-new' | 'no-next' | 'last-page' | 'error';

export interface CommentPagesReport {
	/** Endpoint pages whose fragments were inlined. */
	pages: number;
	stoppedBy: CommentPagesStop;
	/** The failure that ended paging after the first page, when `stoppedBy` is `error`. */
	error?: NewsvaultError;
}

/** About 20 comments per page on the sites seen: 50 pages is a 1,000-comment thread, past any phone-news article. */
const DEFAULT_MAX_PAGES = 50;
const DEFAULT_NEXT_SELECTOR = 'a[rel="next"], [data-next-page]';
/** JSON fields that may carry the fragment, most specific first (format unverified, see above). */
const FRAGMENT_FIELDS = ['html', 'content', 'comments', 'markup', 'view', 'data'];
const NEXT_FIELDS = ['next', 'nextPage', 'next_page', 'nextUrl', 'next_url', 'nextPageUrl'];
const MORE_FIELDS = ['hasMore', 'has_more', 'more', 'hasNext', 'has_next'];
/** An end-of-thread answer rather than a failure: the page after the last one does not exist. */
const END_STATUSES = new Set([404, 410]);

/**
 * Fetch a page's comment endpoint page by page with `fetcher` and return `page` with every
 * fragment inlined into the comment container (`html` and `body` are the merged document,
 * UTF-8). Returns `page` unchanged when it names no endpoint.
 *
 * `fetcher` must accept the endpoint's content type: an `HttpFetcher` built with
 * `contentTypes: [...HTML_CONTENT_TYPES, 'application/json']` takes both kinds.
 *
 * @throws FetchError when the first endpoint page fails, or the endpoint is on another host
 * than the page (a page must not steer the archiver to arbitrary URLs). Later failures end
 * the paging and keep what was collected.
 */
export async function fetchCommentPages(page: Page, rule: CommentsEndpointRule, fetcher: Fetcher, options: CommentPagesOptions = {}): Promise<Page> {
	const $ = cheerio.load(page.html);
	const container = $(rule.selector).first();
	const raw = container.attr(rule.attribute)?.trim();
	if (container.length === 0 || !raw) {
		options.onDone?.({pages: 0, stoppedBy: 'no-endpoint'});
		return page;
	}
	const target = rule.into ? container.find(rule.into).first() : container;
	const into = target.length > 0 ? target : container;
	const first = endpointUrl(raw, page);
	const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
	const seenFragments = new Set<string>();
	const seenIds = new Set<string>();
	let url: URL | null = first;
	let pages = 0;
	let report: CommentPagesReport = {pages: 0, stoppedBy: 'max-pages'};

	while (url) {
		if (pages >= maxPages) {
			report = {pages, stoppedBy: 'max-pages'};
			break;
		}
		let response: Page;
		try {
			response = await fetcher.fetch({url, ...(options.signal ? {signal: options.signal} : {})});
		} catch (error) {
			if (pages === 0) throw error;
			const failure = error instanceof NewsvaultError ? error : new NewsvaultError('ERR_NETWORK', String(error), {cause: error});
			const ended = error instanceof FetchError && error.status !== undefined && END_STATUSES.has(error.status);
			report = ended ? {pages, stoppedBy: 'last-page'} : {pages, stoppedBy: 'error', error: failure};
			break;
		}
		const reply = readReply(response);
		const fragment = reply.fragment.trim();
		if (fragment === '') {
			report = {pages, stoppedBy: 'empty'};
			break;
		}
		const digest = createHash('sha256').update(fragment).digest('hex');
		if (seenFragments.has(digest)) {
			report = {pages, stoppedBy: 'repeat'};
			break;
		}
		seenFragments.add(digest);
		const $fragment = cheerio.load(fragment, null, false);
		const ids = $fragment('[id]').toArray().map((el) => $fragment(el).attr('id') ?? '');
		if (ids.length > 0 && ids.every((id) => seenIds.has(id))) {
			report = {pages, stoppedBy: 'nothing-new'};
			break;
		}
		for (const id of ids) seenIds.add(id);
		into.append(fragment);
		pages++;
		if (reply.hasMore === false) {
			report = {pages, stoppedBy: 'last-page'};
			break;
		}
		url = nextUrl(reply, $fragment, rule, url, page);
		if (!url) report = {pages, stoppedBy: 'no-next'};
	}

	options.onDone?.(report);
	// Provenance in the archived document: this container's content came from the endpoint, not the page's own HTML.
	container.attr('data-newsvault-endpoint-pages', String(pages));
	const html = $.html();
	return {...page, html, body: new TextEncoder().encode(html), charset: 'utf-8', charsetSource: 'default', contentType: 'text/html; charset=utf-8'};
}

interface Reply {
	fragment: string;
	/** A next-page URL the response named. */
	next: string | null;
	/** What the response said about more pages, when it said anything. */
	hasMore: boolean | null;
}

function readReply(response: Page): Reply {
	const type = parseContentType(response.contentType)?.essence ?? '';
	const text = response.html;
	if (type.includes('json') || /^\s*[{[]/.test(text)) {
		let data: unknown;
		try {
			data = JSON.parse(text);
		} catch {
			return {fragment: text, next: null, hasMore: null};
		}
		return readJsonReply(data);
	}
	const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(text);
	return {fragment: body?.[1] ?? text, next: null, hasMore: null};
}

function readJsonReply(data: unknown): Reply {
	if (typeof data === 'string') return {fragment: data, next: null, hasMore: null};
	if (!isRecord(data)) return {fragment: '', next: null, hasMore: null};
	let fragment = '';
	let inner: Reply | null = null;
	for (const field of FRAGMENT_FIELDS) {
		const value = data[field];
		if (typeof value === 'string') {
			fragment = value;
			break;
		}
		if (isRecord(value)) {
			inner = readJsonReply(value);
			if (inner.fragment) {
				fragment = inner.fragment;
				break;
			}
		}
	}
	const nextValue = NEXT_FIELDS.map((field) => data[field]).find((value) => typeof value === 'string' || typeof value === 'number');
	const moreValue = MORE_FIELDS.map((field) => data[field]).find((value) => typeof value === 'boolean');
	// `"next": null` is the API saying there is no next page, not saying nothing.
	const saysLast = nextValue === undefined && NEXT_FIELDS.some((field) => field in data && (data[field] === null || data[field] === false || data[field] === ''));
	// Paging fields at the top level win over ones inside the object that held the fragment.
	return {
		fragment,
		next: nextValue === undefined ? (inner?.next ?? null) : String(nextValue),
		hasMore: typeof moreValue === 'boolean' ? moreValue : saysLast ? false : (inner?.hasMore ?? null),
	};
}

function nextUrl(reply: Reply, $fragment: cheerio.CheerioAPI, rule: CommentsEndpointRule, current: URL, page: Page): URL | null {
	if (reply.next !== null) {
		// A bare number is a page number, anything else a link.
		if (/^\d+$/.test(reply.next)) return numberedPage(current, rule, Number(reply.next));
		return endpointUrl(reply.next, page, current);
	}
	const link = $fragment(rule.nextSelector ?? DEFAULT_NEXT_SELECTOR).first();
	const href = link.attr('href') ?? link.attr('data-next-page');
	if (href && !href.toLowerCase().startsWith('javascript:') && href !== '#') return endpointUrl(href, page, current);
	return followingPage(current, rule);
}

/** `current` with its page number one higher (the number it already has, so 0- and 1-based endpoints both work). */
function followingPage(current: URL, rule: CommentsEndpointRule): URL | null {
	const next = new URL(current);
	if (rule.pageParam) {
		const now = Number(next.searchParams.get(rule.pageParam) ?? '1');
		if (!Number.isInteger(now)) return null;
		next.searchParams.set(rule.pageParam, String(now + 1));
		return next;
	}
	const segments = next.pathname.split('/');
	const last = segments.findLastIndex((segment) => segment !== '');
	const number = segments[last] ?? '';
	if (!/^\d+$/.test(number)) return null;
	segments[last] = String(Number(number) + 1);
	next.pathname = segments.join('/');
	return next;
}

/** `current` pointed at page `pageNumber`, for endpoints that name the next page by number. */
function numberedPage(current: URL, rule: CommentsEndpointRule, pageNumber: number): URL | null {
	const next = new URL(current);
	if (rule.pageParam) {
		next.searchParams.set(rule.pageParam, String(pageNumber));
		return next;
	}
	const segments = next.pathname.split('/');
	const last = segments.findLastIndex((segment) => segment !== '');
	if (!/^\d+$/.test(segments[last] ?? '')) return null;
	segments[last] = String(pageNumber);
	next.pathname = segments.join('/');
	return next;
}

/** Resolve an endpoint against the page, and refuse one that leaves the page's site. */
function endpointUrl(raw: string, page: Page, base: URL = new URL(page.finalUrl)): URL {
	let url: URL;
	try {
		url = new URL(raw, base);
	} catch (error) {
		throw new FetchError('ERR_INVALID_URL', `comment endpoint "${raw}" is not a valid URL`, {url: page.finalUrl, cause: error});
	}
	const pageHost = new URL(page.finalUrl).hostname;
	const sameSite = url.hostname === pageHost || url.hostname.endsWith(`.${pageHost}`) || pageHost.endsWith(`.${url.hostname}`);
	if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !sameSite) {
		throw new FetchError('ERR_INVALID_URL', `comment endpoint "${url.href}" is not an http(s) URL on the page's own site; not fetched`, {url: page.finalUrl});
	}
	return url;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
