/**
 * How long diffSnapshots takes on a big thread: two snapshots of one article with 2,000
 * comments, where the newer one has edited, hidden and new comments and, because ids are
 * derived from thread positions, every comment after the first hidden one renumbered.
 *
 * Reports the median of RUNS runs, next to a naive baseline measured in the same run
 * (jsdiff `diffArrays` over the comment texts: no ids, no normalisation, no edit pairing),
 * so the ratio, not the absolute time, is what to compare across machines.
 *
 *   npx tsx bench/diff.ts
 */
import {performance} from 'node:perf_hooks';
import {diffArrays} from 'diff';
import {diffSnapshots, summarizeReport} from '../src/diff/index.js';
import {parseSnapshot, type Comment, type Snapshot} from '../src/snapshot/schema.js';

const COMMENTS = 2_000;
const EDITED = 60;
const HIDDEN = 40;
const ADDED = 80;
/** Enough runs for a stable median on a shared 2-core machine, few enough to finish in seconds. */
const RUNS = 15;
const WARMUP_RUNS = 3;

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same threads. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const next = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const WORDS = 'huawei samsung pixel battery camera screen price launch update android ios chip modem export license security china us government nsa cisco backdoor evidence proof spying market sales review iphone galaxy foldable charging'.split(' ');
const AUTHORS = Array.from({length: 300}, (_, i) => `reader${i}`);

function sentence(): string {
	const words = Array.from({length: 6 + Math.floor(next() * 14)}, () => pick(WORDS));
	return `${words.join(' ')}.`;
}

function buildThread(): Omit<Comment, 'id' | 'number' | 'parentId'>[] {
	return Array.from({length: COMMENTS}, (_, i) => ({
		depth: i % 4 === 0 ? 0 : 1,
		author: {name: pick(AUTHORS), url: null, postCount: Math.floor(next() * 5000), memberSince: '2017-05-16'},
		postedAt: '2019-01-12T10:00:00Z',
		postedAtRelative: true,
		text: Array.from({length: 1 + Math.floor(next() * 4)}, sentence).join(' '),
		links: [],
		score: Math.floor(next() * 50),
	}));
}

/** Ids and numbers from thread position, as an extractor derives them when the markup has none. */
function numbered(thread: Omit<Comment, 'id' | 'number' | 'parentId'>[]): Comment[] {
	let lastTopLevel: string | null = null;
	return thread.map((comment, i) => {
		const id = `pos-${i + 1}`;
		const parentId = comment.depth === 0 ? null : lastTopLevel;
		if (comment.depth === 0) lastTopLevel = id;
		return {...comment, depth: parentId === null ? 0 : 1, id, number: i + 1, parentId};
	});
}

function snapshotOf(items: Comment[], fetchedAt: string): Snapshot {
	return parseSnapshot({
		schemaVersion: 1,
		source: {url: 'https://example.com/news/big-thread', finalUrl: 'https://example.com/news/big-thread', canonicalUrl: null, host: 'example.com', fetchedAt, status: 200, contentType: 'text/html', charset: 'utf-8', mode: 'http', sha256: '0'.repeat(64)},
		article: {title: 'A big thread', subtitle: null, authors: [], publishedAt: null, modifiedAt: null, section: null, tags: [], image: null, language: 'en', wordCount: 300, body: Array.from({length: 30}, () => ({type: 'paragraph', text: [sentence(), sentence(), sentence()].join(' '), links: []}))},
		comments: {declaredCount: items.length, notices: [], complete: true, items},
		extractor: {name: 'generic', version: 'bench', profile: null, warnings: []},
	});
}

function buildPair(): {before: Snapshot; after: Snapshot} {
	const thread = buildThread();
	const before = snapshotOf(numbered(thread), '2019-01-12T12:00:00Z');
	const changed = thread.map((comment) => ({...comment, score: (comment.score ?? 0) + 3}));
	for (let i = 0; i < EDITED; i++) {
		const comment = changed[Math.floor(next() * changed.length)]!;
		comment.text = `${comment.text} ${sentence()}`;
	}
	for (let i = 0; i < HIDDEN; i++) changed.splice(Math.floor(next() * changed.length), 1);
	for (let i = 0; i < ADDED; i++) changed.splice(Math.floor(next() * changed.length), 0, {...changed[0]!, depth: 1, author: {...changed[0]!.author, name: pick(AUTHORS)}, text: sentence()});
	const after = snapshotOf(numbered(changed), '2019-01-12T18:00:00Z');
	after.article.body[7]!.text += ` ${sentence()}`;
	return {before, after};
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function time(run: () => void): number {
	for (let i = 0; i < WARMUP_RUNS; i++) run();
	const samples: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		run();
		samples.push(performance.now() - start);
	}
	return median(samples);
}

const {before, after} = buildPair();
const report = diffSnapshots(before, after);
const ours = time(() => diffSnapshots(before, after));
const naive = time(() => diffArrays(before.comments.items.map((c) => c.text), after.comments.items.map((c) => c.text)));

console.log(`thread: ${before.comments.items.length} → ${after.comments.items.length} comments (${EDITED} edits planted, some may land on one comment; ${HIDDEN} hidden, ${ADDED} added; ids renumbered)`);
console.log(`report: ${summarizeReport(report)}`);
console.log(`diffSnapshots: ${ours.toFixed(1)} ms per diff (median of ${RUNS})`);
console.log(`naive jsdiff diffArrays on comment texts: ${naive.toFixed(1)} ms per diff (median of ${RUNS})`);
console.log(`ratio: ${(ours / naive).toFixed(2)}× the naive baseline`);
