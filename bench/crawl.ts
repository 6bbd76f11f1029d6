import {fork} from 'node:child_process';
import {mkdtemp, rm} from 'node:fs/promises';
import type http from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {CheerioCrawler, Configuration, HttpCrawler, log as crawleeLog, LogLevel} from '@crawlee/cheerio';
import {Sitemap} from '@crawlee/utils';
import PQueue from 'p-queue';
import {request} from 'undici';
import {ArchiveStore} from '../src/archive/index.js';
import {parseConfig} from '../src/crawl/config.js';
import {crawl} from '../src/crawl/index.js';
import {extract} from '../src/extract/index.js';
import {pageFromBytes} from '../src/fetch/from-bytes.js';
import {HttpFetcher} from '../src/fetch/http.js';
import type {ArchiveOutcome} from '../src/pipeline/index.js';
import {startServer} from '../test/helpers/server.js';

/**
 * Crawl throughput and memory on a generated local site, against plain fetch loops
 * measured in the same run.
 *
 * The site (in this process) serves a sitemap of N articles, each a ~7 KB page with a
 * five-comment thread. Each contender runs in its own child process, one after the other,
 * so its memory is its own and they do not share the 2 cores:
 *
 * - `crawl`: the full crawler with archiving on (discovery from the sitemap, robots.txt,
 *   per-host queue, conditional-request lookup, extract, archive with fsync, journal);
 * - `crawl-no-store`: the same crawler with `archive` replaced by fetch + extract only,
 *   which separates the crawler's own cost from the archive's (durable writes: fsync);
 * - `undici loop`: a sequential `undici.request` loop that reads every body and keeps
 *   nothing: the floor of what fetching alone costs one connection at a time;
 * - `undici ×C`: the same loop with the crawler's concurrency (p-queue), the ceiling
 *   for fetching alone;
 * - `crawlee cheerio`: Crawlee's CheerioCrawler (the field's reference crawler) at the same
 *   fixed concurrency, URLs from the same sitemap, in-memory storage, reading only each page's
 *   title: Crawlee's own cost with the lightest handler it can have;
 * - `crawlee + extract`: Crawlee's HttpCrawler (fetch, no parse) running newsvault's `extract`
 *   on every page: the same work per page as `crawl-no-store`, on Crawlee's crawler.
 *
 * RSS is sampled every 100 ms (peak) and at 1,000 / 5,000 / 10,000 pages, to show whether
 * memory stays flat as the crawl grows. CPU ms/page is the contender's own CPU time (all
 * its threads: event loop, fsyncs and gzip on the thread pool) per page: on a shared
 * machine it moves far less from run to run than pages/s does.
 *
 *   npx tsx bench/crawl.ts [--pages N] [--concurrency C]
 */

/** 10,000 pages: large enough that per-page leaks show in RSS, small enough for a few minutes on 2 cores. */
const DEFAULT_PAGES = 10_000;
/** The crawler's default global concurrency. */
const DEFAULT_CONCURRENCY = 4;
/** Memory sampling period: short enough to catch a checkpoint's transient peak. */
const SAMPLE_MS = 100;
const MILESTONES = [1000, 5000, 10_000];

type Contender = 'crawl' | 'crawl-no-store' | 'undici-loop' | 'undici-concurrent' | 'crawlee-cheerio' | 'crawlee-extract';

interface Report {
	contender: Contender;
	pages: number;
	failures: number;
	totalMs: number;
	pagesPerSecond: number;
	/** User + system CPU time of the contender's process per page. */
	cpuMsPerPage: number;
	peakRssMiB: number;
	/** RSS and heap in use after this many pages. */
	milestones: Array<{pages: number; rssMiB: number; heapMiB: number}>;
}

const {values} = parseArgs({
	options: {
		pages: {type: 'string'},
		concurrency: {type: 'string'},
		worker: {type: 'string'},
		site: {type: 'string'},
	},
});
const pages = positive('--pages', values.pages, DEFAULT_PAGES);
const concurrency = positive('--concurrency', values.concurrency, DEFAULT_CONCURRENCY);

if (values.worker) {
	process.send?.(await runContender(values.worker as Contender, values.site ?? ''));
} else {
	await main();
}

async function main(): Promise<void> {
	const site = await startServer(generatedSite(pages));
	try {
		process.stderr.write(`${pages} generated articles, concurrency ${concurrency}, on ${site.url} (node ${process.version})\n`);
		const reports: Report[] = [];
		for (const contender of ['crawl', 'crawl-no-store', 'crawlee-cheerio', 'crawlee-extract', 'undici-loop', 'undici-concurrent'] as const) {
			process.stderr.write(`running ${contender}…\n`);
			reports.push(await inChild(contender, site.url));
		}
		printTable(reports);
	} finally {
		await site.close();
	}
}

function inChild(contender: Contender, siteUrl: string): Promise<Report> {
	return new Promise((resolve, reject) => {
		const args = ['--worker', contender, '--site', siteUrl, '--pages', String(pages), '--concurrency', String(concurrency)];
		const child = fork(fileURLToPath(import.meta.url), args, {execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc']});
		let report: Report | undefined;
		child.on('message', (message) => void (report = message as Report));
		child.on('error', reject);
		child.on('exit', (code) => (report ? resolve(report) : reject(new Error(`${contender} exited with code ${code} and no report`))));
	});
}

async function runContender(contender: Contender, siteUrl: string): Promise<Report> {
	const memory = sampleMemory();
	const milestones: Report['milestones'] = [];
	let done = 0;
	const completed = (): void => {
		done += 1;
		if (MILESTONES.includes(done) || done === pages) {
			const usage = process.memoryUsage();
			if (!milestones.some((m) => m.pages === done)) milestones.push({pages: done, rssMiB: mib(usage.rss), heapMiB: mib(usage.heapUsed)});
		}
	};
	const started = performance.now();
	const cpuBefore = process.cpuUsage();
	let failures = 0;
	if (contender === 'crawl' || contender === 'crawl-no-store') {
		failures = await crawlSite(siteUrl, completed, contender === 'crawl');
	} else if (contender === 'crawlee-cheerio' || contender === 'crawlee-extract') {
		failures = await crawleeSite(siteUrl, completed, contender === 'crawlee-extract');
	} else {
		const queue = new PQueue({concurrency: contender === 'undici-loop' ? 1 : concurrency});
		for (let n = 1; n <= pages; n++) {
			void queue.add(async () => {
				try {
					const response = await request(new URL(`/a/${n}.html`, siteUrl));
					await response.body.text();
					if (response.statusCode !== 200) failures += 1;
				} catch {
					failures += 1;
				}
				completed();
			});
		}
		await queue.onIdle();
	}
	const totalMs = performance.now() - started;
	const cpu = process.cpuUsage(cpuBefore);
	const cpuMsPerPage = (cpu.user + cpu.system) / 1000 / Math.max(done, 1);
	return {contender, pages: done, failures, totalMs, pagesPerSecond: (done * 1000) / totalMs, cpuMsPerPage, peakRssMiB: memory.stop(), milestones};
}

async function crawlSite(siteUrl: string, completed: () => void, store: boolean): Promise<number> {
	const dir = await mkdtemp(path.join(tmpdir(), 'newsvault-bench-crawl-'));
	const fetcher = new HttpFetcher();
	try {
		const archiveStore = await ArchiveStore.open(dir);
		const config = parseConfig({
			concurrency,
			sites: [{name: 'bench', sitemaps: [`${siteUrl}sitemap.xml`], include: ['/a/'], maxPages: pages, perHost: {concurrency, delayMs: 0}}],
		});
		const fetchAndExtract = async (url: string): Promise<ArchiveOutcome> => {
			const page = await fetcher.fetch({url});
			const result = extract(page);
			const snapshot = result.ok ? result.snapshot : null;
			return {url, ok: result.ok, version: 'v1', change: 'new', title: snapshot?.article.title ?? null, comments: snapshot?.comments.items.length ?? null, error: null, page, snapshot, renderReason: null};
		};
		const deps = {fetcher, store: archiveStore, render: 'never' as const, ...(store ? {} : {archive: fetchAndExtract})};
		const summary = await crawl(config, deps, {onOutcome: completed});
		return summary.failed.total;
	} finally {
		await fetcher.close();
		await rm(dir, {recursive: true, force: true});
	}
}

/**
 * The same site through Crawlee: URLs from the sitemap, concurrency fixed at the crawler's
 * (Crawlee's autoscaling would otherwise start at 1 and ramp up), no retries, storage in
 * memory only.
 */
async function crawleeSite(siteUrl: string, completed: () => void, runExtract: boolean): Promise<number> {
	const dir = await mkdtemp(path.join(tmpdir(), 'newsvault-bench-crawlee-'));
	process.env.CRAWLEE_STORAGE_DIR = dir;
	// Its per-run INFO lines would interleave with the table; warnings and errors still show.
	crawleeLog.setLevel(LogLevel.WARNING);
	let failures = 0;
	try {
		const {urls} = await Sitemap.load(`${siteUrl}sitemap.xml`);
		const configuration = new Configuration({persistStorage: false, purgeOnStart: true});
		const options = {
			minConcurrency: concurrency,
			maxConcurrency: concurrency,
			maxRequestRetries: 0,
			failedRequestHandler: () => void (failures += 1),
		};
		if (runExtract) {
			const crawler = new HttpCrawler({
				...options,
				requestHandler: ({request: crawled, body, contentType}) => {
					const bytes = typeof body === 'string' ? Buffer.from(body) : body;
					const page = pageFromBytes({url: crawled.loadedUrl ?? crawled.url, body: bytes, contentType: `${contentType.type}; charset=${contentType.encoding}`, fetchedAt: new Date().toISOString()});
					const result = extract(page);
					if (!result.ok) failures += 1;
					completed();
				},
			}, configuration);
			await crawler.run(urls);
		} else {
			const crawler = new CheerioCrawler({
				...options,
				requestHandler: ({$}) => {
					if (!$('title').text()) failures += 1;
					completed();
				},
			}, configuration);
			await crawler.run(urls);
		}
		return failures;
	} finally {
		await rm(dir, {recursive: true, force: true});
	}
}

/** A sitemap of `count` articles; each article is ~7 KB with a five-comment thread. */
function generatedSite(count: number): http.RequestListener {
	// Sitemaps hold absolute URLs: built per request from the Host the client used.
	const sitemap = (origin: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${Array.from(
		{length: count},
		(_, i) => `<url><loc>${origin}/a/${i + 1}.html</loc></url>`,
	).join('\n')}\n</urlset>\n`;
	return (req, res) => {
		const match = /^\/a\/(\d+)\.html$/.exec(req.url ?? '');
		if (req.url === '/sitemap.xml') return void res.writeHead(200, {'content-type': 'application/xml'}).end(sitemap(`http://${req.headers.host ?? 'localhost'}`));
		if (match) return void res.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(articlePage(Number(match[1])));
		res.writeHead(404, {'content-type': 'text/plain'}).end('not found');
	};
}

function articlePage(n: number): string {
	const paragraph = (i: number) =>
		`<p>Paragraph ${i} of story ${n}: the phone's battery, camera and price compared with last year's model, with the numbers from our own tests and what readers asked about in the comments below.</p>`;
	const comment = (i: number) =>
		`<li class="comment" id="comment-${n}-${i}"><div class="comment-author">Reader ${i}</div><time datetime="2025-03-0${i}T10:00:00Z">March ${i}</time><div class="comment-content"><p>Comment ${i} on story ${n}: I would buy it if the price dropped a little.</p></div></li>`;
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story ${n}</title>
<meta property="og:title" content="Story ${n}"><meta property="article:published_time" content="2025-03-01T10:00:00+00:00"></head>
<body><header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header><main><article><h1>Story ${n}</h1>
${Array.from({length: 12}, (_, i) => paragraph(i + 1)).join('\n')}
</article><section id="comments"><h2>5 Comments</h2><ol class="comment-list">${Array.from({length: 5}, (_, i) => comment(i + 1)).join('')}</ol></section></main></body></html>`;
}

function sampleMemory(): {stop(): number} {
	let peak = process.memoryUsage().rss;
	const timer = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage().rss);
	}, SAMPLE_MS);
	return {
		stop() {
			clearInterval(timer);
			return mib(Math.max(peak, process.memoryUsage().rss));
		},
	};
}

function printTable(reports: readonly Report[]): void {
	const crawlReport = reports.find((r) => r.contender === 'crawl');
	const rows = reports.map((r) => [
		r.contender,
		String(r.pages),
		String(r.failures),
		(r.totalMs / 1000).toFixed(1),
		r.pagesPerSecond.toFixed(1),
		crawlReport ? (crawlReport.pagesPerSecond / r.pagesPerSecond).toFixed(2) : '-',
		r.cpuMsPerPage.toFixed(2),
		r.peakRssMiB.toFixed(0),
		r.milestones.map((m) => `${m.pages}: ${m.rssMiB.toFixed(0)}/${m.heapMiB.toFixed(0)}`).join('  '),
	]);
	const header = ['contender', 'pages', 'failed', 'seconds', 'pages/s', 'crawl ÷ this', 'CPU ms/page', 'peak RSS MiB', 'RSS/heap MiB at N pages'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
	const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
	process.stdout.write(`${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${rows.map(line).join('\n')}\n`);
}

function mib(bytes: number): number {
	return bytes / 1024 / 1024;
}

function positive(name: string, value: string | undefined, fallback: number): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
	return n;
}
