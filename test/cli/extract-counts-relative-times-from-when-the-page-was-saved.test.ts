import {utimes, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {PHONEARENA_GUEST, fixtureHtml} from '../extract/fixture-pages.js';
import {cli} from '../helpers/cli.js';
import {tmpDir} from '../helpers/tmp-dir.js';

/**
 * `newsvault extract saved.html`: a saved page's "3 hours ago" counts back from when the page
 * was saved (the file's modification time), or from `--fetched-at`; never from 1970.
 */

const SAVED_AT = new Date('2019-01-18T18:00:00.000Z');

describe('newsvault extract on a saved page with relative comment times', () => {
	let folder: {dir: string; cleanup(): Promise<void>};
	let file: string;
	beforeAll(async () => {
		folder = await tmpDir();
		file = path.join(folder.dir, 'saved.html');
		await writeFile(file, fixtureHtml(PHONEARENA_GUEST.file));
		await utimes(file, SAVED_AT, SAVED_AT);
	});
	afterAll(() => folder.cleanup());

	const extracted = async (...flags: string[]): Promise<Snapshot> => {
		const result = await cli(['extract', file, '--url', PHONEARENA_GUEST.url, ...flags]);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		return JSON.parse(result.stdout) as Snapshot;
	};

	it('counts them back from the file\'s modification time', async () => {
		const snapshot = await extracted();
		expect(snapshot.source.fetchedAt).toBe('2019-01-18T18:00:00.000Z');
		// The first comment says "3 hours ago".
		expect(snapshot.comments.items[0]?.postedAt).toBe('2019-01-18T15:00:00.000Z');
	});

	it('counts them back from --fetched-at when given, in any offset', async () => {
		const snapshot = await extracted('--fetched-at', '2019-01-20T01:00:00+01:00');
		expect(snapshot.source.fetchedAt).toBe('2019-01-20T00:00:00.000Z');
		expect(snapshot.comments.items[0]?.postedAt).toBe('2019-01-19T21:00:00.000Z');
	});

	it('refuses a --fetched-at that is not a point in time, in one line, exit 2', async () => {
		for (const bad of ['yesterday', '2019-01-20', '2019-13-40T25:00:00Z']) {
			const result = await cli(['extract', file, '--fetched-at', bad]);
			expect(result.code).toBe(2);
			expect(result.stdout).toBe('');
			expect(result.stderr.split('\n')[0]).toContain(`--fetched-at must be a time in ISO 8601 with its offset, like 2025-03-01T21:05:00Z, got "${bad}"`);
		}
	});
});
