import {readdir} from 'node:fs/promises';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ArchiveStore} from '../../src/archive/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {makeComment, makePage, makeSnapshot} from '../helpers/snapshot-factory.js';
import {tmpDir} from '../helpers/tmp-dir.js';

const URL_A = 'https://www.phonearena.com/news/pixel-10-review_id1';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({dir, cleanup} = await tmpDir()));
afterEach(() => cleanup());

function visit(at: string, snapshot: Snapshot | null, html = `<p>${at}</p>`) {
	return {url: URL_A, page: makePage({url: URL_A, fetchedAt: at, html}), snapshot};
}

describe('put', () => {
	it('records new, unchanged and changed visits and derives the versions from them', async () => {
		const store = await ArchiveStore.open(dir);
		const first = makeSnapshot({comments: {declaredCount: 1, items: [makeComment({score: 3})]}});
		const sameContentNewVotes = makeSnapshot({
			source: {fetchedAt: '2025-05-01T13:00:00.000Z'},
			comments: {declaredCount: 1, items: [makeComment({score: 40})]},
		});
		const edited = makeSnapshot({article: {title: 'Pixel 10 review (updated)'}, comments: {declaredCount: 1, items: [makeComment()]}});

		const a = await store.put(visit('2025-05-01T12:00:00.000Z', first));
		const b = await store.put(visit('2025-05-01T13:00:00.000Z', sameContentNewVotes));
		const c = await store.put(visit('2025-05-01T14:00:00.000Z', edited));

		expect([a.change, b.change, c.change]).toEqual(['new', 'unchanged', 'changed']);
		expect([a.version.id, b.version.id, c.version.id]).toEqual(['v1', 'v1', 'v2']);
		const history = await store.history(URL_A);
		expect(history.map((version) => [version.id, version.firstSeen, version.lastSeen, version.visits])).toEqual([
			['v1', '2025-05-01T12:00:00.000Z', '2025-05-01T13:00:00.000Z', 2],
			['v2', '2025-05-01T14:00:00.000Z', '2025-05-01T14:00:00.000Z', 1],
		]);
		expect((await store.visits(URL_A)).map((record) => record.change)).toEqual(['new', 'unchanged', 'changed']);
	});

	it('calls summarize only for a change, with the previous snapshot, and keeps its text', async () => {
		const store = await ArchiveStore.open(dir);
		const calls: [string | null, string][] = [];
		const summarize = (previous: Snapshot | null, next: Snapshot): string => {
			calls.push([previous?.article.title ?? null, next.article.title ?? '']);
			return `title: ${next.article.title}`;
		};
		const v1 = makeSnapshot({article: {title: 'Old'}});
		await store.put({...visit('2025-05-01T12:00:00.000Z', v1), summarize});
		await store.put({...visit('2025-05-01T13:00:00.000Z', v1), summarize});
		const changed = await store.put({...visit('2025-05-01T14:00:00.000Z', makeSnapshot({article: {title: 'New'}})), summarize});

		expect(calls).toEqual([
			[null, 'Old'],
			['Old', 'New'],
		]);
		expect(changed.visit.summary).toBe('title: New');
		expect((await store.history(URL_A)).map((version) => version.summary)).toEqual(['title: Old', 'title: New']);
	});

	it('records a 304 as not-modified against the latest version and keeps its validators', async () => {
		const store = await ArchiveStore.open(dir);
		const page = makePage({url: URL_A, headers: {etag: '"abc"', 'last-modified': 'Thu, 01 May 2025 11:00:00 GMT'}});
		await store.put({url: URL_A, page, snapshot: makeSnapshot()});
		const result = await store.put({
			url: URL_A,
			page: makePage({url: URL_A, status: 304, statusText: 'Not Modified', body: new Uint8Array(), headers: {}, fetchedAt: '2025-05-02T12:00:00.000Z'}),
			snapshot: null,
		});

		expect(result.change).toBe('not-modified');
		expect(result.version).toMatchObject({id: 'v1', lastSeen: '2025-05-02T12:00:00.000Z', visits: 2, status: 200});
		const latest = await store.latestVisit(URL_A);
		expect(latest).toMatchObject({status: 304, etag: '"abc"', lastModified: 'Thu, 01 May 2025 11:00:00 GMT'});
		expect((await store.read(URL_A)).snapshot?.article.title).toBe(makeSnapshot().article.title);
	});

	it('records a visit whose extraction failed, keeps its raw body, and compares raw bodies', async () => {
		const store = await ArchiveStore.open(dir);
		const a = await store.put(visit('2025-05-01T12:00:00.000Z', null, '<p>error page</p>'));
		const b = await store.put(visit('2025-05-01T13:00:00.000Z', null, '<p>error page</p>'));
		const c = await store.put(visit('2025-05-01T14:00:00.000Z', null, '<p>another error page</p>'));
		const d = await store.put(visit('2025-05-01T15:00:00.000Z', makeSnapshot(), '<p>the article</p>'));

		expect([a.change, b.change, c.change, d.change]).toEqual(['new', 'unchanged', 'changed', 'changed']);
		const v1 = await store.read(URL_A, 'v1');
		expect(v1.snapshot).toBeNull();
		expect(new TextDecoder().decode(await v1.raw())).toBe('<p>error page</p>');
	});

	it('keys a URL without its fragment, so #comments is the same document', async () => {
		const store = await ArchiveStore.open(dir);
		await store.put(visit('2025-05-01T12:00:00.000Z', makeSnapshot()));
		const again = await store.put({...visit('2025-05-01T13:00:00.000Z', makeSnapshot()), url: `${URL_A}#comments`});

		expect(again.change).toBe('unchanged');
		expect(await store.history(`${URL_A}#comments`)).toHaveLength(1);
	});

	it('refuses an invalid snapshot before writing anything', async () => {
		const store = await ArchiveStore.open(dir);
		const invalid = {...makeSnapshot(), article: {...makeSnapshot().article, wordCount: -1}};

		await expect(store.put(visit('2025-05-01T12:00:00.000Z', invalid))).rejects.toMatchObject({
			code: 'ERR_EXTRACT',
			message: expect.stringContaining('article.wordCount'),
		});
		expect(await store.history(URL_A)).toEqual([]);
		expect(await readdir(dir)).toEqual([]);
	});
});
