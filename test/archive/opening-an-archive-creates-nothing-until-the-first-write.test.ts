import {access, readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {ArchiveStore} from '../../src/archive/index.js';
import {makePage} from '../helpers/snapshot-factory.js';
import {tmpDir} from '../helpers/tmp-dir.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({dir, cleanup} = await tmpDir()));
afterEach(() => cleanup());

it('reads a missing folder as an empty archive without creating it', async () => {
	const archive = path.join(dir, 'archive');
	const store = await ArchiveStore.open(archive);

	expect(await store.history('https://example.com/a')).toEqual([]);
	expect(await store.visits('https://example.com/a')).toEqual([]);
	const urls: string[] = [];
	for await (const url of store.urls()) urls.push(url);
	expect(urls).toEqual([]);
	expect(await store.verify()).toEqual({ok: true, checked: {blobs: 0, urls: 0, visits: 0}, problems: []});
	await expect(access(archive)).rejects.toMatchObject({code: 'ENOENT'});
});

it('writes the format marker, blobs and the URL folder on the first write', async () => {
	const archive = path.join(dir, 'archive');
	const store = await ArchiveStore.open(archive, {now: () => new Date('2025-05-01T00:00:00.000Z')});
	await store.put({url: 'https://example.com/a', page: makePage({url: 'https://example.com/a'}), snapshot: null});

	expect(JSON.parse(await readFile(path.join(archive, 'newsvault-archive.json'), 'utf8'))).toEqual({
		format: 'newsvault-archive',
		version: 1,
		createdAt: '2025-05-01T00:00:00.000Z',
	});
	expect((await readdir(archive)).sort()).toEqual(['blobs', 'newsvault-archive.json', 'urls']);
	const folder = path.join(archive, 'urls', 'example.com', (await readdir(path.join(archive, 'urls', 'example.com')))[0] ?? '');
	expect((await readdir(folder)).sort()).toEqual(['url.txt', 'versions.jsonl']);
	expect(await readFile(path.join(folder, 'url.txt'), 'utf8')).toBe('https://example.com/a\n');
});

it('refuses a folder that belongs to another tool', async () => {
	const {writeFile} = await import('node:fs/promises');
	await writeFile(path.join(dir, 'newsvault-archive.json'), JSON.stringify({format: 'something-else', version: 1}));

	await expect(ArchiveStore.open(dir)).rejects.toMatchObject({code: 'ERR_ARCHIVE_CORRUPT', message: expect.stringContaining('is not a newsvault archive')});
});
