import http from 'node:http';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ArchiveStore} from '../../src/archive/index.js';
import {summarizeChange} from '../../src/diff/index.js';
import {serve, type RunningViewer} from '../../src/serve/index.js';
import {makeComment, makePage, makeSnapshot} from '../helpers/snapshot-factory.js';
import {tmpDir} from '../helpers/tmp-dir.js';

const URL_ = 'https://www.phonearena.com/news/pixel-leak_id200';
const TITLE = 'Pixel 11 leak shows a new camera bar';
const SCRIPT = '<script>alert("pwned")</script>';

const first = makeComment({id: 'c1', number: 1, text: 'Looks great.', author: {name: 'alice', url: null, postCount: 12, memberSince: '2019-01-02'}});
const moderated = makeComment({id: 'c2', number: 2, text: `This one gets removed ${SCRIPT}`, author: {name: 'mallory', url: null, postCount: null, memberSince: null}});
const reply = makeComment({id: 'c3', number: 3, parentId: 'c1', depth: 1, text: 'Agreed, the bar is nice.', author: {name: 'bob', url: null, postCount: null, memberSince: null}});

const v1 = makeSnapshot({source: {url: URL_}, article: {title: TITLE}, comments: {declaredCount: 3, items: [first, moderated, reply]}});
const v2 = makeSnapshot({
	source: {url: URL_, fetchedAt: '2025-05-02T12:00:00.000Z'},
	article: {title: TITLE},
	comments: {declaredCount: 3, notices: ['Some comments have been hidden by moderators.'], items: [first, reply]},
});

let viewer: RunningViewer;
let cleanup: () => Promise<void>;

beforeAll(async () => {
	const tmp = await tmpDir();
	cleanup = tmp.cleanup;
	const store = await ArchiveStore.open(tmp.dir);
	await store.put({url: URL_, page: makePage({url: URL_}), snapshot: v1});
	await store.put({url: URL_, page: makePage({url: URL_, fetchedAt: '2025-05-02T12:00:00.000Z'}), snapshot: v2, summarize: summarizeChange});
	viewer = await serve(store, {port: 0});
});

afterAll(async () => {
	await viewer?.close();
	await cleanup?.();
});

async function get(path: string): Promise<{status: number; type: string | null; text: string}> {
	const response = await fetch(new URL(path, viewer.url));
	return {status: response.status, type: response.headers.get('content-type'), text: await response.text()};
}

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

describe('newsvault serve', () => {
	it('listens on loopback and lists each archived URL with its latest title and version count', async () => {
		expect(viewer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
		const home = await get('/');
		expect(home.status).toBe(200);
		expect(home.type).toContain('text/html');
		expect(home.text).toContain(TITLE);
		expect(home.text).toContain(URL_);
		expect(home.text).toMatch(/<td>2<\/td>/);
	});

	it('shows both versions on the history page, with the diff link and the removed comment', async () => {
		const history = await get(`/url?${q({u: URL_})}`);
		expect(history.status).toBe(200);
		expect(history.text).toContain(`/version?${q({u: URL_, v: 'v1'}).replaceAll('&', '&amp;')}`);
		expect(history.text).toContain(`/version?${q({u: URL_, v: 'v2'}).replaceAll('&', '&amp;')}`);
		expect(history.text).toContain(`/diff?${q({u: URL_, from: 'v1', to: 'v2'}).replaceAll('&', '&amp;')}`);
		expect(history.text).toContain('Removed comments (1 of 3)');
		expect(history.text).toContain('#2 mallory');
	});

	it('renders a version readably: title, thread indented by depth, notices, and a raw JSON link', async () => {
		const page = await get(`/version?${q({u: URL_, v: 'v2'})}`);
		expect(page.status).toBe(200);
		expect(page.text).toContain(`<h1>${TITLE}</h1>`);
		expect(page.text).toContain('Some comments have been hidden by moderators.');
		expect(page.text).toContain('Posts: 12 · Member since: 2019-01-02');
		expect(page.text).toMatch(/id="c-c3" style="margin-left:1\.5rem"/);
		expect(page.text).not.toContain('mallory');
		const raw = await get(`/version.json?${q({u: URL_, v: 'v1'})}`);
		expect(raw.type).toContain('application/json');
		expect(JSON.parse(raw.text)).toEqual(v1);
	});

	it('shows the removed comment on the diff page', async () => {
		const diff = await get(`/diff?${q({u: URL_, from: 'v1', to: 'v2'})}`);
		expect(diff.status).toBe(200);
		expect(diff.text).toContain('Removed (1)');
		expect(diff.text).toContain('This one gets removed');
		// Defaults to the last two versions, like `newsvault diff`.
		expect((await get(`/diff?${q({u: URL_})}`)).text).toContain('v1 → v2');
	});

	it('escapes markup from the archived page on every page that shows it', async () => {
		for (const path of [`/url?${q({u: URL_})}`, `/version?${q({u: URL_, v: 'v1'})}`, `/diff?${q({u: URL_, from: 'v1', to: 'v2'})}`]) {
			const {text} = await get(path);
			expect(text, path).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
			expect(text, path).not.toContain('<script');
		}
	});

	it('answers 404 with the store message for an unknown URL or version, and 400 for a missing or bad query', async () => {
		const unknown = await get(`/url?${q({u: 'https://example.com/never-archived'})}`);
		expect(unknown.status).toBe(404);
		expect(unknown.text).toContain('is not in the archive');
		const noVersion = await get(`/version?${q({u: URL_, v: 'v9'})}`);
		expect(noVersion.status).toBe(404);
		expect(noVersion.text).toContain('no version &quot;v9&quot;');
		expect((await get('/url')).status).toBe(400);
		expect((await get(`/version?${q({u: URL_})}`)).status).toBe(400);
		expect((await get(`/url?${q({u: 'not a url'})}`)).status).toBe(400);
		expect((await get('/nope')).status).toBe(404);
	});

	it('is read-only and refuses requests addressed to another host name', async () => {
		expect((await fetch(viewer.url, {method: 'POST'})).status).toBe(405);
		// fetch() will not forge a Host header, so send the request a DNS-rebinding page would make by hand.
		const status = await new Promise<number | undefined>((resolve, reject) => {
			http.get(viewer.url, {headers: {host: 'attacker.example'}}, (response) => {
				response.resume();
				resolve(response.statusCode);
			}).on('error', reject);
		});
		expect(status).toBe(403);
	});
});
