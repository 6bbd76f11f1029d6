import type {SystemName} from './extraction.js';
import {metricDefinition, worstPages} from './metrics.js';
import type {MetricKey} from './metrics.js';
import type {SystemPageResult} from './run.js';
import type {CommentsScore, FieldMatch} from './score.js';

/** The worst pages per metric, each with the evidence that explains its score. */

/** The metrics the worst-page lists are printed for (the rest are counts with their own rows). */
export const WORST_PAGE_METRICS: readonly MetricKey[] = [
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
	'commentAuthor',
	'commentText',
	'parentLinks',
	'declaredCount',
	'commentSnippetRecall',
	'bodySnippetsInComments',
	'commentSnippetsInBody',
	'spuriousComments',
	'msPerPage',
];

const SNIPPET_PREVIEW = 50;

export function formatWorstPages(results: Parameters<typeof worstPages>[0], system: SystemName, limit = 10): string {
	const lines: string[] = [];
	for (const key of WORST_PAGE_METRICS) {
		const worst = worstPages(results, system, key, limit);
		if (worst.length === 0) continue;
		const {label, kind} = metricDefinition(key);
		lines.push(`-- worst ${system} pages: ${label}`);
		for (const {result, value} of worst) {
			const shown = kind === 'rate' ? value.toFixed(3) : kind === 'ms' ? value.toFixed(1) : String(value);
			const systemResult = result.systems[system];
			const detail = systemResult ? evidence(key, systemResult) : '';
			lines.push(`   ${shown.padStart(7)}  ${result.id}${detail ? `  ${detail}` : ''}`);
		}
	}
	return lines.join('\n');
}

function evidence(key: MetricKey, result: SystemPageResult): string {
	const {score} = result;
	const failure = result.ok ? '' : `FAILED ${result.error ?? ''} `;
	switch (key) {
		case 'bodyF1':
		case 'bodyPrecision':
		case 'bodyRecall':
			return score.body ? `${failure}P ${score.body.precision.toFixed(2)} R ${score.body.recall.toFixed(2)}` : failure;
		case 'titleMatch':
			return failure + fieldEvidence(score.metadata?.title);
		case 'bylineMatch':
			return failure + fieldEvidence(score.metadata?.byline);
		case 'publishedMatch':
			return failure + fieldEvidence(score.metadata?.publishedTime);
		case 'langMatch':
			return failure + fieldEvidence(score.metadata?.lang);
		case 'withHit':
			return `${failure}missing ${snippetList(score.with?.missing)}`;
		case 'withoutLeak':
			return `${failure}leaked ${snippetList(score.without?.found)}`;
		case 'commentCountRecall':
		case 'commentAuthor':
		case 'commentText':
		case 'parentLinks':
			return failure + commentEvidence(key, score.comments);
		case 'declaredCount':
			return `${failure}got ${score.declaredCount?.extracted ?? 'null'}, want ${score.declaredCount?.expected ?? 'null'}`;
		case 'commentSnippetRecall':
			return `${failure}${score.extractedComments ?? 0} comments; missing ${snippetList(score.commentSnippets?.missing)}`;
		case 'bodySnippetsInComments':
			return `${failure}leaked ${snippetList(score.bodyInComments?.found)}`;
		case 'commentSnippetsInBody':
			return `${failure}in body ${snippetList(score.commentsInBody?.found)}`;
		default:
			return failure.trim();
	}
}

function fieldEvidence(field: FieldMatch | null | undefined): string {
	return field ? `got ${JSON.stringify(field.extracted)}, want ${JSON.stringify(field.expected)}` : '';
}

function snippetList(snippets: readonly string[] | undefined): string {
	return (snippets ?? []).map((snippet) => JSON.stringify(snippet.length > SNIPPET_PREVIEW ? `${snippet.slice(0, SNIPPET_PREVIEW)}…` : snippet)).join(' | ');
}

/** The count, then the first comment that fails the metric, since pairing is by order and one slip shifts the rest. */
function commentEvidence(key: 'commentCountRecall' | 'commentAuthor' | 'commentText' | 'parentLinks', comments: CommentsScore | undefined): string {
	if (!comments) return '';
	const count = `got ${comments.extractedCount}/${comments.expectedCount}`;
	if (key === 'commentCountRecall') return count;
	const field = key === 'commentAuthor' ? 'author' : key === 'commentText' ? 'text' : 'parent';
	const miss = comments.matches.find((match) => !match[field]);
	if (!miss) return count;
	const got = miss.extracted;
	const want = miss.expected;
	if (!got) return `${count}; first miss #${miss.index}: no comment extracted at this position`;
	const shown =
		field === 'author'
			? `${JSON.stringify(got.author)} want ${JSON.stringify(want.author)}`
			: field === 'text'
				? `${JSON.stringify(got.text.slice(0, 40))} want ${JSON.stringify(want.textStartsWith)}`
				: `${miss.extractedParentIndex ?? 'top'} want ${want.parentIndex ?? 'top'}`;
	return `${count}; first miss #${miss.index}: ${shown}`;
}
