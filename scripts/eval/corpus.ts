import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {z} from 'zod';
import {htmlToText} from './text.js';

/**
 * The quality corpus (`../shared/corpus`, layout in its README.md), read in place and turned
 * into one flat record per page: the raw bytes plus whichever expectations that page has.
 * Scoring then applies each check where its expectation exists, whatever folder it came from.
 */

export const CORPUS_GROUPS = ['readability', 'news', 'comments', 'snippets'] as const;
export type CorpusGroup = (typeof CORPUS_GROUPS)[number];

/** The corpus beside the repository: `<repo>/../shared/corpus`. */
export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** Readability's own test suite uses this URL for every page; its expected output assumes it. */
export const READABILITY_FAKE_URL = 'http://fakehost/test/page.html';

const GROUP_FOLDERS: Record<CorpusGroup, string> = {
	readability: 'articles/readability',
	news: 'articles/news',
	comments: 'comments/pages',
	snippets: 'comments/snippets',
};

/** Pages that must give zero comments although they sit among comment pages. */
const NO_COMMENT_PAGES = new Set(['lifehacker-stop-buying-crap-no-comments']);

/**
 * Corpus errata: news pages that the README counts as comment-free but whose static HTML
 * holds real reader comments, so a correct extractor finds them. zdnet-de-facebook-maas has
 * two WordPress comments (li#li-comment-572575 …, by "Hugo" and "Antiappler"; the page says
 * "2 Kommentare"); threatpost-android-ransomware has one (div.c-comment#comment-692139 by
 * "Mm": "Any md5 or sha256 or virustutal link for that?"). They are not scored for comments
 * until the corpus labels them.
 */
const NEWS_PAGES_WITH_COMMENTS = new Set(['zdnet-de-facebook-maas', 'threatpost-android-ransomware']);

export interface ExpectedMetadata {
	title: string | null;
	byline: string | null;
	publishedTime: string | null;
	lang: string | null;
}

export interface ExpectedComment {
	author: string | null;
	textStartsWith: string;
	parentIndex: number | null;
	/** The comment opens with a quote that `textStartsWith` leaves out: containing it is enough. */
	skipsLeadingQuote: boolean;
}

/** What a page is checked against; a missing field means the page has no such label. */
export interface Expectations {
	/** Readability pages: the normalised text of `expected.html`. */
	bodyText?: string;
	metadata?: ExpectedMetadata;
	/** Snippets that must appear in the body text. */
	with?: string[];
	/** Boilerplate snippets that must not appear in the body text. */
	without?: string[];
	/** Every comment in the static HTML, in document order. */
	comments?: ExpectedComment[];
	/** The page must give no comments at all. */
	zeroComments: boolean;
	/** The count the page states; `undefined` when not labelled. */
	declaredCount?: number | null;
	/** Snippets that must appear in the extracted comment text. */
	commentSnippets?: string[];
}

export interface CorpusPage {
	group: CorpusGroup;
	name: string;
	/** `<group>/<name>`, what filters and reports use. */
	id: string;
	dir: string;
	url: string;
	bytes: Uint8Array;
	expected: Expectations;
}

const ReadabilityMetadataSchema = z.object({
	title: z.string().nullish(),
	byline: z.string().nullish(),
	publishedTime: z.string().nullish(),
	lang: z.string().nullish(),
});

/**
 * A snippet list with the blank entries dropped: an empty string is found in every text, so it
 * would count as a free hit (trafilatura's evaldata has three, on amazedmag.de.meinleben).
 */
const snippets = z.array(z.string()).transform((list) => list.filter((snippet) => snippet.trim() !== ''));

const SnippetLabelsSchema = z.object({
	url: z.string(),
	with: snippets.optional(),
	without: snippets.optional(),
});

const NewsExpectedSchema = SnippetLabelsSchema.extend({
	title: z.string().optional(),
	author: z.string().optional(),
	published: z.string().optional(),
	lang: z.string().optional(),
	declaredCount: z.number().int().nullable().optional(),
});

const CommentsExpectedSchema = z.object({
	url: z.string(),
	declaredCount: z.number().int().nullable(),
	comments: z.array(
		z.object({
			author: z.string().nullable(),
			textStartsWith: z.string(),
			parentIndex: z.number().int().nullable(),
			skipsLeadingQuote: z.boolean().optional(),
		}),
	),
});

const SnippetsExpectedSchema = SnippetLabelsSchema.extend({
	comments: snippets,
	with: snippets,
	without: snippets,
});

export interface CorpusFilter {
	groups?: readonly CorpusGroup[];
	/** Keep pages whose id contains this (case-insensitive). */
	pageContains?: string;
}

/** Read every page of the corpus (or the filtered part), in group order then by name. */
export function loadCorpus(corpusDir: string = DEFAULT_CORPUS_DIR, filter: CorpusFilter = {}): CorpusPage[] {
	const groups = filter.groups ?? CORPUS_GROUPS;
	const needle = filter.pageContains?.toLowerCase();
	const pages: CorpusPage[] = [];
	for (const group of CORPUS_GROUPS) {
		if (!groups.includes(group)) continue;
		const groupDir = path.join(corpusDir, GROUP_FOLDERS[group]);
		const names = readdirSync(groupDir, {withFileTypes: true})
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name)
			.sort();
		for (const name of names) {
			if (needle && !`${group}/${name}`.toLowerCase().includes(needle)) continue;
			pages.push(loadPage(group, name, path.join(groupDir, name)));
		}
	}
	return pages;
}

function loadPage(group: CorpusGroup, name: string, dir: string): CorpusPage {
	const bytes = new Uint8Array(readFileSync(path.join(dir, 'source.html')));
	const base = {group, name, id: `${group}/${name}`, dir, bytes};
	switch (group) {
		case 'readability':
			return {...base, url: READABILITY_FAKE_URL, expected: readabilityExpectations(dir)};
		case 'news': {
			const labels = readJson(dir, 'expected.json', NewsExpectedSchema);
			const hasMetadata = labels.title !== undefined || labels.author !== undefined;
			return {
				...base,
				url: labels.url,
				expected: {
					with: labels.with,
					without: labels.without,
					zeroComments: !NEWS_PAGES_WITH_COMMENTS.has(name),
					declaredCount: labels.declaredCount,
					...(hasMetadata && {
						metadata: {
							title: labels.title ?? null,
							byline: labels.author ?? null,
							publishedTime: labels.published ?? null,
							lang: labels.lang ?? null,
						},
					}),
				},
			};
		}
		case 'comments': {
			const labels = readJson(dir, 'expected.json', CommentsExpectedSchema);
			return {
				...base,
				url: labels.url,
				expected: {
					comments: labels.comments.map((comment) => ({
						author: comment.author,
						textStartsWith: comment.textStartsWith,
						parentIndex: comment.parentIndex,
						skipsLeadingQuote: comment.skipsLeadingQuote ?? false,
					})),
					zeroComments: NO_COMMENT_PAGES.has(name),
					declaredCount: labels.declaredCount,
				},
			};
		}
		case 'snippets': {
			const labels = readJson(dir, 'expected.json', SnippetsExpectedSchema);
			return {
				...base,
				url: labels.url,
				expected: {with: labels.with, without: labels.without, commentSnippets: labels.comments, zeroComments: false},
			};
		}
	}
}

function readabilityExpectations(dir: string): Expectations {
	const metadata = readJson(dir, 'expected-metadata.json', ReadabilityMetadataSchema);
	return {
		bodyText: htmlToText(readFileSync(path.join(dir, 'expected.html'), 'utf8')),
		metadata: {
			title: metadata.title ?? null,
			byline: metadata.byline ?? null,
			publishedTime: metadata.publishedTime ?? null,
			lang: metadata.lang ?? null,
		},
		zeroComments: false,
	};
}

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>): T {
	const where = path.join(dir, file);
	const parsed = schema.safeParse(JSON.parse(readFileSync(where, 'utf8')));
	if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
	return parsed.data;
}
