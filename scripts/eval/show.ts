import type {CorpusPage} from './corpus.js';
import type {Extraction} from './extraction.js';
import type {PageResult, SystemPageResult} from './run.js';
import type {SnippetCheck} from './score.js';
import {tokenize} from './text.js';

/** `--show PAGE`: extracted against expected for one page, to see why it scores what it scores. */

/** Enough body text to recognise boilerplate at either end without flooding the terminal. */
const BODY_PREVIEW_CHARS = 1500;
/** The token differences that explain most of a low precision or recall. */
const TOKEN_DIFF_LIMIT = 40;
const COMMENT_TEXT_PREVIEW = 60;

export function formatShow(page: CorpusPage, result: PageResult, full: boolean): string {
	const lines = [`== ${page.id}  ${page.url}`];
	for (const [name, systemResult] of Object.entries(result.systems)) {
		lines.push('', `-- ${name}: ${systemResult.ok ? 'ok' : `FAILED ${systemResult.error ?? ''}`}, ${systemResult.ms.toFixed(1)} ms${systemResult.note ? ` (${systemResult.note})` : ''}`);
		if (systemResult.extraction) lines.push(...showExtraction(page, systemResult, systemResult.extraction, full));
	}
	if (page.expected.bodyText !== undefined) lines.push('', '-- expected body', preview(page.expected.bodyText, full));
	return lines.join('\n');
}

function showExtraction(page: CorpusPage, result: SystemPageResult, extraction: Extraction, full: boolean): string[] {
	const {expected} = page;
	const {score} = result;
	const lines: string[] = [];
	const field = (label: string, got: string | null, want: string | null | undefined) =>
		lines.push(`${label.padEnd(10)} ${JSON.stringify(got)}${want === undefined ? '' : `   expected ${JSON.stringify(want)}`}`);
	field('title', extraction.title, expected.metadata?.title);
	field('byline', extraction.byline, expected.metadata?.byline);
	field('published', extraction.publishedTime, expected.metadata?.publishedTime);
	field('lang', extraction.lang, expected.metadata?.lang);
	const body = score.body ? `  P ${score.body.precision.toFixed(3)} R ${score.body.recall.toFixed(3)} F1 ${score.body.f1.toFixed(3)}` : '';
	lines.push(`body: ${tokenize(extraction.bodyText).length} tokens${body}`, preview(extraction.bodyText, full));
	if (expected.bodyText !== undefined) {
		lines.push(`missing tokens (expected, not extracted): ${tokenDiff(expected.bodyText, extraction.bodyText)}`);
		lines.push(`extra tokens (extracted, not expected): ${tokenDiff(extraction.bodyText, expected.bodyText)}`);
	}
	lines.push(...snippetLines('with', score.with, true), ...snippetLines('without', score.without, false));
	if (extraction.comments) {
		lines.push(`comments: ${extraction.comments.length} extracted, declared ${extraction.declaredCount ?? 'null'}${expected.declaredCount === undefined ? '' : ` (expected ${expected.declaredCount ?? 'null'})`}`);
		lines.push(...commentLines(page, result, extraction));
	}
	lines.push(...snippetLines('comment snippets', score.commentSnippets, true));
	lines.push(...snippetLines('body snippets in comments', score.bodyInComments, false));
	lines.push(...snippetLines('comment snippets in body', score.commentsInBody, false));
	return lines;
}

function preview(text: string, full: boolean): string {
	const shown = full || text.length <= BODY_PREVIEW_CHARS ? text : `${text.slice(0, BODY_PREVIEW_CHARS / 2)} […] ${text.slice(-BODY_PREVIEW_CHARS / 2)}`;
	return `   | ${shown}`;
}

/** Tokens of `a` not matched in `b` (as multisets), most frequent first. */
function tokenDiff(a: string, b: string): string {
	const left = new Map<string, number>();
	for (const token of tokenize(b)) left.set(token, (left.get(token) ?? 0) + 1);
	const unmatched = new Map<string, number>();
	let total = 0;
	for (const token of tokenize(a)) {
		const remaining = left.get(token) ?? 0;
		if (remaining > 0) left.set(token, remaining - 1);
		else {
			unmatched.set(token, (unmatched.get(token) ?? 0) + 1);
			total += 1;
		}
	}
	const top = [...unmatched.entries()]
		.sort((x, y) => y[1] - x[1])
		.slice(0, TOKEN_DIFF_LIMIT)
		.map(([token, count]) => (count > 1 ? `${token}×${count}` : token));
	return `${total}: ${top.join(' ')}`;
}

/** `wanted`: found is good (✓); otherwise found is a leak (✗). */
function snippetLines(label: string, check: SnippetCheck | undefined, wanted: boolean): string[] {
	if (!check || check.total === 0) return [];
	const good = wanted ? check.found.length : check.missing.length;
	return [
		`${label}: ${good}/${check.total} ok`,
		...check.found.map((snippet) => `   ${wanted ? '✓' : '✗ leaked'} ${JSON.stringify(snippet)}`),
		...check.missing.map((snippet) => `   ${wanted ? '✗ missing' : '✓'} ${JSON.stringify(snippet)}`),
	];
}

function commentLines(page: CorpusPage, result: SystemPageResult, extraction: Extraction): string[] {
	const matches = result.score.comments?.matches ?? [];
	const lines = matches.map((match) => {
		const want = match.expected;
		const got = match.extracted;
		const flags = `${match.author ? 'A' : 'a'}${match.text ? 'T' : 't'}${match.parent ? 'P' : 'p'}`;
		const gotText = got ? `${JSON.stringify(got.author)} ${JSON.stringify(got.text.slice(0, COMMENT_TEXT_PREVIEW))} parent ${match.extractedParentIndex ?? '-'}` : '(none)';
		return `   ${String(match.index).padStart(3)} ${flags}  want ${JSON.stringify(want.author)} ${JSON.stringify(want.textStartsWith)} parent ${want.parentIndex ?? '-'}\n          got  ${gotText}`;
	});
	const labelled = page.expected.comments?.length ?? 0;
	const extras = extraction.comments?.slice(labelled) ?? [];
	for (const [offset, comment] of extras.entries()) {
		lines.push(`   ${String(labelled + offset).padStart(3)} extra got  ${JSON.stringify(comment.author)} ${JSON.stringify(comment.text.slice(0, COMMENT_TEXT_PREVIEW))}`);
	}
	return lines;
}
