import {afterEach, beforeEach, expect, it} from 'vitest';
import {ArchiveStore} from '../../src/archive/index.js';
import {makePage, makeSnapshot} from '../helpers/snapshot-factory.js';
import {tmpDir} from '../helpers/tmp-dir.js';

const URL_A = 'https://www.androidauthority.com/js-rendered-3570000/';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({dir, cleanup} = await tmpDir()));
afterEach(() => cleanup());

it('stores attachments given with a visit and added later, and lists them on the version', async () => {
	const store = await ArchiveStore.open(dir, {now: () => new Date('2025-05-02T00:00:00.000Z')});
	const html = new TextEncoder().encode('<html>rendered</html>');
	const {version} = await store.put({url: URL_A, page: makePage({url: URL_A, mode: 'browser'}), snapshot: makeSnapshot(), attachments: {'rendered.html': html}});
	const sha = await store.putAttachment(URL_A, version.id, 'screenshot.png', PNG);

	const stored = await store.read(URL_A);
	expect(Object.keys(stored.version.attachments).sort()).toEqual(['rendered.html', 'screenshot.png']);
	expect(stored.version.attachments['screenshot.png']).toBe(sha);
	expect(await store.readBlob(sha)).toEqual(PNG);
	expect(await store.readBlob(stored.version.attachments['rendered.html'] ?? '')).toEqual(html);
	expect(await store.verify()).toMatchObject({ok: true});
});

it('refuses an attachment for a version that does not exist, or with a path-like name', async () => {
	const store = await ArchiveStore.open(dir);
	await store.put({url: URL_A, page: makePage({url: URL_A}), snapshot: makeSnapshot()});

	await expect(store.putAttachment(URL_A, 'v5', 'screenshot.png', PNG)).rejects.toMatchObject({code: 'ERR_NOT_FOUND'});
	await expect(store.putAttachment(URL_A, 'v1', '../escape.png', PNG)).rejects.toMatchObject({code: 'ERR_USAGE'});
	expect((await store.read(URL_A)).version.attachments).toEqual({});
});
