import {spawn} from 'node:child_process';
import {readFile, writeFile} from 'node:fs/promises';
import {hostname} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ArchiveStore, urlFolder, urlKey} from '../../src/archive/index.js';
import {makePage, makeSnapshot} from '../helpers/snapshot-factory.js';
import {tmpDir} from '../helpers/tmp-dir.js';

const URL_A = 'https://www.phonearena.com/news/comment-storm_id4';
const SCRIPT = fileURLToPath(new URL('fixtures/put-visits.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** Enough visits per writer that unsynchronised appends would collide many times over. */
const VISITS_PER_WRITER = 25;

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({dir, cleanup} = await tmpDir()));
afterEach(() => cleanup());

interface Writer {
	ready: Promise<void>;
	go(): void;
	done: Promise<{code: number | null; stderr: string}>;
}

function startWriter(label: string): Writer {
	const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, dir, URL_A, label, String(VISITS_PER_WRITER)], {cwd: REPO, stdio: ['pipe', 'pipe', 'pipe']});
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	return {
		ready: new Promise((resolve, reject) => {
			child.stdout.once('data', () => resolve());
			child.once('error', reject);
		}),
		go: () => child.stdin.end('go\n'),
		done: new Promise((resolve, reject) => {
			child.once('error', reject);
			child.once('close', (code) => resolve({code, stderr}));
		}),
	};
}

function exitedPid(): Promise<number> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['-e', '']);
		child.on('error', reject);
		child.on('close', () => resolve(child.pid ?? 0));
	});
}

describe('concurrent writers', () => {
	it('two processes writing the same URL record every visit, in one well-formed log', async () => {
		const writers = [startWriter('a'), startWriter('b')];
		await Promise.all(writers.map((writer) => writer.ready));
		for (const writer of writers) writer.go();
		const results = await Promise.all(writers.map((writer) => writer.done));
		expect(results).toEqual([
			{code: 0, stderr: ''},
			{code: 0, stderr: ''},
		]);

		const store = await ArchiveStore.open(dir);
		const visits = await store.visits(URL_A);
		const tags = visits.map((visit) => visit.headers['x-visit']).sort();
		const expected = ['a', 'b'].flatMap((label) => Array.from({length: VISITS_PER_WRITER}, (_, i) => `${label}-${i}`)).sort();
		expect(tags).toEqual(expected);
		// Every visit brought new content, so each one is a version, numbered without gaps or repeats.
		expect(visits.map((visit) => visit.versionId)).toEqual(visits.map((_, i) => `v${i + 1}`));
		const lines = (await readFile(path.join(dir, urlFolder(urlKey(URL_A)), 'versions.jsonl'), 'utf8')).split('\n');
		expect(lines.at(-1)).toBe('');
		expect(lines.slice(0, -1).map((line) => JSON.parse(line) as unknown)).toHaveLength(2 * VISITS_PER_WRITER);
		expect(await store.verify()).toMatchObject({ok: true, problems: []});
	});

	it('two stores in one process writing the same URL record every visit', async () => {
		const [one, two] = await Promise.all([ArchiveStore.open(dir), ArchiveStore.open(dir)]);
		const puts = Array.from({length: 20}, (_, i) =>
			(i % 2 ? one : two).put({url: URL_A, page: makePage({url: URL_A, html: `<p>${i}</p>`}), snapshot: makeSnapshot({article: {title: `t${i % 3}`}})}),
		);
		await Promise.all(puts);

		expect(await one.visits(URL_A)).toHaveLength(20);
		expect(await two.verify()).toMatchObject({ok: true});
	});

	it('breaks a lock left behind by a process that no longer runs', async () => {
		const store = await ArchiveStore.open(dir, {lockWaitMs: 5_000});
		await store.put({url: URL_A, page: makePage({url: URL_A}), snapshot: null});
		const lock = path.join(dir, urlFolder(urlKey(URL_A)), '.lock');
		await writeFile(lock, JSON.stringify({pid: await exitedPid(), host: hostname(), token: 'dead', at: new Date().toISOString()}));

		const result = await store.put({url: URL_A, page: makePage({url: URL_A, html: '<p>later</p>'}), snapshot: null});
		expect(result.change).toBe('changed');
	});

	it('gives up with ERR_ARCHIVE_LOCKED, naming the lock file, while a live process holds the lock', async () => {
		const store = await ArchiveStore.open(dir, {lockWaitMs: 50});
		await store.put({url: URL_A, page: makePage({url: URL_A}), snapshot: null});
		const lock = path.join(dir, urlFolder(urlKey(URL_A)), '.lock');
		await writeFile(lock, JSON.stringify({pid: process.pid, host: hostname(), token: 'other', at: new Date().toISOString()}));

		await expect(store.put({url: URL_A, page: makePage({url: URL_A}), snapshot: null})).rejects.toMatchObject({
			code: 'ERR_ARCHIVE_LOCKED',
			message: expect.stringContaining(`by pid ${process.pid}`),
		});
		expect(await store.visits(URL_A)).toHaveLength(1);
	});
});
