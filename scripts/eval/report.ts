import type {CorpusGroup} from './corpus.js';
import type {SystemName} from './extraction.js';
import {METRICS} from './metrics.js';
import type {MetricTotal, Totals} from './metrics.js';
import type {PageResult, SystemPageResult} from './run.js';
import type {FieldMatch, MetadataScore, SnippetCheck} from './score.js';

/** Plain-text tables for the terminal: per-page rows by group, the totals block, worst pages. */

const NAME_WIDTH = 44;

export function formatRate(value: number | null | undefined): string {
	return value === null || value === undefined ? '-' : value.toFixed(3);
}

function formatMetric(total: MetricTotal | undefined, kind: 'rate' | 'count' | 'ms'): string {
	if (!total || total.value === null) return '-';
	if (kind === 'count') return String(total.value);
	if (kind === 'ms') return total.value.toFixed(1);
	return total.value.toFixed(3);
}

function pad(text: string, width: number): string {
	return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function padStart(text: string, width: number): string {
	return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

function shortName(name: string): string {
	return name.length > NAME_WIDTH - 1 ? `${name.slice(0, NAME_WIDTH - 2)}…` : name;
}

function fraction(check: SnippetCheck | undefined, count: 'found' | 'missing' = 'found'): string {
	return check ? `${check[count].length}/${check.total}` : '-';
}

function metadataFlags(metadata: MetadataScore | undefined): string {
	if (!metadata) return '-';
	const flag = (value: FieldMatch | null) => (value === null ? '·' : value.match ? '✓' : '✗');
	return [metadata.title, metadata.byline, metadata.publishedTime, metadata.lang].map(flag).join('');
}

function failureNote(results: Partial<Record<SystemName, SystemPageResult>>): string {
	return Object.entries(results)
		.flatMap(([name, result]) => [
			...(result.ok ? [] : [`${name} FAILED: ${result.error ?? ''}`]),
			...(result.note ? [`${name}: ${result.note}`] : []),
		])
		.join('; ');
}

interface Column {
	header: string;
	width: number;
	cell(result: PageResult): string;
}

const nv = (result: PageResult) => result.systems.newsvault;
const rd = (result: PageResult) => result.systems.readability;
const ms = (system: SystemPageResult | undefined) => (system ? system.ms.toFixed(1) : '-');

const GROUP_COLUMNS: Record<CorpusGroup, Column[]> = {
	readability: [
		{header: 'F1 nv', width: 6, cell: (r) => formatRate(nv(r)?.score.body?.f1)},
		{header: 'P nv', width: 6, cell: (r) => formatRate(nv(r)?.score.body?.precision)},
		{header: 'R nv', width: 6, cell: (r) => formatRate(nv(r)?.score.body?.recall)},
		{header: 'F1 rd', width: 6, cell: (r) => formatRate(rd(r)?.score.body?.f1)},
		{header: 'TBPL nv', width: 7, cell: (r) => metadataFlags(nv(r)?.score.metadata)},
		{header: 'TBPL rd', width: 7, cell: (r) => metadataFlags(rd(r)?.score.metadata)},
	],
	news: [
		{header: 'with nv', width: 7, cell: (r) => fraction(nv(r)?.score.with)},
		{header: 'w/o nv', width: 6, cell: (r) => fraction(nv(r)?.score.without)},
		{header: 'with rd', width: 7, cell: (r) => fraction(rd(r)?.score.with)},
		{header: 'w/o rd', width: 6, cell: (r) => fraction(rd(r)?.score.without)},
		{header: 'cmts nv', width: 7, cell: (r) => String(nv(r)?.score.spuriousComments ?? '-')},
		{header: 'TBPL nv', width: 7, cell: (r) => metadataFlags(nv(r)?.score.metadata)},
	],
	comments: [
		{header: 'got/exp', width: 7, cell: (r) => commentCount(nv(r))},
		{header: 'author', width: 6, cell: (r) => commentMatches(nv(r), 'author')},
		{header: 'text', width: 6, cell: (r) => commentMatches(nv(r), 'text')},
		{header: 'parent', width: 6, cell: (r) => commentMatches(nv(r), 'parent')},
		{header: 'declared', width: 9, cell: (r) => declared(nv(r))},
	],
	snippets: [
		{header: 'with nv', width: 7, cell: (r) => fraction(nv(r)?.score.with)},
		{header: 'w/o nv', width: 6, cell: (r) => fraction(nv(r)?.score.without)},
		{header: 'with rd', width: 7, cell: (r) => fraction(rd(r)?.score.with)},
		{header: 'w/o rd', width: 6, cell: (r) => fraction(rd(r)?.score.without)},
		{header: 'c-snip', width: 6, cell: (r) => fraction(nv(r)?.score.commentSnippets)},
		{header: 'b→c', width: 4, cell: (r) => fraction(nv(r)?.score.bodyInComments)},
		{header: 'c→b', width: 4, cell: (r) => fraction(nv(r)?.score.commentsInBody)},
		{header: 'cmts', width: 4, cell: (r) => String(nv(r)?.score.extractedComments ?? '-')},
	],
};

const GROUP_LEGENDS: Record<CorpusGroup, string> = {
	readability: 'F1/P/R: body tokens vs expected.html; TBPL: title, byline, published, lang (✓ match, ✗ miss, · unlabelled)',
	news: 'with: snippets found; w/o: boilerplate snippets leaked; cmts: comments extracted (must be 0)',
	comments: 'got/exp: comments extracted/labelled; author/text/parent: matches by order; declared: got/expected count',
	snippets: 'c-snip: comment snippets found in comment authors and texts; b→c: body snippets leaked into comments; c→b: comment snippets in body',
};

function commentCount(result: SystemPageResult | undefined): string {
	const comments = result?.score.comments;
	if (comments) return `${comments.extractedCount}/${comments.expectedCount}`;
	return result?.score.spuriousComments === undefined ? '-' : `${result.score.spuriousComments}/0`;
}

function commentMatches(result: SystemPageResult | undefined, field: 'author' | 'text' | 'parent'): string {
	const comments = result?.score.comments;
	return comments ? `${comments.matches.filter((match) => match[field]).length}/${comments.expectedCount}` : '-';
}

function declared(result: SystemPageResult | undefined): string {
	const count = result?.score.declaredCount;
	return count ? `${count.extracted ?? 'null'}/${count.expected ?? 'null'}` : '-';
}

export function formatPageTables(results: readonly PageResult[]): string {
	const lines: string[] = [];
	for (const group of Object.keys(GROUP_COLUMNS) as CorpusGroup[]) {
		const rows = results.filter((result) => result.group === group);
		if (rows.length === 0) continue;
		const columns = GROUP_COLUMNS[group];
		lines.push(`== ${group} (${rows.length} pages): ${GROUP_LEGENDS[group]}`);
		lines.push(
			[pad('page', NAME_WIDTH), ...columns.map((column) => padStart(column.header, column.width)), padStart('ms nv', 7), padStart('ms rd', 7), ' note'].join(' '),
		);
		for (const row of rows) {
			const cells = [
				pad(shortName(row.name), NAME_WIDTH),
				...columns.map((column) => padStart(column.cell(row), column.width)),
				padStart(ms(nv(row)), 7),
				padStart(ms(rd(row)), 7),
			];
			const note = failureNote(row.systems);
			lines.push(`${cells.join(' ')}${note ? `  ${note}` : ''}`);
		}
		lines.push('');
	}
	return lines.join('\n');
}

const LABEL_WIDTH = 32;
const VALUE_WIDTH = 13;

/** The totals block: one line per metric, newsvault beside Readability, with newsvault's counts. */
export function formatTotals(totals: Partial<Record<SystemName, Totals>>): string {
	const systems = (['newsvault', 'readability'] as const).filter((name) => totals[name] !== undefined);
	const lines = [[' '.repeat(LABEL_WIDTH), ...systems.map((name) => padStart(name, VALUE_WIDTH)), '   newsvault counts'].join('')];
	for (const metric of METRICS) {
		const values = systems.map((name) => formatMetric(totals[name]?.[metric.key], metric.kind));
		if (values.every((value) => value === '-')) continue;
		const counts = formatCounts(totals.newsvault?.[metric.key], metric.kind);
		lines.push([pad(metric.label, LABEL_WIDTH), ...values.map((value) => padStart(value, VALUE_WIDTH)), counts ? `   ${counts}` : ''].join(''));
	}
	return lines.join('\n');
}

/** What a total was made of: `178/210 (71 pages)` for snippet rates, `mean of 130 pages` for per-page means. */
function formatCounts(total: MetricTotal | undefined, kind: 'rate' | 'count' | 'ms'): string {
	if (!total || total.value === null) return '';
	if (kind !== 'rate') return `${total.pages} pages`;
	if (!Number.isInteger(total.num)) return `mean of ${total.pages} pages`;
	return total.den === total.pages ? `${total.num}/${total.den} pages` : `${total.num}/${total.den} (${total.pages} pages)`;
}
