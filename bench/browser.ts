import {fork} from 'node:child_process';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import PQueue from 'p-queue';
import {extract} from '../src/extract/index.js';
import {BrowserFetcher} from '../src/fetch/browser.js';
import {HttpFetcher} from '../src/fetch/http.js';
import type {Fetcher} from '../src/fetch/types.js';
import {startFixtureSite} from '../test/fixtures/site/server.js';

/**
 * Browser mode against HTTP mode on the offline fixture site, in the same run: pages per
 * second (fetch + extract) and peak memory. Each mode runs in its own child process, one
 * after the other, so its memory is its own and the two do not share the 2 cores; the
 * fixture site runs in the parent. Memory is sampled from /proc: the child's RSS and that
 * of every process under it (Chromium's browser, renderer, GPU and utility processes), plus
 * PSS, which splits pages shared between Chromium's processes instead of counting them in
 * each one.
 *
 *   npx tsx bench/browser.ts [--rounds N] [--concurrency N] [--json FILE]
 */

type Mode = 'http' | 'browser';

/** Timed passes over the pages; three keep the 2-core machine's noise to a few percent. */
const DEFAULT_ROUNDS = 3;
/** Same for both modes: the BrowserFetcher's default, one page per core. */
const DEFAULT_CONCURRENCY = 2;
/** Memory sampling period: Chromium's peaks (a renderer starting) last a few hundred ms. */
const SAMPLE_MS = 100;

const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/site/public');
/** Not articles: the crawl fixtures (20 near-identical pages would outweigh the rest), thread fragments, and the pages built to fail. */
const SKIPPED = [/^crawl\//, /^js\/(lazy-thread|endpoint-thread)\//, /^js\/(out-of-memory|hanging-script)\.html$/];

interface ModeReport {
	mode: Mode;
	pages: number;
	failures: number;
	/** Comments extracted over all pages of one round. */
	commentsPerRound: number;
	/** The first page, including the browser's cold start in browser mode. */
	firstPageMs: number;
	/** Timed rounds after the first page. */
	totalMs: number;
	pagesPerSecond: number;
	peakRssMiB: {node: number; children: number; total: number};
	peakPssMiB: number;
}

interface Options {
	rounds: number;
	concurrency: number;
	json: string | undefined;
}

const {values} = parseArgs({
	options: {
		rounds: {type: 'string'},
		concurrency: {type: 'string'},
		json: {type: 'string'},
		worker: {type: 'string'},
		site: {type: 'string'},
	},
});
const options: Options = {
	rounds: positive('--rounds', values.rounds, DEFAULT_ROUNDS),
	concurrency: positive('--concurrency', values.concurrency, DEFAULT_CONCURRENCY),
	json: values.json,
};

if (values.worker) {
	const report = await runMode(values.worker === 'browser' ? 'browser' : 'http', values.site ?? '', options);
	process.send?.(report);
} else {
	await main(options);
}

async function main(opts: Options): Promise<void> {
	const site = await startFixtureSite();
	try {
		const pages = fixturePages();
		process.stderr.write(`${pages.length} fixture pages × ${opts.rounds} rounds, concurrency ${opts.concurrency}, on ${site.url}\n`);
		const reports: ModeReport[] = [];
		for (const mode of ['http', 'browser'] as const) reports.push(await inChild(mode, site.url, opts));
		printTable(reports);
		if (opts.json) writeFileSync(opts.json, `${JSON.stringify({rounds: opts.rounds, concurrency: opts.concurrency, reports}, null, '\t')}\n`);
	} finally {
		await site.close();
	}
}

function inChild(mode: Mode, siteUrl: string, opts: Options): Promise<ModeReport> {
	return new Promise((resolve, reject) => {
		const args = ['--worker', mode, '--site', siteUrl, '--rounds', String(opts.rounds), '--concurrency', String(opts.concurrency)];
		const child = fork(fileURLToPath(import.meta.url), args, {execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc']});
		let report: ModeReport | undefined;
		child.on('message', (message) => void (report = message as ModeReport));
		child.on('error', reject);
		child.on('exit', (code) => (report ? resolve(report) : reject(new Error(`${mode} worker exited with code ${code} and no report`))));
	});
}

async function runMode(mode: Mode, siteUrl: string, opts: Options): Promise<ModeReport> {
	const urls = fixturePages().map((page) => new URL(page, siteUrl).href);
	const fetcher: Fetcher & {close(): Promise<void>} = mode === 'browser' ? new BrowserFetcher({concurrency: opts.concurrency}) : new HttpFetcher();
	const sampler = sampleMemory();
	try {
		const coldStart = performance.now();
		await fetcher.fetch({url: urls[0] ?? siteUrl});
		const firstPageMs = performance.now() - coldStart;

		const queue = new PQueue({concurrency: opts.concurrency});
		let failures = 0;
		let comments = 0;
		const started = performance.now();
		for (let round = 0; round < opts.rounds; round++) {
			const counts = await Promise.all(urls.map((url) => queue.add(async () => {
				try {
					const result = extract(await fetcher.fetch({url}));
					return result.ok ? result.snapshot.comments.items.length : 0;
				} catch {
					failures++;
					return 0;
				}
			})));
			if (round === 0) comments = counts.reduce<number>((sum, n) => sum + (n ?? 0), 0);
		}
		const totalMs = performance.now() - started;
		const peak = sampler.stop();
		return {
			mode,
			pages: urls.length * opts.rounds,
			failures,
			commentsPerRound: comments,
			firstPageMs: Math.round(firstPageMs),
			totalMs: Math.round(totalMs),
			pagesPerSecond: round2((urls.length * opts.rounds) / (totalMs / 1000)),
			peakRssMiB: {node: mib(peak.node), children: mib(peak.children), total: mib(peak.total)},
			peakPssMiB: mib(peak.pss),
		};
	} finally {
		sampler.stop();
		await fetcher.close();
	}
}

/** Fixture article pages, as URL paths. */
function fixturePages(): string[] {
	const pages: string[] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, {withFileTypes: true})) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.html')) {
				const rel = path.relative(PUBLIC_DIR, full).split(path.sep).join('/');
				if (!SKIPPED.some((pattern) => pattern.test(rel))) pages.push(`/${rel.replace(/\.html$/, '')}`);
			}
		}
	};
	walk(PUBLIC_DIR);
	return pages.sort();
}

interface MemoryPeak {
	node: number;
	children: number;
	total: number;
	pss: number;
}

/** Sample this process and its descendants every SAMPLE_MS; `stop()` returns the peaks, in bytes. */
function sampleMemory(): {stop(): MemoryPeak} {
	const peak: MemoryPeak = {node: 0, children: 0, total: 0, pss: 0};
	const sample = (): void => {
		const tree = descendants(process.pid);
		const node = statusKb(process.pid, 'VmRSS') * 1024;
		const children = tree.reduce((sum, pid) => sum + statusKb(pid, 'VmRSS') * 1024, 0);
		const pss = [process.pid, ...tree].reduce((sum, pid) => sum + pssKb(pid) * 1024, 0);
		peak.node = Math.max(peak.node, node);
		peak.children = Math.max(peak.children, children);
		peak.total = Math.max(peak.total, node + children);
		peak.pss = Math.max(peak.pss, pss);
	};
	sample();
	const timer = setInterval(sample, SAMPLE_MS);
	let stopped = false;
	return {
		stop() {
			if (!stopped) {
				stopped = true;
				clearInterval(timer);
				sample();
			}
			return peak;
		},
	};
}

/** Every process whose ancestry leads to `root`, from /proc/<pid>/stat's parent field. */
function descendants(root: number): number[] {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = readProc(`/proc/${name}/stat`);
		// The command name may hold spaces and parentheses: the fields start after the last ')'.
		const ppid = Number(stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		if (!Number.isInteger(ppid)) continue;
		children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
	}
	const found: number[] = [];
	const queue = [...(children.get(root) ?? [])];
	for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
		found.push(pid);
		queue.push(...(children.get(pid) ?? []));
	}
	return found;
}

function statusKb(pid: number, field: string): number {
	const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readProc(`/proc/${pid}/status`) ?? '');
	return match ? Number(match[1]) : 0;
}

function pssKb(pid: number): number {
	const match = /^Pss:\s+(\d+) kB/m.exec(readProc(`/proc/${pid}/smaps_rollup`) ?? '');
	return match ? Number(match[1]) : 0;
}

/** A /proc file, or null when the process has exited meanwhile. */
function readProc(file: string): string | null {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return null;
	}
}

function printTable(reports: ModeReport[]): void {
	const rows = [
		['mode', 'pages', 'failed', 'comments/round', 'first page ms', 'pages/s', 'peak RSS MiB (node + children)', 'peak PSS MiB'],
		...reports.map((r) => [r.mode, String(r.pages), String(r.failures), String(r.commentsPerRound), String(r.firstPageMs), String(r.pagesPerSecond), `${r.peakRssMiB.total} (${r.peakRssMiB.node} + ${r.peakRssMiB.children})`, String(r.peakPssMiB)]),
	];
	const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
	for (const row of rows) process.stdout.write(`${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}\n`);
	const http = reports.find((r) => r.mode === 'http');
	const browser = reports.find((r) => r.mode === 'browser');
	if (http && browser && browser.pagesPerSecond > 0 && http.peakPssMiB > 0) {
		process.stdout.write(`\nbrowser mode: ${round2(http.pagesPerSecond / browser.pagesPerSecond)}× slower, ${round2(browser.peakPssMiB / http.peakPssMiB)}× the memory (PSS), ${browser.commentsPerRound - http.commentsPerRound} more comments per round\n`);
	}
}

function positive(name: string, raw: string | undefined, fallback: number): number {
	if (raw === undefined) return fallback;
	const n = Number(raw);
	if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
	return n;
}

function mib(bytes: number): number {
	return Math.round(bytes / (1024 * 1024));
}

function round2(n: number): number {
	return Math.round(n * 100) / 100;
}
