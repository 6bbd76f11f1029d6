import type {ExpectedComment, ExpectedMetadata, Expectations} from './corpus.js';
import type {ExtractedComment, Extraction} from './extraction.js';
import {matchesPublishedTime} from './published-time.js';
import {normaliseText, tokenize} from './text.js';

/**
 * Scoring of one extraction against one page's labels, exactly as the corpus README
 * defines it. Pure: the same inputs always give the same scores.
 */

export interface Prf {
	precision: number;
	recall: number;
	f1: number;
}

/** Token-level precision/recall/F1, tokens compared as multisets (the Scrapinghub benchmark's measure). */
export function tokenPrf(extractedText: string, expectedText: string): Prf {
	const extracted = tokenize(extractedText);
	const expected = tokenize(expectedText);
	if (extracted.length === 0 || expected.length === 0) {
		const same = extracted.length === expected.length;
		return {precision: same ? 1 : 0, recall: same ? 1 : 0, f1: same ? 1 : 0};
	}
	const remaining = new Map<string, number>();
	for (const token of expected) remaining.set(token, (remaining.get(token) ?? 0) + 1);
	let overlap = 0;
	for (const token of extracted) {
		const left = remaining.get(token) ?? 0;
		if (left > 0) {
			overlap += 1;
			remaining.set(token, left - 1);
		}
	}
	const precision = overlap / extracted.length;
	const recall = overlap / expected.length;
	const f1 = overlap === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return {precision, recall, f1};
}

export interface SnippetCheck {
	total: number;
	found: string[];
	missing: string[];
}

/** Which snippets occur in the text, both sides normalised. */
export function findSnippets(text: string, snippets: readonly string[]): SnippetCheck {
	const haystack = normaliseText(text);
	const found: string[] = [];
	const missing: string[] = [];
	for (const snippet of snippets) (haystack.includes(normaliseText(snippet)) ? found : missing).push(snippet);
	return {total: snippets.length, found, missing};
}

export interface FieldMatch {
	match: boolean;
	extracted: string | null;
	expected: string;
}

/** Per labelled field: whether it matched and both values; null when the page has no label for it. */
export interface MetadataScore {
	title: FieldMatch | null;
	byline: FieldMatch | null;
	publishedTime: FieldMatch | null;
	lang: FieldMatch | null;
}

export const METADATA_FIELDS = ['title', 'byline', 'publishedTime', 'lang'] as const;

export function scoreMetadata(extraction: Extraction, expected: ExpectedMetadata): MetadataScore {
	const field = (want: string | null, got: string | null, matches: (got: string, want: string) => boolean): FieldMatch | null => {
		if (want === null || normaliseText(want) === '') return null;
		return {match: got !== null && matches(got, want), extracted: got, expected: want};
	};
	return {
		title: field(expected.title, extraction.title, matchesTitle),
		byline: field(expected.byline, extraction.byline, (_got, want) => matchesByline(extraction, want)),
		publishedTime: field(expected.publishedTime, extraction.publishedTime, matchesPublishedTime),
		lang: field(expected.lang, extraction.lang, (got, want) => primaryLanguage(got) === primaryLanguage(want)),
	};
}

/**
 * Where a page title joins the article title to the site name ("Mozilla - Wikipedia",
 * "… _科技_腾讯网", "… [LWN.net]"). Colons are left alone: they are part of many headlines.
 */
const SITE_NAME_SEPARATOR = /\s+[|\-–—·»]\s+|\s+::\s+|\s*_\s*/u;
const BRACKETED_SUFFIX = /\s*\[[^\]]*\]$/u;

/**
 * The same title, site name aside: Readability's expected titles keep the site name that
 * `<title>` carries in about a dozen pages, while newsvault gives the bare headline. Equal
 * after normalisation, or equal to the expected title with its site-name part dropped.
 */
function matchesTitle(got: string, want: string): boolean {
	const extracted = normaliseText(got);
	const expected = normaliseText(want);
	if (extracted === expected) return true;
	const parts = expected.replace(BRACKETED_SUFFIX, '').split(SITE_NAME_SEPARATOR);
	const candidates = [expected.replace(BRACKETED_SUFFIX, ''), parts[0], parts.at(-1), parts.slice(0, -1).join(' - ')];
	return candidates.some((candidate) => candidate !== undefined && normaliseText(candidate) === extracted);
}

/**
 * The same people: the author line equals the expected byline (ignoring case and a leading
 * "By"), or every extracted author name occurs in it. The second rule is needed because
 * Readability's expected bylines keep whatever surrounds the name ("By Nathan Willis
 * March 2, 2015"), and newsvault gives bare names.
 */
function matchesByline(extraction: Extraction, expectedByline: string): boolean {
	const expected = stripBy(normaliseText(expectedByline).toLowerCase());
	if (extraction.byline !== null && stripBy(normaliseText(extraction.byline).toLowerCase()) === expected) return true;
	const names = extraction.authors.map((name) => normaliseText(name).toLowerCase()).filter((name) => name !== '');
	return names.length > 0 && names.every((name) => expected.includes(name));
}

function stripBy(byline: string): string {
	return byline.replace(/^(?:by|von|par|written by)\s+/u, '');
}

/** newsvault stores a language, not a locale: `en-US` and `en` are the same answer. */
function primaryLanguage(tag: string): string {
	return tag.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
}

export interface CommentMatch {
	index: number;
	expected: ExpectedComment;
	extracted: ExtractedComment | null;
	/** The index the extracted comment's parent has in the extracted list, or null for top level. */
	extractedParentIndex: number | null;
	author: boolean;
	text: boolean;
	parent: boolean;
}

export interface CommentsScore {
	expectedCount: number;
	extractedCount: number;
	/** Extracted ÷ expected, capped at 1; null when nothing is labelled. */
	countRecall: number | null;
	/** Comments beyond the labelled ones: boilerplate that looked like a comment. */
	extra: number;
	matches: CommentMatch[];
}

/** Pair expected comment i with extracted comment i, as the README prescribes. */
export function scoreComments(extracted: readonly ExtractedComment[], expected: readonly ExpectedComment[]): CommentsScore {
	const indexById = new Map<string, number>();
	extracted.forEach((comment, index) => {
		if (!indexById.has(comment.id)) indexById.set(comment.id, index);
	});
	const matches = expected.map((want, index): CommentMatch => {
		const got = extracted[index] ?? null;
		// A parent id that is not in the list (the article, a missing comment) cannot map to any index.
		const extractedParentIndex = got?.parentId == null ? null : (indexById.get(got.parentId) ?? -1);
		return {
			index,
			expected: want,
			extracted: got,
			extractedParentIndex,
			author: got !== null && normaliseText(got.author ?? '') === normaliseText(want.author ?? ''),
			text: got !== null && matchesCommentText(got.text, want),
			parent: got !== null && extractedParentIndex === want.parentIndex,
		};
	});
	return {
		expectedCount: expected.length,
		extractedCount: extracted.length,
		countRecall: expected.length === 0 ? null : Math.min(extracted.length / expected.length, 1),
		extra: Math.max(0, extracted.length - expected.length),
		matches,
	};
}

function matchesCommentText(text: string, want: ExpectedComment): boolean {
	const haystack = normaliseText(text);
	const needle = normaliseText(want.textStartsWith);
	return want.skipsLeadingQuote ? haystack.includes(needle) : haystack.startsWith(needle);
}

/** Everything one system was scored on for one page; absent fields do not apply to the page. */
export interface PageScore {
	body?: Prf;
	metadata?: MetadataScore;
	with?: SnippetCheck;
	without?: SnippetCheck;
	comments?: CommentsScore;
	/** How many comments the system extracted (absent for article-only systems). */
	extractedComments?: number;
	/** On pages that must have none: how many comments were extracted anyway. */
	spuriousComments?: number;
	declaredCount?: {expected: number | null; extracted: number | null; match: boolean};
	/** Comment snippets found in the comments (each comment's author and text). */
	commentSnippets?: SnippetCheck;
	/** `with` body snippets found in the comment text (found = leaked). */
	bodyInComments?: SnippetCheck;
	/** Comment snippets found in the body text (found = leaked). */
	commentsInBody?: SnippetCheck;
}

export function scorePage(expected: Expectations, extraction: Extraction): PageScore {
	const score: PageScore = {};
	if (expected.bodyText !== undefined) score.body = tokenPrf(extraction.bodyText, expected.bodyText);
	if (expected.metadata) score.metadata = scoreMetadata(extraction, expected.metadata);
	if (expected.with) score.with = findSnippets(extraction.bodyText, expected.with);
	if (expected.without) score.without = findSnippets(extraction.bodyText, expected.without);
	if (expected.commentSnippets) score.commentsInBody = findSnippets(extraction.bodyText, expected.commentSnippets);
	const comments = extraction.comments;
	if (comments === null) return score;
	score.extractedComments = comments.length;
	if (expected.comments && expected.comments.length > 0) score.comments = scoreComments(comments, expected.comments);
	if (expected.zeroComments) score.spuriousComments = comments.length;
	if (expected.declaredCount !== undefined) {
		const extracted = extraction.declaredCount ?? null;
		score.declaredCount = {expected: expected.declaredCount, extracted, match: extracted === expected.declaredCount};
	}
	if (expected.commentSnippets) {
		const commentText = comments.map((comment) => comment.text).join(' ');
		// trafilatura's comment snippets are taken from the whole comment box, so some are the
		// commenter's name ("Mayakoenigin"): recall searches each comment's author and text.
		const commentBoxes = comments.map((comment) => `${comment.author ?? ''} ${comment.text}`).join(' ');
		score.commentSnippets = findSnippets(commentBoxes, expected.commentSnippets);
		score.bodyInComments = findSnippets(commentText, expected.with ?? []);
	}
	return score;
}
