import {afterEach, beforeEach, expect, it} from 'vitest';
import {ArchiveStore} from '../../src/archive/index.js';
import {makePage, makeSnapshot} from '../helpers/snapshot-factory.js';
import {tmpDir} from '../helpers/tmp-dir.js';

const URL_A = 'https://9to5mac.com/2025/05/01/iphone-17-air-battery/';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({dir, cleanup} = await tmpDir()));
afterEach(() => cleanup());

function visit(title: string, fetchedAt: string) {
	return {url: URL_A, page: makePage({url: URL_A, fetchedAt, html: `<h1>${title}</h1>`}), snapshot: makeSnapshot({source: {url: URL_A}, article: {title}})};
}

// Two stores keep separate in-process state, as two processes would.
it('reads and decides on the log as another writer left it, not as this store last saw it', async () => {
	const mine = await ArchiveStore.open(dir);
	const theirs = await ArchiveStore.open(dir);
	await mine.put(visit('First', '2025-05-01T10:00:00.000Z'));
	expect((await mine.history(URL_A)).map((version) => version.id)).toEqual(['v1']);

	await theirs.put(visit('Second', '2025-05-01T11:00:00.000Z'));
	expect((await mine.history(URL_A)).map((version) => version.id)).toEqual(['v1', 'v2']);
	expect((await mine.latestVisit(URL_A))?.at).toBe('2025-05-01T11:00:00.000Z');

	// The other writer's visit is the latest version, so the same content again is no change.
	const again = await mine.put(visit('Second', '2025-05-01T12:00:00.000Z'));
	expect(again).toMatchObject({change: 'unchanged', version: {id: 'v2', visits: 2}});
	expect((await theirs.visits(URL_A)).map((record) => record.versionId)).toEqual(['v1', 'v2', 'v2']);
});

it('hands out visit records that cannot be changed by one reader under another', async () => {
	const store = await ArchiveStore.open(dir);
	await store.put(visit('First', '2025-05-01T10:00:00.000Z'));
	const [record] = await store.visits(URL_A);

	expect(() => {
		if (record) record.headers['x-added'] = 'by a caller';
	}).toThrow(TypeError);
	expect((await store.visits(URL_A))[0]?.headers).not.toHaveProperty('x-added');
});
