import {readFileSync} from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import {z} from 'zod';
import {loadCorpus} from '../../scripts/eval/corpus.js';
import {computeTotals, METRIC_KEYS} from '../../scripts/eval/metrics.js';
import type {MetricKey, Totals} from '../../scripts/eval/metrics.js';
import {newsvaultSystem} from '../../scripts/eval/newsvault-system.js';
import {evaluate} from '../../scripts/eval/run.js';
import type {PageResult} from '../../scripts/eval/run.js';
import {CORPUS_DIR, CORPUS_SCORING_TIMEOUT_MS} from './corpus.js';

/**
 * The quality gate: newsvault's scores on the whole corpus (the same scoring as `npm run eval`)
 * may not drop below the floors in floors.json, which sit just under the last measured scores.
 */

/** Timing is measured by `npm run eval` and bench/, never asserted: the CI machine is shared. */
type FlooredMetric = Exclude<MetricKey, 'msPerPage'>;
const metricKey = z.enum(METRIC_KEYS).exclude(['msPerPage']);
const BoundsSchema = z.object({
	$comment: z.string().optional(),
	atLeast: z.partialRecord(metricKey, z.number()),
	atMost: z.partialRecord(metricKey, z.number()),
});
const FloorsSchema = BoundsSchema.extend({withoutProfiles: BoundsSchema});
type Bounds = z.infer<typeof BoundsSchema>;
const floors = FloorsSchema.parse(JSON.parse(readFileSync(new URL('floors.json', import.meta.url), 'utf8')));

/** How each metric reads in a test name; the README's scoring section defines each one. */
const CLAIMS: Record<FlooredMetric, string> = {
	bodyF1: 'body F1 on the Readability pages',
	bodyPrecision: 'body token precision on the Readability pages',
	bodyRecall: 'body token recall on the Readability pages',
	titleMatch: 'the share of labelled titles matched (site name aside)',
	bylineMatch: 'the share of labelled bylines matched',
	publishedMatch: 'the share of labelled publication times matched',
	langMatch: 'the share of labelled languages matched',
	withHit: 'the share of `with` snippets found in the body (news and snippet pages)',
	withoutLeak: 'the share of `without` boilerplate snippets leaked into the body (news and snippet pages)',
	commentCountRecall: 'comment count recall on the labelled comment pages',
	extraComments: 'the number of extra comments on the labelled comment pages',
	commentAuthor: 'the share of labelled comments with the right author',
	commentText: 'the share of labelled comments with the right text',
	parentLinks: 'the share of labelled comments with the right parent',
	declaredCount: 'the share of pages whose declared comment count is read right',
	commentSnippetRecall: 'the share of comment snippets found in the comments (author and text)',
	bodySnippetsInComments: 'the share of body snippets leaked into the comment text',
	commentSnippetsInBody: 'the share of comment snippets leaked into the body',
	spuriousCommentPages: 'the number of no-comment pages that give comments',
	spuriousComments: 'the number of comments on no-comment pages',
	failures: 'the number of pages extraction fails on',
};

/** One test per bound: the totals, once computed, stay within it. */
function checkBounds(bounds: Bounds, totalsOf: () => Totals): void {
	for (const [key, floor] of Object.entries(bounds.atLeast) as Array<[FlooredMetric, number]>) {
		it(`${CLAIMS[key]} stays at or above ${floor}`, () => {
			expect(totalsOf()[key].value).not.toBeNull();
			expect(totalsOf()[key].value).toBeGreaterThanOrEqual(floor);
		});
	}
	for (const [key, ceiling] of Object.entries(bounds.atMost) as Array<[FlooredMetric, number]>) {
		it(`${CLAIMS[key]} stays at or below ${ceiling}`, () => {
			expect(totalsOf()[key].value).not.toBeNull();
			expect(totalsOf()[key].value).toBeLessThanOrEqual(ceiling);
		});
	}
}

describe('newsvault on the quality corpus', () => {
	let results: PageResult[] = [];
	let totals: Totals;

	beforeAll(() => {
		results = evaluate(loadCorpus(CORPUS_DIR), [newsvaultSystem()]);
		totals = computeTotals(results, 'newsvault');
	}, CORPUS_SCORING_TIMEOUT_MS);

	checkBounds(floors, () => totals);

	it('gives zero comments on every news page without reader comments', () => {
		const newsPages = results.filter((result) => result.group === 'news' && result.systems.newsvault?.score.spuriousComments !== undefined);
		const withComments = newsPages
			.filter((result) => (result.systems.newsvault?.score.spuriousComments ?? 0) > 0)
			.map((result) => `${result.id}: ${result.systems.newsvault?.score.spuriousComments} comments`);
		expect(newsPages.length).toBeGreaterThan(30);
		expect(withComments).toEqual([]);
	});

	it('gives zero comments on the Lifehacker page saved before its discussion loaded', () => {
		const page = results.find((result) => result.id === 'comments/lifehacker-stop-buying-crap-no-comments');
		expect(page?.systems.newsvault?.score.spuriousComments).toBe(0);
	});

	it('still reads the declared count (146) on the Lifehacker page saved before its discussion loaded', () => {
		const page = results.find((result) => result.id === 'comments/lifehacker-stop-buying-crap-no-comments');
		expect(page?.systems.newsvault?.score.declaredCount?.extracted).toBe(146);
	});
});

describe('the generic extractor alone on the quality corpus (profiles off, as when a site changes its markup)', () => {
	let totals: Totals;

	beforeAll(() => {
		totals = computeTotals(evaluate(loadCorpus(CORPUS_DIR), [newsvaultSystem({profiles: []})]), 'newsvault');
	}, CORPUS_SCORING_TIMEOUT_MS);

	checkBounds(floors.withoutProfiles, () => totals);
});
