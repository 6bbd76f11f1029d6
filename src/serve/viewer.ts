import type {IncomingMessage, RequestListener, ServerResponse} from 'node:http';
import type {ArchiveStore, VersionInfo} from '../archive/index.js';
import {commentTimeline, diffSnapshots, formatHtml} from '../diff/index.js';
import {describeError, NewsvaultError, redactUrl} from '../errors.js';
import {NAV} from './layout.js';
import {errorPage, historyPage, indexPage, versionPage, type UrlEntry} from './pages.js';

/**
 * Pages are built from local data and never load anything else: no scripts, no frames, no
 * requests outside the viewer. The policy holds even if an escaping bug let markup through.
 */
const SECURITY_HEADERS = {
	'content-security-policy': 'default-src \'none\'; style-src \'unsafe-inline\'; base-uri \'none\'; form-action \'none\'; frame-ancestors \'none\'',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	'cache-control': 'no-store',
} as const;

/** Errors that mean the request itself was wrong (a URL that does not parse), as opposed to something missing. */
const BAD_REQUEST_CODES = new Set(['ERR_INVALID_URL', 'ERR_UNSUPPORTED_SCHEME', 'ERR_USAGE']);
/** Things the archive does not have: an unknown URL or version, or a version whose extraction failed. */
const NOT_FOUND_CODES = new Set(['ERR_NOT_FOUND', 'ERR_EXTRACT']);

type Query = URLSearchParams;
type Route = (store: ArchiveStore, query: Query) => Promise<Reply>;

interface Reply {
	status: number;
	type: 'text/html; charset=utf-8' | 'application/json; charset=utf-8';
	body: string;
}

const html = (body: string, status = 200): Reply => ({status, type: 'text/html; charset=utf-8', body});

const ROUTES: Record<string, Route> = {
	'/': async (store) => html(indexPage(await listUrls(store))),
	'/url': async (store, query) => {
		const url = required(query, 'u');
		const versions = await knownVersions(store, url);
		const snapshots = [];
		for (const version of versions) snapshots.push({id: version.id, snapshot: (await store.read(url, version.id)).snapshot});
		const title = snapshots.at(-1)?.snapshot?.article.title ?? null;
		return html(historyPage(url, title, versions, commentTimeline(snapshots)));
	},
	'/version': async (store, query) => {
		const url = required(query, 'u');
		const {version, snapshot} = await store.read(url, required(query, 'v'));
		return html(versionPage(url, version, withSnapshot(url, version, snapshot)));
	},
	'/version.json': async (store, query) => {
		const url = required(query, 'u');
		const {version, snapshot} = await store.read(url, required(query, 'v'));
		return {status: 200, type: 'application/json; charset=utf-8', body: `${JSON.stringify(withSnapshot(url, version, snapshot), null, 2)}\n`};
	},
	'/diff': async (store, query) => {
		const url = required(query, 'u');
		const versions = await knownVersions(store, url);
		const to = await store.read(url, query.get('to') || 'latest');
		// Like `newsvault diff`: by default the version just before `to`, or `to` itself when it is the first.
		const before = versions[versions.findIndex((version) => version.id === to.version.id) - 1];
		const from = await store.read(url, query.get('from') || (before?.id ?? to.version.id));
		const report = diffSnapshots(withSnapshot(url, from.version, from.snapshot), withSnapshot(url, to.version, to.snapshot), {from: from.version.id, to: to.version.id});
		// formatHtml makes a standalone page; the viewer only adds its way back.
		return html(formatHtml(report).replace('<body>', `<body>\n${NAV}`));
	},
};

/**
 * The viewer as a plain request listener over an archive: read-only, server-rendered HTML,
 * GET and HEAD only. Unknown URLs and versions are 404 pages with the store's message; a
 * missing or malformed query is 400.
 */
export function createViewer(store: ArchiveStore): RequestListener {
	return (request, response) => {
		void handle(store, request, response);
	};
}

async function handle(store: ArchiveStore, request: IncomingMessage, response: ServerResponse): Promise<void> {
	let reply: Reply;
	try {
		reply = await route(store, request);
	} catch (error) {
		reply = errorReply(error);
	}
	const headers: Record<string, string | number> = {...SECURITY_HEADERS, 'content-type': reply.type, 'content-length': Buffer.byteLength(reply.body)};
	if (reply.status === 405) headers['allow'] = 'GET, HEAD';
	response.writeHead(reply.status, headers);
	response.end(request.method === 'HEAD' ? undefined : reply.body);
}

async function route(store: ArchiveStore, request: IncomingMessage): Promise<Reply> {
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		return html(errorPage(405, 'Method Not Allowed', 'the viewer is read-only: use GET'), 405);
	}
	// The base only parses the request target; the Host header is never trusted for anything.
	const target = new URL(request.url ?? '/', 'http://viewer.invalid');
	const handler = ROUTES[target.pathname];
	if (!handler) return html(errorPage(404, 'Not Found', `no page "${target.pathname}"; start from /`), 404);
	return handler(store, target.searchParams);
}

function errorReply(error: unknown): Reply {
	if (error instanceof NewsvaultError && BAD_REQUEST_CODES.has(error.code)) return html(errorPage(400, 'Bad Request', error.message), 400);
	if (error instanceof NewsvaultError && NOT_FOUND_CODES.has(error.code)) return html(errorPage(404, 'Not Found', error.message), 404);
	return html(errorPage(500, 'Internal Server Error', describeError(error)), 500);
}

function required(query: Query, name: string): string {
	const value = query.get(name);
	if (value === null || value.trim() === '') throw new NewsvaultError('ERR_USAGE', `missing query parameter "${name}" (e.g. /url?u=https://example.com/news/1)`);
	return value.trim();
}

async function knownVersions(store: ArchiveStore, url: string): Promise<VersionInfo[]> {
	const versions = await store.history(url);
	if (versions.length === 0) {
		const shown = redactUrl(url);
		throw new NewsvaultError('ERR_NOT_FOUND', `"${shown}" is not in the archive; run \`newsvault archive ${shown}\` first`);
	}
	return versions;
}

function withSnapshot<T>(url: string, version: VersionInfo, snapshot: T | null): T {
	if (snapshot === null) {
		throw new NewsvaultError('ERR_EXTRACT', `version ${version.id} of "${url}" has no snapshot (extraction failed on that visit); its raw page is still in the archive`);
	}
	return snapshot;
}

async function listUrls(store: ArchiveStore): Promise<UrlEntry[]> {
	const entries: UrlEntry[] = [];
	for await (const url of store.urls()) {
		const versions = await store.history(url);
		const latest = versions.at(-1);
		if (!latest) continue;
		const title = latest.snapshotSha256 ? (await store.readSnapshot(latest.snapshotSha256)).article.title : null;
		entries.push({url, title, versions: versions.length, lastSeen: latest.lastSeen});
	}
	// Most recently seen first: what a person opening the viewer most likely came for.
	return entries.sort((a, b) => b.lastSeen.localeCompare(a.lastSeen));
}
