import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startFixtureSite, type FixtureSite} from '../fixtures/site/server.js';
import {cli} from '../helpers/cli.js';
import {tmpDir} from '../helpers/tmp-dir.js';

const ARTICLE = 'phonearena/huawei-futurewei-export-block.html';
const PUBLIC = path.join(import.meta.dirname, '../fixtures/site/public');

describe('newsvault diff, history --comments, verify and export on a changed article', () => {
	let site: FixtureSite;
	let archive: {dir: string; cleanup(): Promise<void>};
	let url: string;
	const at = (...args: string[]) => cli([...args, '--archive', archive.dir]);

	beforeAll(async () => {
		site = await startFixtureSite();
		archive = await tmpDir();
		url = new URL(ARTICLE, site.url).href;
		const original = await readFile(path.join(PUBLIC, ARTICLE), 'utf8');
		expect((await at('archive', url)).code).toBe(0);
		const edited = original
			.replace('around 700 engineers', 'around 850 engineers')
			.replace(/<li class="comment" id="comment-3290113"[\s\S]*?<\/li>/, '');
		expect(edited).not.toContain('comment-3290113');
		site.override(`/${ARTICLE}`, edited);
		expect((await at('archive', url)).code).toBe(0);
	});
	afterAll(async () => {
		await site.close();
		await archive.cleanup();
	});

	it('diff --format json reports the stealth edit, the changed paragraph and the removed comment', async () => {
		const result = await at('diff', url, '--format', 'json');
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout);
		expect(report).toMatchObject({url, from: 'v1', to: 'v2', stealthEdit: true});
		expect(report.article.body).toHaveLength(1);
		expect(report.article.body[0].op).toBe('changed');
		expect(report.article.body[0].after.text).toContain('850 engineers');
		expect(report.comments.removed.map((c: {number: number; author: {name: string}}) => [c.number, c.author.name])).toEqual([[13, 'mahalo15']]);
		expect(report.comments.added).toEqual([]);
		expect(report.comments.declaredCount).toEqual({before: 21, after: 21});
	});

	it('diff in text names the change for a person, and --exit-code makes it exit 1', async () => {
		const text = await at('diff', url, '--exit-code');
		expect(text.code).toBe(1);
		expect(text.stdout).toMatch(/stealth edit/i);
		expect(text.stdout).toContain('mahalo15');
		expect(text.stdout).not.toMatch(/\x1b\[/);
	});

	it('diff of a version with itself is empty and exits 0 even with --exit-code', async () => {
		const result = await at('diff', url, '--from', 'v2', '--to', 'latest', '--exit-code', '--format', 'json');
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout);
		expect(report.article.body).toEqual([]);
		expect(report.comments.removed).toEqual([]);
	});

	it('diff --format html is one self-contained page', async () => {
		const result = await at('diff', url, '--format', 'html');
		expect(result.stdout).toMatch(/^<!doctype html>/i);
		expect(result.stdout).not.toMatch(/<script\b|<link\b[^>]*href="http/i);
		expect(result.stdout).toContain('mahalo15');
	});

	it('diff --from by date picks the version current at that time', async () => {
		const history = JSON.parse((await at('history', url, '--json')).stdout);
		const result = await at('diff', url, '--from', history.versions[0].firstSeen, '--format', 'json');
		expect(JSON.parse(result.stdout)).toMatchObject({from: 'v1', to: 'v2'});
		const tooEarly = await at('diff', url, '--from', '2001-01-01');
		expect(tooEarly.code).toBe(1);
		expect(tooEarly.stderr).toMatch(/no version yet at 2001-01-01/);
	});

	it('history summarises each version and --comments says when a comment vanished', async () => {
		const history = await at('history', url);
		expect(history.stdout).toMatch(/v2 .*body edited.*1 comment removed/);
		const comments = JSON.parse((await at('history', url, '--comments', '--json')).stdout).comments;
		const gone = comments.filter((c: {removedIn: string | null}) => c.removedIn !== null);
		expect(gone).toEqual([expect.objectContaining({number: 13, author: 'mahalo15', firstSeen: 'v1', lastSeen: 'v1', removedIn: 'v2'})]);
		expect(comments).toHaveLength(20);
	});

	it('verify passes on the archive, and fails with exit 1 after a blob is damaged', async () => {
		const ok = await at('verify');
		expect(ok.code).toBe(0);
		expect(ok.stdout).toMatch(/^ok: /);
		const blobs = await readdir(path.join(archive.dir, 'blobs'), {recursive: true});
		const file = blobs.map(String).find((name) => name.endsWith('.gz'));
		expect(file).toBeDefined();
		const target = path.join(archive.dir, 'blobs', file!);
		const bytes = await readFile(target);
		await writeFile(target, bytes.subarray(0, bytes.length - 3));
		try {
			const bad = await at('verify');
			expect(bad.code).toBe(1);
			expect(bad.stderr).toMatch(/problem/);
		} finally {
			await writeFile(target, bytes);
		}
	});

	it('export --format jsonl writes one snapshot per version', async () => {
		const out = path.join(archive.dir, '..', `export-${process.pid}.jsonl`);
		const result = await at('export', '--format', 'jsonl', '--output', out);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/exported 2 versions of 1 URLs/);
		const lines = (await readFile(out, 'utf8')).trim().split('\n');
		expect(lines).toHaveLength(2);
	});
});
