import {spawn, type ChildProcess} from 'node:child_process';
import {readFile} from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {crawl} from '../../src/crawl/index.js';
import type {CrawlSummary} from '../../src/crawl/summary.js';
import {archivedPaths, article, crawlEnv, type CrawlEnv} from './helpers/crawl-env.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const CHILD = path.join(HERE, 'helpers', 'crawl-child.ts');
const PUBLIC = path.join(ROOT, 'test', 'fixtures', 'site', 'public');

interface Child {
	process: ChildProcess;
	stdout: () => string;
	stderr: () => string;
	exit: Promise<{code: number | null; signal: NodeJS.Signals | null}>;
}

function startChild(args: Record<string, unknown>): Child {
	const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(args)], {cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const exit = new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) => child.on('exit', (code, signal) => resolve({code, signal})));
	return {process: child, stdout: () => stdout, stderr: () => stderr, exit};
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
	let args: {archive: string; seeds: string[]; include: string[]};
	beforeEach(async () => {
		env = await crawlEnv();
		args = {archive: env.dir, seeds: [`${env.site.url}crawl/news/`], include: ['/crawl/articles/']};
	});
	afterEach(async () => {
		await env.close();
	});

	it('after kill -9, --resume archives the rest without fetching completed pages again', async () => {
		// One page at a time: when article 10 is requested, articles 1–9 and the listings are done.
		holdPage(env, article(10));
		const first = startChild(args);
		await until(() => env.site.requests.includes(article(10)), 'the crawl to reach article 10');
		first.process.kill('SIGKILL');
		expect((await first.exit).signal).toBe('SIGKILL');
		const completed = env.site.requests.filter((p) => p !== article(10) && p !== '/robots.txt');
		expect(completed).toContain(article(9));

		env.site.requests.length = 0;
		holdPage(env, article(10)).release();
		const resumed = startChild({...args, resume: true});
		const {code} = await resumed.exit;

		expect(code, resumed.stderr()).toBe(0);
		const summary = JSON.parse(resumed.stdout()) as CrawlSummary;
		expect(summary.sites[0]).toMatchObject({resumed: true, status: 'finished'});
		for (const page of completed) expect(env.site.requests).not.toContain(page);
		expect(env.site.requests.filter((p) => p.startsWith('/crawl/articles/'))).toEqual([10, 11, 12, 13, 14].map(article));
		expect(await archivedPaths(env.store)).toEqual([...Array.from({length: 14}, (_, i) => article(i + 1)), '/crawl/articles/private-draft.html'].sort());
	});

	it('on SIGINT, finishes the page in flight, saves the state, exits 0, and a resumed run does the rest', async () => {
		const held = holdPage(env, article(5));
		const child = startChild(args);
		await until(() => env.site.requests.includes(article(5)), 'the crawl to reach article 5');
		child.process.kill('SIGINT');
		await until(() => child.stderr().includes('stopping'), 'the child to see SIGINT');
		held.release();
		const {code} = await child.exit;

		expect(code, child.stderr()).toBe(0);
		const summary = JSON.parse(child.stdout()) as CrawlSummary;
		expect(summary).toMatchObject({interrupted: true, new: 5});
		expect(env.site.requests.filter((p) => p.startsWith('/crawl/articles/'))).toEqual([1, 2, 3, 4, 5].map(article));
		const state = JSON.parse(await readFile(path.join(env.dir, 'crawl', 'fixture', 'state.json'), 'utf8')) as {
			run: {status: string};
			frontier: {pending: Array<{url: string}>};
		};
		expect(state.run.status).toBe('interrupted');
		expect(state.frontier.pending.map((entry) => new URL(entry.url).pathname)).toContain(article(6));

		env.site.requests.length = 0;
		const rest = await crawl(env.config(), {fetcher: env.fetcher, store: env.store, render: 'never'}, {resume: true});

		expect(rest).toMatchObject({interrupted: false, new: 10});
		expect(env.site.requests.filter((p) => p.startsWith('/crawl/articles/')).sort()).toEqual(
			[...[6, 7, 8, 9, 10, 11, 12, 13, 14].map(article), '/crawl/articles/private-draft.html'].sort(),
		);
	});
});
