import {mkdir, readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startFixtureSite, type FixtureSite} from '../fixtures/site/server.js';
import {cli} from '../helpers/cli.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {tmpDir} from '../helpers/tmp-dir.js';

const ARTICLE = 'phonearena/huawei-futurewei-export-block.html';

/** Every file under `dir`, relative, sorted: the archive's state, compared before and after. */
async function listTree(dir: string): Promise<string[]> {
	const entries = await readdir(dir, {recursive: true}).catch(() => [] as string[]);
	return entries.map(String).sort();
}

function oneLine(text: string): string {
	const lines = text.trim().split('\n');
	expect(lines).toHaveLength(1);
	return lines[0] ?? '';
}

describe('bad input to `newsvault archive`', () => {
	let site: FixtureSite;
	let odd: TestServer;
	let archive: {dir: string; cleanup(): Promise<void>};
	let before: string[];

	beforeAll(async () => {
		site = await startFixtureSite();
		odd = await startServer((req, res) => {
			if (req.url === '/pdf') {
				res.writeHead(200, {'content-type': 'application/pdf'});
				return void res.end('%PDF-1.4 binary');
			}
			if (req.url === '/loop') {
				res.writeHead(302, {location: '/loop2'});
				return void res.end();
			}
			if (req.url === '/loop2') {
				res.writeHead(302, {location: '/loop'});
				return void res.end();
			}
			if (req.url === '/reset') {
				res.writeHead(200, {'content-type': 'text/html', 'content-length': '100000'});
				res.write('<html><body><p>half a page');
				return void setTimeout(() => res.socket?.destroy(), 20);
			}
			res.writeHead(503, {'content-type': 'text/html'});
			res.end('<h1>down</h1>');
		});
		archive = await tmpDir();
		// A good page first, so "untouched" means an existing archive is not disturbed.
		const first = await cli(['archive', new URL(ARTICLE, site.url).href, '--archive', archive.dir]);
		expect(first.code).toBe(0);
		before = await listTree(archive.dir);
	});
	afterAll(async () => {
		await site.close();
		await odd.close();
		await archive.cleanup();
	});

	it.each([
		['not a url', /not a valid URL/i],
		['ftp://example.com/file.html', /uses ftp:, but only http: and https:/i],
	])('rejects %s as a usage error (exit 2)', async (input, message) => {
		const result = await cli(['archive', input, '--archive', archive.dir]);
		expect(result.code).toBe(2);
		expect(oneLine(result.stderr)).toMatch(message);
		expect(await listTree(archive.dir)).toEqual(before);
	});

	it.each([
		['a 404', () => new URL('no-such-page.html', site.url).href, /404/],
		['a 503', () => new URL('down', odd.url).href, /503/],
		['non-HTML content', () => new URL('pdf', odd.url).href, /not HTML|application\/pdf/i],
		['a redirect loop', () => new URL('loop', odd.url).href, /redirect loop/i],
		['a connection reset mid-body', () => new URL('reset', odd.url).href, /reset|closed|truncated|incomplete/i],
		['a refused connection', () => 'http://127.0.0.1:9/', /refused/i],
	])('fails on %s with exit 1 and one clear line', async (_name, url, message) => {
		const result = await cli(['archive', url(), '--archive', archive.dir]);
		expect(result.code).toBe(1);
		expect(oneLine(result.stderr)).toMatch(message);
		expect(await listTree(archive.dir)).toEqual(before);
	});

	it('reports a failure in --json without losing the other URLs', async () => {
		const good = new URL(ARTICLE, site.url).href;
		const bad = new URL('no-such-page.html', site.url).href;
		const result = await cli(['archive', bad, good, '--archive', archive.dir, '--json']);
		expect(result.code).toBe(1);
		const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
		expect(lines[0]).toMatchObject({url: bad, ok: false, version: null, change: null});
		expect(lines[0].error).toMatch(/404/);
		expect(lines[1]).toMatchObject({url: good, ok: true, change: 'unchanged'});
	});

	it('fails with exit 1 when the archive folder cannot be written', async () => {
		const blocker = path.join(archive.dir, '..', `not-a-dir-${process.pid}`);
		await writeFile(blocker, 'a file where the archive should be');
		const result = await cli(['archive', new URL(ARTICLE, site.url).href, '--archive', path.join(blocker, 'archive')]);
		expect(result.code).toBe(1);
		expect(oneLine(result.stderr)).toMatch(/cannot write archive/i);
	});

	it('rejects an unknown --render mode as a usage error', async () => {
		const result = await cli(['archive', new URL(ARTICLE, site.url).href, '--render', 'sometimes', '--archive', archive.dir]);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/--render must be one of never, auto, always/);
	});

	it('shows a clear error for a URL that is not in the archive', async () => {
		await mkdir(archive.dir, {recursive: true});
		const result = await cli(['history', 'https://example.com/never-archived', '--archive', archive.dir]);
		expect(result.code).toBe(1);
		expect(oneLine(result.stderr)).toMatch(/no versions of "https:\/\/example.com\/never-archived"/);
	});
});
