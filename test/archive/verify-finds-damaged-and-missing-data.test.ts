import {readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {ArchiveStore, urlFolder, urlKey} from '../../src/archive/index.js';
import {makePage, makeSnapshot} from '../helpers/snapshot-factory.js';
import {tmpDir} from '../helpers/tmp-dir.js';

const URL_A = 'https://www.phonearena.com/news/galaxy-s26-leak_id2';

let dir: string;
let cleanup: () => Promise<void>;
let store: ArchiveStore;
let rawSha: string;
let snapshotSha: string;
beforeEach(async () => {
	({dir, cleanup} = await tmpDir());
	store = await ArchiveStore.open(dir);
	const {visit} = await store.put({url: URL_A, page: makePage({url: URL_A}), snapshot: makeSnapshot()});
	rawSha = visit.rawSha256;
	snapshotSha = visit.snapshotSha256 ?? '';
});
afterEach(() => cleanup());

function blobPath(sha: string): string {
	return path.join('blobs', 'sha256', sha.slice(0, 2), sha.slice(2, 4), `${sha}.gz`);
}

it('passes an intact archive and counts what it checked', async () => {
	expect(await store.verify()).toEqual({ok: true, checked: {blobs: 2, urls: 1, visits: 1}, problems: []});
});

it('reports a blob with one flipped byte, and reading it fails', async () => {
	const file = path.join(dir, blobPath(rawSha));
	const bytes = await readFile(file);
	// Byte 20 is inside the deflate stream of the gzip file (the header is 10 bytes).
	bytes[20] = (bytes[20] ?? 0) ^ 0xff;
	await writeFile(file, bytes);

	const report = await store.verify();
	expect(report.ok).toBe(false);
	expect(report.problems.map((problem) => problem.path)).toEqual([blobPath(rawSha)]);
	await expect(store.readBlob(rawSha)).rejects.toMatchObject({code: 'ERR_ARCHIVE_CORRUPT'});
});

it('reports a blob whose content no longer matches its name', async () => {
	const {gzipSync} = await import('node:zlib');
	await writeFile(path.join(dir, blobPath(rawSha)), gzipSync('<p>tampered</p>'));

	const report = await store.verify();
	expect(report.problems).toEqual([{path: blobPath(rawSha), problem: expect.stringContaining('not to its name')}]);
	await expect(store.readBlob(rawSha)).rejects.toMatchObject({code: 'ERR_ARCHIVE_CORRUPT'});
});

it('reports a missing blob at the log line that refers to it', async () => {
	await rm(path.join(dir, blobPath(snapshotSha)));

	const report = await store.verify();
	expect(report.ok).toBe(false);
	expect(report.problems).toEqual([
		{path: path.join(urlFolder(urlKey(URL_A)), 'versions.jsonl:1'), problem: `snapshot blob ${snapshotSha} is missing`},
	]);
	await expect(store.read(URL_A)).rejects.toMatchObject({code: 'ERR_NOT_FOUND'});
});

it('reports a log line whose version id disagrees with the log order', async () => {
	const log = path.join(dir, urlFolder(urlKey(URL_A)), 'versions.jsonl');
	const line = (await readFile(log, 'utf8')).replace('"versionId":"v1"', '"versionId":"v7"');
	await writeFile(log, line);

	const report = await store.verify();
	expect(report.problems).toEqual([{path: expect.stringContaining('versions.jsonl:1'), problem: expect.stringContaining('log says v7 (new)')}]);
});

it('reports an unknown archive format instead of guessing', async () => {
	await writeFile(path.join(dir, 'newsvault-archive.json'), JSON.stringify({format: 'newsvault-archive', version: 99}));

	await expect(ArchiveStore.open(dir)).rejects.toMatchObject({code: 'ERR_ARCHIVE_CORRUPT', message: expect.stringContaining('format version 99')});
	const report = await store.verify();
	expect(report.problems).toEqual([{path: 'newsvault-archive.json', problem: expect.stringContaining('format version 99')}]);
});
