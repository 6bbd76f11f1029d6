import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {ArchiveStore, exportJsonl} from '../../src/archive/index.js';
import {makePage, makeSnapshot} from '../helpers/snapshot-factory.js';
import {tmpDir} from '../helpers/tmp-dir.js';

const URL_A = 'https://www.phonearena.com/news/iphone-17-pro-camera_id3';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({dir, cleanup} = await tmpDir()));
afterEach(() => cleanup());

const input = () => ({url: URL_A, page: makePage({url: URL_A}), snapshot: makeSnapshot()});

async function allFiles(root: string): Promise<string[]> {
	const entries = await readdir(root, {recursive: true, withFileTypes: true});
	return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name))).sort();
}

// Tests run as root, which chmod cannot stop; a path under a regular file fails for everyone (ENOTDIR).
it('fails with ERR_ARCHIVE_IO when the archive folder cannot be created, and writes nothing', async () => {
	const blocker = path.join(dir, 'not-a-folder');
	await writeFile(blocker, 'just a file');
	const archive = path.join(blocker, 'archive');
	const store = await ArchiveStore.open(archive);

	await expect(store.put(input())).rejects.toMatchObject({
		name: 'NewsvaultError',
		code: 'ERR_ARCHIVE_IO',
		message: `cannot write archive "${archive}": a parent path is a file, not a folder (ENOTDIR)`,
	});
	expect(await readFile(blocker, 'utf8')).toBe('just a file');
	expect(await allFiles(dir)).toEqual(['not-a-folder']);
});

it('fails with ERR_ARCHIVE_IO when the visit log cannot be written, leaving no temporary or partial files', async () => {
	const store = await ArchiveStore.open(dir);
	await store.put({url: 'https://example.com/first', page: makePage({url: 'https://example.com/first'}), snapshot: null});
	const before = await allFiles(dir);
	// Replace the URL tree with a file: blobs can still be written, the log cannot.
	await import('node:fs/promises').then(({rm}) => rm(path.join(dir, 'urls'), {recursive: true}));
	await writeFile(path.join(dir, 'urls'), '');

	const error = await store.put(input()).catch((caught: unknown) => caught);
	expect(error).toMatchObject({code: 'ERR_ARCHIVE_IO', message: expect.stringContaining(`cannot write archive "${dir}"`)});
	const after = await allFiles(dir);
	expect(after.filter((file) => file.endsWith('.tmp'))).toEqual([]);
	// Only the blocking file itself is new outside blobs/ (blobs are written before the log and are harmless orphans).
	expect(after.filter((file) => !before.includes(file) && !file.startsWith('blobs/'))).toEqual(['urls']);
	expect(await store.history(URL_A)).toEqual([]);
	expect((await store.verify()).ok).toBe(true);
});

it('refuses a path that is a file, not a folder', async () => {
	const file = path.join(dir, 'archive.txt');
	await writeFile(file, '');

	await expect(ArchiveStore.open(file)).rejects.toMatchObject({code: 'ERR_ARCHIVE_IO', message: expect.stringContaining('it is a file, not a folder')});
});

it('reports an export that cannot be written', async () => {
	const store = await ArchiveStore.open(dir);
	await store.put(input());
	const blocker = path.join(dir, 'blocker');
	await writeFile(blocker, '');

	await expect(exportJsonl(store, path.join(blocker, 'out.jsonl'))).rejects.toMatchObject({
		code: 'ERR_ARCHIVE_IO',
		message: expect.stringContaining('cannot write export'),
	});
});
