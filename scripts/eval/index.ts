import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {CORPUS_GROUPS, DEFAULT_CORPUS_DIR, loadCorpus} from './corpus.js';
import type {CorpusGroup} from './corpus.js';
import type {ExtractionSystem, SystemName} from './extraction.js';
import {computeTotals} from './metrics.js';
import type {Totals} from './metrics.js';
import {newsvaultSystem} from './newsvault-system.js';
import {readabilitySystem} from './readability-baseline.js';
import {formatPageTables, formatTotals} from './report.js';
import {evaluate} from './run.js';
import type {PageResult} from './run.js';
import {formatShow} from './show.js';
import {formatWorstPages} from './worst-pages.js';

/**
 * `npm run eval`: score newsvault's extractor on the quality corpus, with Mozilla Readability
 * measured on the same pages in the same run. Exit 0 when the run completed (failing pages are
 * results, not errors), 2 on a usage error.
 */

const USAGE = `usage: npm run eval -- [options]
  --only GROUP[,GROUP]   articles (= readability) | news | comments | snippets
  --page SUBSTR          only pages whose id (group/name) contains SUBSTR
  --show PAGE            print extracted vs expected for one page (id or name substring)
  --full                 with --show: the whole body text, not a preview
  --json FILE            write every result and the totals as JSON
  --worst N              list the N worst newsvault pages per metric
  --write-known-gaps FILE  write what newsvault gets wrong on news pages (test/quality/known-gaps.json)
  --totals-only          skip the per-page tables
  --no-readability       skip the Readability baseline (faster)
  --no-profiles          newsvault without its site profiles: the generic extractor alone, as when
                         a site changes its markup and its profile falls back
  --corpus DIR           corpus folder (default ../shared/corpus beside the repo)`;

const GROUP_ALIASES: Record<string, CorpusGroup> = {articles: 'readability', readability: 'readability', news: 'news', comments: 'comments', snippets: 'snippets'};

class UsageError extends Error {}

interface CliOptions {
	groups: CorpusGroup[] | undefined;
	page: string | undefined;
	show: string | undefined;
	full: boolean;
	json: string | undefined;
	knownGaps: string | undefined;
	worst: number;
	totalsOnly: boolean;
	readability: boolean;
	profiles: boolean;
	corpus: string;
}

function parseOptions(argv: string[]): CliOptions {
	const {values} = parseArgs({
		args: argv,
		options: {
			only: {type: 'string'},
			page: {type: 'string'},
			show: {type: 'string'},
			full: {type: 'boolean', default: false},
			json: {type: 'string'},
			worst: {type: 'string'},
			'write-known-gaps': {type: 'string'},
			'totals-only': {type: 'boolean', default: false},
			'no-readability': {type: 'boolean', default: false},
			'no-profiles': {type: 'boolean', default: false},
			corpus: {type: 'string'},
			help: {type: 'boolean', short: 'h', default: false},
		},
		strict: true,
	});
	if (values.help) throw new UsageError('');
	const groups = values.only?.split(',').map((name) => {
		const group = GROUP_ALIASES[name.trim().toLowerCase()];
		if (!group) throw new UsageError(`--only "${name}": expected one of articles, ${CORPUS_GROUPS.slice(1).join(', ')}`);
		return group;
	});
	if (values['write-known-gaps'] && (values.page !== undefined || (groups && !groups.includes('news')))) {
		throw new UsageError('--write-known-gaps needs every news page: drop --page, and include news in --only');
	}
	const worst = values.worst === undefined ? 0 : Number(values.worst);
	if (!Number.isInteger(worst) || worst < 0) throw new UsageError(`--worst "${values.worst}": expected a whole number`);
	return {
		groups,
		page: values.page,
		show: values.show,
		full: values.full,
		json: values.json,
		knownGaps: values['write-known-gaps'],
		worst,
		totalsOnly: values['totals-only'],
		readability: !values['no-readability'],
		profiles: !values['no-profiles'],
		corpus: values.corpus ? path.resolve(values.corpus) : DEFAULT_CORPUS_DIR,
	};
}

function main(argv: string[]): number {
	let options: CliOptions;
	try {
		options = parseOptions(argv);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`${message ? `${message}\n` : ''}${USAGE}\n`);
		return error instanceof UsageError && message === '' ? 0 : 2;
	}
	let corpus: ReturnType<typeof loadCorpus>;
	try {
		corpus = loadCorpus(options.corpus, {groups: options.groups, pageContains: options.show ?? options.page});
	} catch (error) {
		// A missing folder or file: the corpus is elsewhere or incomplete, which one line says better than a stack.
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		process.stderr.write(`no corpus at ${options.corpus}: ${(error as NodeJS.ErrnoException).path ?? ''} is missing (pass --corpus DIR)\n`);
		return 2;
	}
	if (corpus.length === 0) {
		process.stderr.write(`no corpus page matches ${JSON.stringify(options.show ?? options.page)} in ${options.corpus}\n`);
		return 2;
	}
	const systems: ExtractionSystem[] = [newsvaultSystem(options.profiles ? {} : {profiles: []}), ...(options.readability ? [readabilitySystem()] : [])];

	if (options.show !== undefined) {
		const needle = options.show;
		const page = corpus.find((candidate) => candidate.id === needle || candidate.name === needle) ?? (corpus.length === 1 ? corpus[0] : undefined);
		if (!page) {
			process.stderr.write(`--show "${needle}" matches ${corpus.length} pages; be more specific:\n${corpus.map((candidate) => `  ${candidate.id}`).join('\n')}\n`);
			return 2;
		}
		const [result] = evaluate([page], systems, {keepExtractions: true});
		if (result) process.stdout.write(`${formatShow(page, result, options.full)}\n`);
		return 0;
	}

	const progress = process.stderr.isTTY
		? (result: PageResult, index: number, total: number) => process.stderr.write(`\r\x1b[K${index + 1}/${total} ${result.id}`)
		: undefined;
	const results = evaluate(corpus, systems, {onPage: progress});
	if (progress) process.stderr.write('\r\x1b[K');

	const totals: Partial<Record<SystemName, Totals>> = {};
	for (const system of systems) totals[system.name] = computeTotals(results, system.name);

	const out: string[] = [];
	if (!options.totalsOnly) out.push(formatPageTables(results));
	out.push(`== totals (${results.length} pages)`, formatTotals(totals), ...baselineNotes(results));
	if (options.worst > 0) out.push('', formatWorstPages(results, 'newsvault', options.worst));
	process.stdout.write(`${out.join('\n')}\n`);

	if (options.knownGaps) {
		writeFileSync(options.knownGaps, `${JSON.stringify(knownGaps(results), null, '\t')}\n`);
		process.stderr.write(`wrote ${options.knownGaps}\n`);
	}
	if (options.json) {
		const report = {generatedAt: new Date().toISOString(), corpus: options.corpus, filter: {groups: options.groups ?? null, page: options.page ?? null}, totals, pages: results};
		writeFileSync(options.json, `${JSON.stringify(report, null, '\t')}\n`);
		process.stderr.write(`wrote ${options.json}\n`);
	}
	return 0;
}

/** Per news page, what newsvault gets wrong: `with` snippets missed, `without` snippets leaked, comments it should not find. */
interface KnownGap {
	with: string[];
	without: string[];
	comments?: number;
}

function knownGaps(results: readonly PageResult[]): Record<string, KnownGap> {
	const gaps: Record<string, KnownGap> = {};
	for (const result of results) {
		const score = result.systems.newsvault?.score;
		if (result.group !== 'news' || !score) continue;
		const missing = score.with?.missing ?? [];
		const leaked = score.without?.found ?? [];
		const comments = score.spuriousComments ?? 0;
		if (missing.length + leaked.length + comments > 0) gaps[result.id] = {with: missing, without: leaked, ...(comments > 0 && {comments})};
	}
	return gaps;
}

/** How Readability fared beyond its scores: pages with no article, pages that needed the fallback DOM. */
function baselineNotes(results: readonly PageResult[]): string[] {
	const readability = results.map((result) => result.systems.readability).filter((result) => result !== undefined);
	if (readability.length === 0) return [];
	const failed = readability.filter((result) => !result.ok).length;
	const fallback = readability.filter((result) => result.note !== undefined).length;
	return [`readability: no article on ${failed} of ${readability.length} pages; ${fallback} pages failed on linkedom and ran on JSDOMParser`];
}

process.exitCode = main(process.argv.slice(2));
