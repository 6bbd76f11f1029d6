import {spawn, type ChildProcess} from 'node:child_process';
import {readFile} from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {CrawlSummary} from '../../src/crawl/summary.js';
import {archivedPaths, article, crawlEnv, type CrawlEnv} from './helpers/crawl-env.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const MAIN = path.join(ROOT, 'src', 'cli', 'main.ts');
const PUBLIC = path.join(ROOT, 'test', 'fixtures', 'site', 'public');

interface Child {
	process: ChildProcess;
	stdout: () => string;
	stderr: () => string;
	exit: Promise<{code: number | null; signal: NodeJS.Signals | null}>;
}

/** `newsvault <args>` in a child process, as a user runs it. */
function startChild(args: string[]): Child {
	const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, NO_COLOR: '1'}});
	let stdout = '';
	let stderr = '';
	child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const exit = new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) => child.on('exit', (code, signal) => resolve({code, signal})));
	return {process: child, stdout: () => stdout, stderr: () => stderr, exit};
}

/** `crawl --json` ends with `{"summary": …}`. */
function lastLine(stdout: string): {summary: CrawlSummary} {
	return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {summary: CrawlSummary};
}

/** Poll until `condition` holds; the limit only bounds a broken test, nothing is measured. */
async function until(condition: () => boolean, what: string, limitMs = 30_000): Promise<void> {
	const start = Date.now();
	while (!condition()) {
		if (Date.now() - start > limitMs) throw new Error(`gave up waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

/** A route that holds the request until `release()`, then serves the page's file. */
function holdPage(env: CrawlEnv, pagePath: string): {release(): void} {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	env.site.route(pagePath, async (_req: http.IncomingMessage, res: http.ServerResponse) => {
		await released;
		if (res.destroyed) return;
		res.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
		res.end(await readFile(path.join(PUBLIC, pagePath)));
	});
	return {release: () => release()};
}

describe('resumable crawls', () => {
	let env: CrawlEnv;
	let args: string[];
	beforeEach(async () => {
		env = await crawlEnv();
		// One page at a time, no delay: when article N is requested, everything before it is done.
		args = ['crawl', '--seed', `${env.site.url}crawl/news/`, '--include', '/crawl/articles/', '--archive', env.dir, '--json', '--render', 'never', '--concurrency', '1', '--host-concurrency', '1', '--delay-ms', '0'];
	});
	afterEach(async () => {
		await env.close();
	});

	it('after kill -9, --resume archives the rest without fetching completed pages again', async () => {
		holdPage(env, article(10));
		const first = startChild(args);
		await until(() => env.site.requests.includes(article(10)), 'the crawl to reach article 10');
		first.process.kill('SIGKILL');
		expect((await first.exit).signal).toBe('SIGKILL');
		// A page still being extracted, stored or journaled when the kill came was in flight:
		// fetching it again is allowed (one slot holds up to two pages), anything older is not.
		const completed = await archivedPaths(env.store);
		expect(completed).toEqual(expect.arrayContaining([1, 2, 3, 4, 5, 6, 7, 8].map(article)));
		expect(completed).not.toContain(article(10));
		env.site.requests.length = 0;
		holdPage(env, article(10)).release();
		const resumed = startChild([...args, '--resume']);
		const {code} = await resumed.exit;

		expect(code, resumed.stderr()).toBe(0);
		const {summary} = lastLine(resumed.stdout());
		expect(summary.sites[0]).toMatchObject({resumed: true, status: 'finished'});
		const refetched = completed.filter((page) => env.site.requests.includes(page));
		expect(refetched.length).toBeLessThanOrEqual(2);
		for (const page of [1, 2, 3, 4, 5, 6, 7].map(article)) expect(env.site.requests).not.toContain(page);
		const everything = [...Array.from({length: 14}, (_, i) => article(i + 1)), '/crawl/articles/private-draft.html'].sort();
		const rest = everything.filter((page) => !completed.includes(page) || refetched.includes(page));
		expect(env.site.requests.filter((p) => p.startsWith('/crawl/articles/')).sort()).toEqual(rest.sort());
		expect(await archivedPaths(env.store)).toEqual(everything);
	});

	it('on SIGINT, finishes the page in flight, saves the state, exits 0, and a resumed run does the rest', async () => {
		const held = holdPage(env, article(5));
		const child = startChild(args);
		await until(() => env.site.requests.includes(article(5)), 'the crawl to reach article 5');
		child.process.kill('SIGINT');
		await until(() => child.stderr().includes('SIGINT'), 'the child to see SIGINT');
		held.release();
		const {code} = await child.exit;

		expect(code, child.stderr()).toBe(0);
		const {summary} = lastLine(child.stdout());
		expect(summary).toMatchObject({interrupted: true, new: 5});
		expect(env.site.requests.filter((p) => p.startsWith('/crawl/articles/'))).toEqual([1, 2, 3, 4, 5].map(article));
		const siteName = new URL(env.site.url).host.replace(':', '_');
		const state = JSON.parse(await readFile(path.join(env.dir, 'crawl', siteName, 'state.json'), 'utf8')) as {
			run: {status: string};
			frontier: {pending: Array<{url: string}>};
		};
		expect(state.run.status).toBe('interrupted');
		expect(state.frontier.pending.map((entry) => new URL(entry.url).pathname)).toContain(article(6));

		env.site.requests.length = 0;
		const resumed = startChild([...args, '--resume']);
		expect((await resumed.exit).code, resumed.stderr()).toBe(0);

		expect(lastLine(resumed.stdout()).summary).toMatchObject({interrupted: false, new: 10});
		expect(env.site.requests.filter((p) => p.startsWith('/crawl/articles/')).sort()).toEqual(
			[...[6, 7, 8, 9, 10, 11, 12, 13, 14].map(article), '/crawl/articles/private-draft.html'].sort(),
		);
	});
});
