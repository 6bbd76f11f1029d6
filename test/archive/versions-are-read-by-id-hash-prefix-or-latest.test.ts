import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ArchiveStore} from '../../src/archive/index.js';
import {makePage, makeSnapshot} from '../helpers/snapshot-factory.js';
import {tmpDir} from '../helpers/tmp-dir.js';

const URL_A = 'https://9to5mac.com/2025/05/01/iphone-17-rumors/';

let dir: string;
let cleanup: () => Promise<void>;
let store: ArchiveStore;
beforeEach(async () => {
	({dir, cleanup} = await tmpDir());
	store = await ArchiveStore.open(dir);
	for (const [hour, title] of [['10', 'First'], ['11', 'Second'], ['12', 'Third']] as const) {
		const at = `2025-05-01T${hour}:00:00.000Z`;
		await store.put({url: URL_A, page: makePage({url: URL_A, fetchedAt: at, html: `<h1>${title}</h1>`}), snapshot: makeSnapshot({article: {title}})});
	}
});
afterEach(() => cleanup());

describe('read', () => {
	it('returns the latest version by default', async () => {
		const latest = await store.read(URL_A);
		expect(latest.version.id).toBe('v3');
		expect(latest.snapshot?.article.title).toBe('Third');
		expect(new TextDecoder().decode(await latest.raw())).toBe('<h1>Third</h1>');
	});

	it('returns a version by id', async () => {
		expect((await store.read(URL_A, 'v1')).snapshot?.article.title).toBe('First');
		expect((await store.read(URL_A, 'V2')).snapshot?.article.title).toBe('Second');
	});

	it('returns a version by a unique prefix of its content hash', async () => {
		const history = await store.history(URL_A);
		const second = history[1]?.contentSha256 ?? '';
		expect((await store.read(URL_A, second.slice(0, 10))).version.id).toBe('v2');
	});

	it('says how to list versions when the version does not exist', async () => {
		await expect(store.read(URL_A, 'v9')).rejects.toMatchObject({
			code: 'ERR_NOT_FOUND',
			message: `no version "v9" of "${URL_A}" (it has v1…v3); see \`newsvault history ${URL_A}\``,
		});
	});

	it('says the URL is not archived when it never was', async () => {
		await expect(store.read('https://example.com/never')).rejects.toMatchObject({
			code: 'ERR_NOT_FOUND',
			message: expect.stringContaining('"https://example.com/never" is not in the archive'),
		});
		expect(await store.history('https://example.com/never')).toEqual([]);
		expect(await store.latestVisit('https://example.com/never')).toBeNull();
	});

	it('reports an ambiguous hash prefix instead of guessing', async () => {
		// An edit that is later reverted gives two versions with the same content.
		await store.put({url: URL_A, page: makePage({url: URL_A, fetchedAt: '2025-05-01T13:00:00.000Z'}), snapshot: makeSnapshot({article: {title: 'First'}})});
		const first = (await store.history(URL_A))[0]?.contentSha256 ?? '';

		await expect(store.read(URL_A, first.slice(0, 8))).rejects.toMatchObject({code: 'ERR_NOT_FOUND', message: expect.stringContaining('matches v1, v4')});
	});

	it('lists every archived URL', async () => {
		const other = 'https://www.androidauthority.com/pixel-10-3540000/';
		await store.put({url: other, page: makePage({url: other}), snapshot: null});
		const urls: string[] = [];
		for await (const url of store.urls()) urls.push(url);

		expect(urls.sort()).toEqual([URL_A, other].sort());
	});
});
