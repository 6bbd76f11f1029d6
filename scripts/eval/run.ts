import {performance} from 'node:perf_hooks';
import type {CorpusGroup, CorpusPage} from './corpus.js';
import type {Extraction, ExtractionSystem, SystemName} from './extraction.js';
import {corpusPageToPage} from './page.js';
import {scorePage} from './score.js';
import type {PageScore} from './score.js';

/** One system on one page. A failed page is scored as an empty extraction, so it costs what it should. */
export interface SystemPageResult {
	ok: boolean;
	/** Why extraction failed (thrown error or `{ok: false}` reason). */
	error?: string;
	note?: string;
	/** Wall time of the extraction call alone (file reading and decoding excluded). */
	ms: number;
	score: PageScore;
	/** Kept only when asked for (`--show`), to print extracted against expected. */
	extraction?: Extraction;
}

export interface PageResult {
	id: string;
	group: CorpusGroup;
	name: string;
	url: string;
	systems: Partial<Record<SystemName, SystemPageResult>>;
}

export interface EvaluateOptions {
	/** Keep every extraction in the results (memory: roughly the corpus text again). */
	keepExtractions?: boolean;
	/** Called after each page, for progress output. */
	onPage?: (result: PageResult, index: number, total: number) => void;
}

/** Run every system on every page and score each extraction. Never throws for one bad page. */
export function evaluate(
	corpus: readonly CorpusPage[],
	systems: readonly ExtractionSystem[],
	options: EvaluateOptions = {},
): PageResult[] {
	return corpus.map((corpusPage, index) => {
		const page = corpusPageToPage(corpusPage);
		const result: PageResult = {id: corpusPage.id, group: corpusPage.group, name: corpusPage.name, url: corpusPage.url, systems: {}};
		for (const system of systems) {
			const started = performance.now();
			let toExtraction: () => Extraction;
			let error: string | undefined;
			try {
				toExtraction = system.run(page);
			} catch (caught) {
				error = caught instanceof Error ? caught.message.split('\n')[0] : String(caught);
				toExtraction = () => emptyExtraction(system);
			}
			const ms = performance.now() - started;
			const extraction = toExtraction();
			result.systems[system.name] = {
				ok: error === undefined,
				...(error !== undefined && {error}),
				...(extraction.note !== undefined && {note: extraction.note}),
				ms,
				score: scorePage(corpusPage.expected, extraction),
				...(options.keepExtractions && {extraction}),
			};
		}
		options.onPage?.(result, index, corpus.length);
		return result;
	});
}

function emptyExtraction(system: ExtractionSystem): Extraction {
	return {
		bodyText: '',
		title: null,
		byline: null,
		authors: [],
		publishedTime: null,
		lang: null,
		comments: system.extractsComments ? [] : null,
		...(system.extractsComments && {declaredCount: null}),
	};
}
