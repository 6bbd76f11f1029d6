import {performance} from 'node:perf_hooks';
import {extract} from '../src/extract/index.js';
import type {Page} from '../src/fetch/types.js';

/**
 * Does extraction stay linear in the size of the page? Times `extract` on synthetic pages at
 * 1×, 2×, 4× and 8× of one dimension (paragraphs, comments, nesting depth, reply-chain
 * depth) and prints how much each doubling costs. Linear work doubles (ratio ~2); a ratio
 * near 4 per doubling is quadratic and is flagged.
 *
 *   npx tsx bench/extract-scaling.ts [--runs N]
 */

/**
 * Mean growth per doubling (geometric, 1× to 8×) above this is flagged: 2 is linear, 4 quadratic;
 * 2.6 leaves room for GC and cache effects. The mean, not each step, so one noisy size on a
 * shared machine does not decide.
 */
const SUPER_LINEAR_RATIO = 2.6;
/** Timed runs per size; the median is reported so one GC pause does not decide a ratio. */
const DEFAULT_RUNS = 7;
const MULTIPLIERS = [1, 2, 4, 8] as const;

interface Dimension {
	name: string;
	/** Units at 1×. */
	base: number;
	build: (units: number) => string;
}

const LOREM = 'The handset ships with a larger battery, a brighter panel and a faster modem than last year, and the price stays the same.';

function articlePage(body: string, thread = ''): string {
	return `<!doctype html><html lang="en"><head><title>Scaling test</title><meta property="og:title" content="Scaling test"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Scaling test</h1><div class="byline">By <a rel="author" href="/a/jane">Jane Doe</a> <time datetime="2026-06-01T10:00:00Z">June 1, 2026</time></div>
<div class="article-body">${body}</div></article>${thread}<footer>© Example</footer></body></html>`;
}

function paragraphs(count: number): string {
	return Array.from({length: count}, (_, i) => `<p>${i + 1}. ${LOREM} <a href="/p/${i}">link ${i}</a></p>`).join('\n');
}

function comment(id: number, inner = ''): string {
	return `<li class="comment" id="comment-${id}"><div class="comment-body"><div class="comment-author"><cite class="fn">user${id}</cite></div>
<div class="comment-meta"><time datetime="2026-06-01T11:00:00Z">June 1, 2026 at 11:00 am</time></div><p>Comment number ${id}: ${LOREM}</p></div>${inner}</li>`;
}

const DIMENSIONS: readonly Dimension[] = [
	{name: 'paragraphs', base: 250, build: (units) => articlePage(paragraphs(units))},
	{
		name: 'comments (flat)',
		base: 150,
		build: (units) => articlePage(paragraphs(10), `<div id="comments"><h2>${units} Comments</h2><ol class="commentlist">${Array.from({length: units}, (_, i) => comment(i + 1)).join('\n')}</ol></div>`),
	},
	{
		name: 'reply chain depth',
		base: 50,
		build: (units) => {
			let inner = '';
			for (let id = units; id >= 1; id--) inner = comment(id, inner ? `<ul class="children">${inner}</ul>` : '');
			return articlePage(paragraphs(10), `<div id="comments"><h2>${units} Comments</h2><ol class="commentlist">${inner}</ol></div>`);
		},
	},
	{
		name: 'div nesting depth',
		base: 250,
		build: (units) => articlePage(`${'<div class="wrap">'.repeat(units)}${paragraphs(10)}${'</div>'.repeat(units)}`),
	},
];

function pageOf(html: string): Page {
	const url = 'https://bench.example/news/scaling';
	return {
		url,
		finalUrl: url,
		redirects: [url],
		status: 200,
		statusText: 'OK',
		headers: {'content-type': 'text/html; charset=utf-8'},
		body: new TextEncoder().encode(html),
		html,
		charset: 'utf-8',
		charsetSource: 'header',
		contentType: 'text/html; charset=utf-8',
		fetchedAt: '2026-06-02T00:00:00.000Z',
		timing: {startMs: 0, firstByteMs: 0, totalMs: 0},
		mode: 'http',
	};
}

function medianMs(page: Page, runs: number): number {
	extract(page);
	const times: number[] = [];
	for (let run = 0; run < runs; run++) {
		const start = performance.now();
		extract(page);
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)] ?? 0;
}

function runsArg(): number {
	const at = process.argv.indexOf('--runs');
	const value = at >= 0 ? Number(process.argv[at + 1]) : DEFAULT_RUNS;
	return Number.isInteger(value) && value > 0 ? value : DEFAULT_RUNS;
}

const runs = runsArg();
let flagged = 0;
console.log(`extract scaling: median of ${runs} runs per size; ratio = time(2n) / time(n), 2 is linear, 4 quadratic`);
// Warm the JIT on every shape first, so the first size timed is not the slowest.
for (const dimension of DIMENSIONS) extract(pageOf(dimension.build(dimension.base)));
console.log(['dimension'.padEnd(20), ...MULTIPLIERS.map((m) => `${m}× ms`.padStart(10)), 'ratios'.padStart(20), 'mean'.padStart(6), ''].join(' '));
for (const dimension of DIMENSIONS) {
	const times = MULTIPLIERS.map((multiplier) => medianMs(pageOf(dimension.build(dimension.base * multiplier)), runs));
	const ratios = times.slice(1).map((time, i) => time / (times[i] || Number.EPSILON));
	const meanRatio = ((times[times.length - 1] ?? 0) / (times[0] || Number.EPSILON)) ** (1 / (times.length - 1));
	const superLinear = meanRatio > SUPER_LINEAR_RATIO;
	if (superLinear) flagged++;
	console.log([
		`${dimension.name} (${dimension.base})`.padEnd(20),
		...times.map((time) => time.toFixed(1).padStart(10)),
		ratios.map((ratio) => ratio.toFixed(2)).join(' ').padStart(20),
		meanRatio.toFixed(2).padStart(6),
		superLinear ? 'SUPER-LINEAR' : 'ok',
	].join(' '));
}
if (flagged > 0) console.log(`${flagged} dimension(s) grow faster than linear (a mean doubling above ${SUPER_LINEAR_RATIO}×)`);
