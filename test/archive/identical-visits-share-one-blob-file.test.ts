import {readdir} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {ArchiveStore} from '../../src/archive/index.js';
import {makePage, makeSnapshot} from '../helpers/snapshot-factory.js';
import {tmpDir} from '../helpers/tmp-dir.js';

const URL_A = 'https://www.gsmarena.com/samsung_galaxy_s25-review-2783.php';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({dir, cleanup} = await tmpDir()));
afterEach(() => cleanup());

async function blobFiles(): Promise<string[]> {
	const entries = await readdir(path.join(dir, 'blobs'), {recursive: true, withFileTypes: true}).catch(() => []);
	return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

it('stores two identical visits as one raw blob and one snapshot blob', async () => {
	const store = await ArchiveStore.open(dir);
	const input = {url: URL_A, page: makePage({url: URL_A}), snapshot: makeSnapshot({source: {url: URL_A}})};
	const first = await store.put(input);
	const second = await store.put(input);

	expect(await blobFiles()).toHaveLength(2);
	expect(second.visit.rawSha256).toBe(first.visit.rawSha256);
	expect(second.visit.snapshotSha256).toBe(first.visit.snapshotSha256);
	expect((await store.visits(URL_A))).toHaveLength(2);
});

it('shares the raw body blob between URLs that served the same bytes', async () => {
	const store = await ArchiveStore.open(dir);
	const other = 'https://www.gsmarena.com/samsung_galaxy_s25-review-2783p2.php';
	await store.put({url: URL_A, page: makePage({url: URL_A, html: '<p>same</p>'}), snapshot: null});
	await store.put({url: other, page: makePage({url: other, html: '<p>same</p>'}), snapshot: null});

	expect(await blobFiles()).toHaveLength(1);
});

it('names each blob by the sha256 of its bytes, whatever the caller claims', async () => {
	const store = await ArchiveStore.open(dir);
	const body = new TextEncoder().encode('<p>hello</p>');
	const snapshot = makeSnapshot({source: {sha256: 'f'.repeat(64)}});
	const {visit} = await store.put({url: URL_A, page: makePage({url: URL_A, body}), snapshot});
	const {createHash} = await import('node:crypto');

	expect(visit.rawSha256).toBe(createHash('sha256').update(body).digest('hex'));
	expect(await store.readBlob(visit.rawSha256)).toEqual(body);
});
