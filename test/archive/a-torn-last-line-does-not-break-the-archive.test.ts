import {appendFile, readFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {ArchiveStore, urlFolder, urlKey} from '../../src/archive/index.js';
import {makePage, makeSnapshot} from '../helpers/snapshot-factory.js';
import {tmpDir} from '../helpers/tmp-dir.js';

const URL_A = 'https://www.androidauthority.com/galaxy-z-fold-7-review-3560000/';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({dir, cleanup} = await tmpDir()));
afterEach(() => cleanup());

it('skips an unterminated last line, reports it in verify, and appends on a new line', async () => {
	const store = await ArchiveStore.open(dir);
	await store.put({url: URL_A, page: makePage({url: URL_A}), snapshot: makeSnapshot({article: {title: 'One'}})});
	const log = path.join(dir, urlFolder(urlKey(URL_A)), 'versions.jsonl');
	// What a crash halfway through an append leaves behind.
	await appendFile(log, '{"type":"visit","at":"2025-05-01T13:00:00.000Z","url":"https://www.andr');

	expect((await store.history(URL_A)).map((version) => version.id)).toEqual(['v1']);
	const torn = await store.verify();
	expect(torn.ok).toBe(false);
	expect(torn.problems).toEqual([{path: expect.stringMatching(/versions\.jsonl:2$/), problem: expect.stringContaining('incomplete')}]);

	const next = await store.put({
		url: URL_A,
		page: makePage({url: URL_A, fetchedAt: '2025-05-01T14:00:00.000Z', html: '<p>two</p>'}),
		snapshot: makeSnapshot({article: {title: 'Two'}}),
	});

	expect(next).toMatchObject({change: 'changed', version: {id: 'v2'}});
	expect((await store.history(URL_A)).map((version) => version.id)).toEqual(['v1', 'v2']);
	const lines = (await readFile(log, 'utf8')).split('\n');
	expect(lines).toHaveLength(4);
	expect(JSON.parse(lines[2] ?? '')).toMatchObject({versionId: 'v2', change: 'changed'});
	const after = await store.verify();
	expect(after.problems).toEqual([{path: expect.stringMatching(/versions\.jsonl:2$/), problem: expect.stringContaining('not valid JSON')}]);
	expect(after.checked.visits).toBe(2);
});

it('counts a whole record that only lost its newline, and numbers the next version after it', async () => {
	const store = await ArchiveStore.open(dir);
	const first = await store.put({url: URL_A, page: makePage({url: URL_A}), snapshot: makeSnapshot({article: {title: 'One'}})});
	const log = path.join(dir, urlFolder(urlKey(URL_A)), 'versions.jsonl');
	// A record written in full by a writer that died before its newline reached the disk.
	const whole = {...first.visit, at: '2025-05-01T13:00:00.000Z', versionId: 'v2', change: 'changed', contentSha256: null, snapshotSha256: null};
	await appendFile(log, JSON.stringify(whole));
	expect((await store.history(URL_A)).map((version) => version.id)).toEqual(['v1']);

	const next = await store.put({
		url: URL_A,
		page: makePage({url: URL_A, fetchedAt: '2025-05-01T14:00:00.000Z', html: '<p>three</p>'}),
		snapshot: makeSnapshot({article: {title: 'Three'}}),
	});

	expect(next.version.id).toBe('v3');
	expect((await store.history(URL_A)).map((version) => version.id)).toEqual(['v1', 'v2', 'v3']);
	expect(await store.verify()).toMatchObject({ok: true, checked: {visits: 3}});
});
