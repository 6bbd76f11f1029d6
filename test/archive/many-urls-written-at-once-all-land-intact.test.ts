import {readdir} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {ArchiveStore} from '../../src/archive/index.js';
import {makePage, makeSnapshot} from '../helpers/snapshot-factory.js';
import {tmpDir} from '../helpers/tmp-dir.js';

/** Enough URLs that puts overlap in every phase: new blob folders, new URL folders, shared blobs, the log. */
const URLS = 30;

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({dir, cleanup} = await tmpDir()));
afterEach(() => cleanup());

function urlOf(n: number): string {
	return `https://www.phonearena.com/news/story-${n}_id${1000 + n}`;
}

async function filesUnder(folder: string): Promise<string[]> {
	const entries = await readdir(path.join(dir, folder), {recursive: true, withFileTypes: true});
	return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

it('records every visit when many URLs are written at the same moment, with identical bodies stored once', async () => {
	const store = await ArchiveStore.open(dir);
	// Every URL is visited twice at once (the second visit with new content), and all URLs serve one shared footer blob as evidence.
	const shared = new TextEncoder().encode('<footer>same on every page</footer>');
	const puts = Array.from({length: URLS}, (_, n) => [0, 1].map((visit) =>
		store.put({
			url: urlOf(n),
			page: makePage({url: urlOf(n), html: `<h1>Story ${n}</h1><p>visit ${visit}</p>`}),
			snapshot: makeSnapshot({source: {url: urlOf(n)}, article: {title: `Story ${n} (${visit})`}}),
			attachments: {'footer.html': shared},
		}),
	)).flat();
	const results = await Promise.all(puts);

	expect(results.map((result) => result.change).sort()).toEqual([...Array(URLS).fill('changed'), ...Array(URLS).fill('new')]);
	for (let n = 0; n < URLS; n++) {
		expect((await store.history(urlOf(n))).map((version) => version.id)).toEqual(['v1', 'v2']);
	}
	const blobs = await filesUnder('blobs');
	// Per URL two raw bodies and two snapshots; the footer once for all of them; no temporary files left.
	expect(blobs).toHaveLength(URLS * 4 + 1);
	expect(blobs.every((name) => /^[0-9a-f]{64}\.gz$/.test(name))).toBe(true);
	expect((await filesUnder('urls')).filter((name) => name !== 'url.txt' && name !== 'versions.jsonl')).toEqual([]);
	expect(await store.verify()).toMatchObject({ok: true, checked: {urls: URLS, visits: URLS * 2}});
});
