import {fork} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import {parseArgs} from 'node:util';
import {loadCorpus, CORPUS_GROUPS, DEFAULT_CORPUS_DIR} from '../scripts/eval/corpus.js';
import type {CorpusGroup} from '../scripts/eval/corpus.js';
import type {ExtractionSystem, SystemName} from '../scripts/eval/extraction.js';
import {newsvaultSystem} from '../scripts/eval/newsvault-system.js';
import {corpusPageToPage} from '../scripts/eval/page.js';
import {readabilitySystem} from '../scripts/eval/readability-baseline.js';

/**
 * Extraction throughput: newsvault against Mozilla Readability (on linkedom), on the same
 * corpus pages in the same run. Each system runs in its own child process so that its peak
 * RSS is its own; the children run one after the other so they do not compete for the two
 * cores. Timed: the extraction call only (pages are read and decoded before the clock starts).
 *
 *   npx tsx bench/extract.ts [--rounds N] [--only GROUP] [--page SUBSTR] [--json FILE]
 */

/** Rounds over the corpus before timing starts, so both systems are measured JIT-warm. */
const WARMUP_ROUNDS = 1;
/** Timed rounds; three keep a 2-core machine's noise under a few percent on this corpus. */
const DEFAULT_ROUNDS = 3;

interface WorkerReport {
	system: SystemName;
	pages: number;
	rounds: number;
	failures: number;
	totalMs: number;
	pagesPerSecond: number;
	/** Per-page times of the timed rounds, in ms. */
	p50Ms: number;
	p95Ms: number;
	maxMs: number;
	/** The corpus page of the slowest single extraction. */
	slowestPage: string;
	/** Peak resident set size of the child process, in MiB. */
	peakRssMiB: number;
	/** RSS once the corpus is loaded, before any extraction: the part that is not the extractor's. */
	loadedRssMiB: number;
}

interface BenchOptions {
	rounds: number;
	groups: CorpusGroup[] | undefined;
	page: string | undefined;
	json: string | undefined;
	worker: SystemName | undefined;
}

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
	const worker = values.worker;
	if (worker !== undefined && worker !== 'newsvault' && worker !== 'readability') throw new Error(`--worker "${worker}"`);
	return {rounds, groups, page: values.page, json: values.json, worker};
}

const MIB = 1024 * 1024;

function runWorker(options: BenchOptions, name: SystemName): WorkerReport {
	const system: ExtractionSystem = name === 'newsvault' ? newsvaultSystem() : readabilitySystem();
	const corpus = loadCorpus(DEFAULT_CORPUS_DIR, {groups: options.groups, pageContains: options.page});
	const pages = corpus.map(corpusPageToPage);
	const loadedRssMiB = process.memoryUsage().rss / MIB;
	const extractOnce = (page: (typeof pages)[number]): boolean => {
		try {
			system.extract(page);
			return true;
		} catch {
			return false;
		}
	};
	for (let round = 0; round < WARMUP_ROUNDS; round += 1) for (const page of pages) extractOnce(page);
	const times: number[] = [];
	let failures = 0;
	let slowest = {ms: 0, page: ''};
	const started = performance.now();
	for (let round = 0; round < options.rounds; round += 1) {
		pages.forEach((page, index) => {
			const pageStarted = performance.now();
			if (!extractOnce(page)) failures += 1;
			const ms = performance.now() - pageStarted;
			times.push(ms);
			if (ms > slowest.ms) slowest = {ms, page: corpus[index]?.id ?? ''};
		});
	}
	const totalMs = performance.now() - started;
	times.sort((a, b) => a - b);
	const percentile = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? 0;
	return {
		system: name,
		pages: pages.length,
		rounds: options.rounds,
		failures: failures / options.rounds,
		totalMs,
		pagesPerSecond: (pages.length * options.rounds) / (totalMs / 1000),
		p50Ms: percentile(0.5),
		p95Ms: percentile(0.95),
		maxMs: slowest.ms,
		slowestPage: slowest.page,
		// maxRSS is in KiB.
		peakRssMiB: process.resourceUsage().maxRSS / 1024,
		loadedRssMiB,
	};
}

function runChild(argv: string[], system: SystemName): Promise<WorkerReport> {
	return new Promise((resolve, reject) => {
		const child = fork(new URL(import.meta.url).pathname, [...argv, '--worker', system], {stdio: ['ignore', 'inherit', 'inherit', 'ipc']});
		let report: WorkerReport | undefined;
		child.on('message', (message) => {
			report = message as WorkerReport;
		});
		child.on('error', reject);
		child.on('exit', (code) => (report ? resolve(report) : reject(new Error(`bench worker for ${system} exited with code ${code} before reporting`))));
	});
}

function formatReports(reports: readonly WorkerReport[]): string {
	const header = ['system'.padEnd(12), 'pages/s', 'ms p50', 'ms p95', 'ms max', 'peak RSS', 'RSS loaded', 'failed'].map((cell, index) => (index === 0 ? cell : cell.padStart(11))).join('');
	const rows = reports.map((report) =>
		[
			report.system.padEnd(12),
			report.pagesPerSecond.toFixed(1),
			report.p50Ms.toFixed(1),
			report.p95Ms.toFixed(1),
			report.maxMs.toFixed(1),
			`${report.peakRssMiB.toFixed(0)} MiB`,
			`${report.loadedRssMiB.toFixed(0)} MiB`,
			String(report.failures),
		]
			.map((cell, index) => (index === 0 ? cell : cell.padStart(11)))
			.join(''),
	);
	const newsvault = reports.find((report) => report.system === 'newsvault');
	const readability = reports.find((report) => report.system === 'readability');
	const ratio =
		newsvault && readability
			? [
					`newsvault throughput = ${(newsvault.pagesPerSecond / readability.pagesPerSecond).toFixed(2)}× Readability's`,
					`newsvault peak RSS = ${(newsvault.peakRssMiB / readability.peakRssMiB).toFixed(2)}× Readability's`,
				]
			: [];
	const slowest = reports.map((report) => `slowest ${report.system} page: ${report.slowestPage} (${report.maxMs.toFixed(0)} ms)`);
	return [header, ...rows, '', ...ratio, ...slowest].join('\n');
}

async function main(argv: string[]): Promise<void> {
	const options = parseOptions(argv);
	if (options.worker) {
		process.send?.(runWorker(options, options.worker));
		return;
	}
	const reports: WorkerReport[] = [];
	for (const system of ['newsvault', 'readability'] as const) reports.push(await runChild(argv, system));
	const first = reports[0];
	process.stdout.write(
		`extract benchmark: ${first?.pages ?? 0} corpus pages, ${options.rounds} timed rounds after ${WARMUP_ROUNDS} warm-up, Node ${process.version}\n${formatReports(reports)}\n`,
	);
	if (options.json) writeFileSync(options.json, `${JSON.stringify({generatedAt: new Date().toISOString(), reports}, null, '\t')}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
	process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
	process.exitCode = 1;
});
