import {fork} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import {parseArgs} from 'node:util';
import {loadCorpus, CORPUS_GROUPS, DEFAULT_CORPUS_DIR} from '../scripts/eval/corpus.js';
import type {CorpusGroup, CorpusPage} from '../scripts/eval/corpus.js';
import type {ExtractionSystem, SystemName} from '../scripts/eval/extraction.js';
import {newsvaultSystem} from '../scripts/eval/newsvault-system.js';
import {corpusPageToPage} from '../scripts/eval/page.js';
import {readabilitySystem} from '../scripts/eval/readability-baseline.js';

/**
 * Extraction throughput: newsvault against Mozilla Readability (on linkedom), on the same
 * corpus pages in the same run.
 *
 * Speed is measured in one child process that runs both systems page by page, alternating
 * which goes first: the CI machine's 2 cores are shared, and load that comes and goes then
 * hits both systems alike instead of whichever ran during the busy minute. Memory is measured
 * in one child per system, so each peak RSS is that system's own. Timed: each system's own
 * call only (pages are read and decoded before the clock starts, and the harness's reduction
 * of the output to scored fields is left out).
 *
 *   npx tsx bench/extract.ts [--rounds N] [--only GROUP] [--page SUBSTR] [--json FILE]
 */

/** Rounds over the corpus before timing starts, so both systems are measured JIT-warm. */
const WARMUP_ROUNDS = 1;
/** Timed rounds: three put the run-to-run spread of the ratio under ~5% on a quiet machine. */
const DEFAULT_ROUNDS = 3;

const SYSTEM_NAMES = ['newsvault', 'readability'] as const satisfies readonly SystemName[];

interface SpeedReport {
	system: SystemName;
	pages: number;
	rounds: number;
	failures: number;
	pagesPerSecond: number;
	/**
	 * Pages per second from each page's median time over the rounds: a single stall (a GC
	 * pause, a neighbour's burst on the shared cores) then weighs nothing, while a page that
	 * is slow every round still counts in full.
	 */
	steadyPagesPerSecond: number;
	p50Ms: number;
	p95Ms: number;
	maxMs: number;
	/** The corpus page of the slowest single extraction. */
	slowestPage: string;
}

interface MemoryReport {
	system: SystemName;
	/** Peak resident set size of a process that ran only this system over the corpus once, in MiB. */
	peakRssMiB: number;
	/** RSS once the corpus is loaded, before any extraction: the part that is not the extractor's. */
	loadedRssMiB: number;
}

type Worker = 'speed' | `memory:${SystemName}`;

interface BenchOptions {
	rounds: number;
	groups: CorpusGroup[] | undefined;
	page: string | undefined;
	json: string | undefined;
	worker: Worker | undefined;
}

const WORKERS: readonly string[] = ['speed', ...SYSTEM_NAMES.map((name) => `memory:${name}`)];

function parseOptions(argv: string[]): BenchOptions {
	const {values} = parseArgs({
		args: argv,
		options: {
			rounds: {type: 'string'},
			only: {type: 'string'},
			page: {type: 'string'},
			json: {type: 'string'},
			worker: {type: 'string'},
		},
	});
	const rounds = values.rounds === undefined ? DEFAULT_ROUNDS : Number(values.rounds);
	if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds "${values.rounds}": expected a whole number ≥ 1`);
	const groups = values.only?.split(',').map((name) => {
		const group = name === 'articles' ? 'readability' : name;
		if (!(CORPUS_GROUPS as readonly string[]).includes(group)) throw new Error(`--only "${name}": expected articles, news, comments or snippets`);
		return group as CorpusGroup;
	});
	if (values.worker !== undefined && !WORKERS.includes(values.worker)) throw new Error(`--worker "${values.worker}": expected one of ${WORKERS.join(', ')}`);
	return {rounds, groups, page: values.page, json: values.json, worker: values.worker as Worker | undefined};
}

const MIB = 1024 * 1024;

function makeSystem(name: SystemName): ExtractionSystem {
	return name === 'newsvault' ? newsvaultSystem() : readabilitySystem();
}

function loadPages(options: BenchOptions): {corpus: CorpusPage[]; pages: ReturnType<typeof corpusPageToPage>[]} {
	const corpus = loadCorpus(DEFAULT_CORPUS_DIR, {groups: options.groups, pageContains: options.page});
	return {corpus, pages: corpus.map(corpusPageToPage)};
}

/** Run once; false when the system failed on the page (it still counts as a page processed). */
function extractOnce(system: ExtractionSystem, page: ReturnType<typeof corpusPageToPage>): boolean {
	try {
		system.run(page);
		return true;
	} catch {
		return false;
	}
}

function measureSpeed(options: BenchOptions): SpeedReport[] {
	const {corpus, pages} = loadPages(options);
	const systems = SYSTEM_NAMES.map(makeSystem);
	for (let round = 0; round < WARMUP_ROUNDS; round += 1) for (const system of systems) for (const page of pages) extractOnce(system, page);
	const samples = systems.map(() => ({times: [] as number[], perPage: pages.map(() => [] as number[]), failures: 0, slowest: {ms: 0, page: ''}}));
	for (let round = 0; round < options.rounds; round += 1) {
		pages.forEach((page, index) => {
			const order = (index + round) % 2 === 0 ? [0, 1] : [1, 0];
			for (const which of order) {
				const system = systems[which];
				const sample = samples[which];
				if (!system || !sample) continue;
				const started = performance.now();
				if (!extractOnce(system, page)) sample.failures += 1;
				const ms = performance.now() - started;
				sample.times.push(ms);
				sample.perPage[index]?.push(ms);
				if (ms > sample.slowest.ms) sample.slowest = {ms, page: corpus[index]?.id ?? ''};
			}
		});
	}
	return systems.map((system, which) => {
		const {times, perPage, failures, slowest} = samples[which] ?? {times: [], perPage: [], failures: 0, slowest: {ms: 0, page: ''}};
		const steadyMs = perPage.reduce((sum, runs) => sum + median(runs), 0);
		const totalMs = times.reduce((sum, ms) => sum + ms, 0);
		const sorted = [...times].sort((a, b) => a - b);
		const percentile = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
		return {
			system: system.name,
			pages: pages.length,
			rounds: options.rounds,
			failures: failures / options.rounds,
			pagesPerSecond: times.length / (totalMs / 1000),
			steadyPagesPerSecond: perPage.length / (steadyMs / 1000),
			p50Ms: percentile(0.5),
			p95Ms: percentile(0.95),
			maxMs: slowest.ms,
			slowestPage: slowest.page,
		};
	});
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function measureMemory(options: BenchOptions, name: SystemName): MemoryReport {
	const {pages} = loadPages(options);
	const loadedRssMiB = process.memoryUsage().rss / MIB;
	const system = makeSystem(name);
	for (const page of pages) extractOnce(system, page);
	// resourceUsage().maxRSS is in KiB.
	return {system: name, peakRssMiB: process.resourceUsage().maxRSS / 1024, loadedRssMiB};
}

function runChild<T>(argv: string[], worker: Worker): Promise<T> {
	return new Promise((resolve, reject) => {
		const child = fork(new URL(import.meta.url).pathname, [...argv, '--worker', worker], {stdio: ['ignore', 'inherit', 'inherit', 'ipc']});
		let report: T | undefined;
		child.on('message', (message) => {
			report = message as T;
		});
		child.on('error', reject);
		child.on('exit', (code) => (report === undefined ? reject(new Error(`bench worker "${worker}" exited with code ${code} before reporting`)) : resolve(report)));
	});
}

function formatReport(speed: readonly SpeedReport[], memory: readonly MemoryReport[]): string {
	const cells = (values: string[]) => values.map((cell, index) => (index === 0 ? cell.padEnd(12) : cell.padStart(11))).join('');
	const lines = [cells(['system', 'pages/s', 'steady p/s', 'ms p50', 'ms p95', 'ms max', 'peak RSS', 'RSS loaded', 'failed'])];
	for (const report of speed) {
		const rss = memory.find((entry) => entry.system === report.system);
		lines.push(
			cells([
				report.system,
				report.pagesPerSecond.toFixed(1),
				report.steadyPagesPerSecond.toFixed(1),
				report.p50Ms.toFixed(1),
				report.p95Ms.toFixed(1),
				report.maxMs.toFixed(1),
				rss ? `${rss.peakRssMiB.toFixed(0)} MiB` : '-',
				rss ? `${rss.loadedRssMiB.toFixed(0)} MiB` : '-',
				String(report.failures),
			]),
		);
	}
	const [ours, theirs] = SYSTEM_NAMES.map((name) => speed.find((report) => report.system === name));
	const [ourRss, theirRss] = SYSTEM_NAMES.map((name) => memory.find((report) => report.system === name));
	lines.push('');
	if (ours && theirs) {
		lines.push(`newsvault throughput = ${(ours.pagesPerSecond / theirs.pagesPerSecond).toFixed(2)}× Readability's (all runs)`);
		lines.push(`newsvault steady throughput = ${(ours.steadyPagesPerSecond / theirs.steadyPagesPerSecond).toFixed(2)}× Readability's (each page's median run; one stall does not count)`);
	}
	if (ourRss && theirRss) {
		const growth = (report: MemoryReport) => report.peakRssMiB - report.loadedRssMiB;
		lines.push(`newsvault peak RSS = ${(ourRss.peakRssMiB / theirRss.peakRssMiB).toFixed(2)}× Readability's (growth over the loaded corpus: ${growth(ourRss).toFixed(0)} vs ${growth(theirRss).toFixed(0)} MiB)`);
	}
	for (const report of speed) lines.push(`slowest ${report.system} page: ${report.slowestPage} (${report.maxMs.toFixed(0)} ms)`);
	return lines.join('\n');
}

async function main(argv: string[]): Promise<void> {
	const options = parseOptions(argv);
	if (options.worker === 'speed') {
		process.send?.(measureSpeed(options));
		return;
	}
	if (options.worker) {
		process.send?.(measureMemory(options, options.worker === 'memory:newsvault' ? 'newsvault' : 'readability'));
		return;
	}
	const speed = await runChild<SpeedReport[]>(argv, 'speed');
	const memory: MemoryReport[] = [];
	for (const name of SYSTEM_NAMES) memory.push(await runChild<MemoryReport>(argv, `memory:${name}`));
	const pages = speed[0]?.pages ?? 0;
	process.stdout.write(
		`extract benchmark: ${pages} corpus pages, ${options.rounds} timed rounds after ${WARMUP_ROUNDS} warm-up, systems interleaved page by page, Node ${process.version}\n${formatReport(speed, memory)}\n`,
	);
	if (options.json) writeFileSync(options.json, `${JSON.stringify({generatedAt: new Date().toISOString(), speed, memory}, null, '\t')}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
	process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
	process.exitCode = 1;
});
