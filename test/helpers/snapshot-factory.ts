import {createHash} from 'node:crypto';
import type {Page} from '../../src/fetch/types.js';
import {SCHEMA_VERSION, type Article, type Comment, type Comments, type ExtractorInfo, type Snapshot, type Source} from '../../src/snapshot/schema.js';

/**
 * Valid Page and Snapshot objects for tests, with only what a test cares about
 * overridden. Each part of a Snapshot is merged one level deep, so
 * `makeSnapshot({article: {title: 'X'}})` keeps a valid body, authors, etc.
 */

const DEFAULT_URL = 'https://www.phonearena.com/news/example-phone-review_id100';
const DEFAULT_TIME = '2025-05-01T12:00:00.000Z';

export type PageOverrides = Partial<Omit<Page, 'body'>> & {body?: Uint8Array | string};

/** A 200 text/html Page; `html` and `body` follow each other when only one is given. */
export function makePage(overrides: PageOverrides = {}): Page {
	const url = overrides.url ?? DEFAULT_URL;
	const html = overrides.html ?? (typeof overrides.body === 'string' ? overrides.body : '<html><body><article><p>Hello.</p></article></body></html>');
	const body = overrides.body === undefined ? new TextEncoder().encode(html) : typeof overrides.body === 'string' ? new TextEncoder().encode(overrides.body) : overrides.body;
	return {
		url,
		finalUrl: url,
		redirects: [url],
		status: 200,
		statusText: 'OK',
		headers: {'content-type': 'text/html; charset=utf-8'},
		charset: 'utf-8',
		charsetSource: 'header',
		contentType: 'text/html',
		fetchedAt: DEFAULT_TIME,
		timing: {startMs: 0, firstByteMs: 5, totalMs: 10},
		mode: 'http',
		...overrides,
		html,
		body,
	};
}

export interface SnapshotOverrides {
	source?: Partial<Source>;
	article?: Partial<Article>;
	comments?: Partial<Comments>;
	extractor?: Partial<ExtractorInfo>;
}

export function makeSnapshot(overrides: SnapshotOverrides = {}): Snapshot {
	const url = overrides.source?.url ?? DEFAULT_URL;
	const article: Article = {
		title: 'Example Phone review: a good phone',
		subtitle: null,
		authors: [{name: 'Jane Writer', url: null}],
		publishedAt: '2025-04-30T08:00:00.000Z',
		modifiedAt: null,
		section: 'Reviews',
		tags: ['phones'],
		image: null,
		language: 'en',
		wordCount: 5,
		body: [{type: 'paragraph', text: 'The phone is good. Battery lasts.', links: []}],
		...overrides.article,
	};
	return {
		schemaVersion: SCHEMA_VERSION,
		source: {
			url,
			finalUrl: url,
			canonicalUrl: url,
			host: new URL(url).host,
			fetchedAt: DEFAULT_TIME,
			status: 200,
			contentType: 'text/html',
			charset: 'utf-8',
			mode: 'http',
			sha256: createHash('sha256').update('').digest('hex'),
			...overrides.source,
		},
		article,
		comments: {declaredCount: 0, notices: [], complete: true, items: [], ...overrides.comments},
		extractor: {name: 'generic', version: '1', profile: null, warnings: [], ...overrides.extractor},
	};
}

export function makeComment(overrides: Partial<Comment> = {}): Comment {
	return {
		id: 'c1',
		number: 1,
		parentId: null,
		depth: 0,
		author: {name: 'reader', url: null, postCount: null, memberSince: null},
		postedAt: '2025-05-01T10:00:00.000Z',
		text: 'Nice phone.',
		links: [],
		score: null,
		...overrides,
	};
}
