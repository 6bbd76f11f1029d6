import type {SystemName} from './extraction.js';
import type {PageResult, SystemPageResult} from './run.js';
import type {MetadataScore} from './score.js';

/**
 * The named corpus metrics: how each is read off one page's score, and how pages add up.
 * Totals, floors (test/quality/floors.json), the JSON output and the worst-page lists all
 * use these keys, so a metric means the same thing everywhere.
 */

export const METRIC_KEYS = [
	'bodyF1',
	'bodyPrecision',
	'bodyRecall',
	'titleMatch',
	'bylineMatch',
	'publishedMatch',
	'langMatch',
	'withHit',
	'withoutLeak',
	'commentCountRecall',
	'extraComments',
	'commentAuthor',
	'commentText',
	'parentLinks',
	'declaredCount',
	'commentSnippetRecall',
	'bodySnippetsInComments',
	'commentSnippetsInBody',
	'spuriousCommentPages',
	'spuriousComments',
	'failures',
	'msPerPage',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

/** One page's share of a metric: `num / den` summed over pages (den 1 per page gives a mean). */
interface Contribution {
	num: number;
	den: number;
}

export interface MetricDefinition {
	key: MetricKey;
	label: string;
	better: 'higher' | 'lower';
	/** `rate`: num/den over pages; `count`: the sum of num; `ms`: a mean in milliseconds. */
	kind: 'rate' | 'count' | 'ms';
	/** Null when the metric does not apply to this page (or this system). */
	page(result: SystemPageResult): Contribution | null;
}

const perPage = (value: number): Contribution => ({num: value, den: 1});
const ratio = (num: number, den: number): Contribution | null => (den === 0 ? null : {num, den});
const flag = (value: boolean | null | undefined): Contribution | null =>
	value === null || value === undefined ? null : perPage(value ? 1 : 0);
const metadataField = (field: keyof MetadataScore) => (result: SystemPageResult) => flag(result.score.metadata?.[field]?.match);
const countMatches = (field: 'author' | 'text' | 'parent') => (result: SystemPageResult) => {
	const comments = result.score.comments;
	return comments ? ratio(comments.matches.filter((match) => match[field]).length, comments.expectedCount) : null;
};

export const METRICS: readonly MetricDefinition[] = [
	{key: 'bodyF1', label: 'body F1 (readability)', better: 'higher', kind: 'rate', page: (r) => (r.score.body ? perPage(r.score.body.f1) : null)},
	{key: 'bodyPrecision', label: 'body precision', better: 'higher', kind: 'rate', page: (r) => (r.score.body ? perPage(r.score.body.precision) : null)},
	{key: 'bodyRecall', label: 'body recall', better: 'higher', kind: 'rate', page: (r) => (r.score.body ? perPage(r.score.body.recall) : null)},
	{key: 'titleMatch', label: 'title match (site name aside)', better: 'higher', kind: 'rate', page: metadataField('title')},
	{key: 'bylineMatch', label: 'byline match', better: 'higher', kind: 'rate', page: metadataField('byline')},
	{key: 'publishedMatch', label: 'published time match', better: 'higher', kind: 'rate', page: metadataField('publishedTime')},
	{key: 'langMatch', label: 'lang match', better: 'higher', kind: 'rate', page: metadataField('lang')},
	{key: 'withHit', label: 'body `with` hit', better: 'higher', kind: 'rate', page: (r) => (r.score.with ? ratio(r.score.with.found.length, r.score.with.total) : null)},
	{key: 'withoutLeak', label: 'body `without` leak', better: 'lower', kind: 'rate', page: (r) => (r.score.without ? ratio(r.score.without.found.length, r.score.without.total) : null)},
	{key: 'commentCountRecall', label: 'comment count recall', better: 'higher', kind: 'rate', page: (r) => (r.score.comments?.countRecall != null ? perPage(r.score.comments.countRecall) : null)},
	{key: 'extraComments', label: 'extra comments', better: 'lower', kind: 'count', page: (r) => (r.score.comments ? perPage(r.score.comments.extra) : null)},
	{key: 'commentAuthor', label: 'comment author', better: 'higher', kind: 'rate', page: countMatches('author')},
	{key: 'commentText', label: 'comment text', better: 'higher', kind: 'rate', page: countMatches('text')},
	{key: 'parentLinks', label: 'parent links', better: 'higher', kind: 'rate', page: countMatches('parent')},
	{key: 'declaredCount', label: 'declared count', better: 'higher', kind: 'rate', page: (r) => flag(r.score.declaredCount?.match)},
	{key: 'commentSnippetRecall', label: 'comment snippet recall', better: 'higher', kind: 'rate', page: (r) => (r.score.commentSnippets ? ratio(r.score.commentSnippets.found.length, r.score.commentSnippets.total) : null)},
	{key: 'bodySnippetsInComments', label: 'body snippets in comments', better: 'lower', kind: 'rate', page: (r) => (r.score.bodyInComments ? ratio(r.score.bodyInComments.found.length, r.score.bodyInComments.total) : null)},
	{key: 'commentSnippetsInBody', label: 'comment snippets in body', better: 'lower', kind: 'rate', page: (r) => (r.score.commentsInBody ? ratio(r.score.commentsInBody.found.length, r.score.commentsInBody.total) : null)},
	{key: 'spuriousCommentPages', label: 'no-comment pages with comments', better: 'lower', kind: 'count', page: (r) => (r.score.spuriousComments === undefined ? null : perPage(r.score.spuriousComments > 0 ? 1 : 0))},
	{key: 'spuriousComments', label: 'comments on no-comment pages', better: 'lower', kind: 'count', page: (r) => (r.score.spuriousComments === undefined ? null : perPage(r.score.spuriousComments))},
	{key: 'failures', label: 'failed pages', better: 'lower', kind: 'count', page: (r) => perPage(r.ok ? 0 : 1)},
	{key: 'msPerPage', label: 'ms/page', better: 'lower', kind: 'ms', page: (r) => perPage(r.ms)},
];

export interface MetricTotal {
	/** The aggregate, or null when no page had this metric for this system. */
	value: number | null;
	num: number;
	den: number;
	/** Pages that contributed. */
	pages: number;
}

export type Totals = Record<MetricKey, MetricTotal>;

export function metricDefinition(key: MetricKey): MetricDefinition {
	const definition = METRICS.find((metric) => metric.key === key);
	if (!definition) throw new Error(`unknown metric ${key}`);
	return definition;
}

export function computeTotals(results: readonly PageResult[], system: SystemName): Totals {
	const totals = {} as Totals;
	for (const metric of METRICS) {
		let num = 0;
		let den = 0;
		let pages = 0;
		for (const result of results) {
			const systemResult = result.systems[system];
			const contribution = systemResult ? metric.page(systemResult) : null;
			if (!contribution) continue;
			num += contribution.num;
			den += contribution.den;
			pages += 1;
		}
		const value = pages === 0 ? null : metric.kind === 'count' ? num : den === 0 ? null : num / den;
		totals[metric.key] = {value, num, den, pages};
	}
	return totals;
}

/** One page's value for a metric (its own rate, or its count), or null when not applicable. */
export function pageMetricValue(result: PageResult, system: SystemName, key: MetricKey): number | null {
	const systemResult = result.systems[system];
	const contribution = systemResult ? metricDefinition(key).page(systemResult) : null;
	if (!contribution) return null;
	return metricDefinition(key).kind === 'count' ? contribution.num : contribution.num / contribution.den;
}

export interface RankedPage {
	result: PageResult;
	value: number;
}

/** The pages that do worst on a metric, worst first; pages at the best possible value are left out. */
export function worstPages(results: readonly PageResult[], system: SystemName, key: MetricKey, limit = 10): RankedPage[] {
	const {better, kind} = metricDefinition(key);
	const perfect = better === 'higher' ? 1 : 0;
	return results
		.map((result) => ({result, value: pageMetricValue(result, system, key)}))
		.filter((ranked): ranked is RankedPage => ranked.value !== null && (kind === 'ms' || ranked.value !== perfect))
		.sort((a, b) => (better === 'higher' ? a.value - b.value : b.value - a.value))
		.slice(0, limit);
}
