import {existsSync, readFileSync} from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import {commentsEndpoint, extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {pageFromFile} from '../helpers/page-from-html.js';
import {SHARED_DIR} from './fixture-pages.js';

/** The real PhoneArena page of the corpus (an excerpt of a June 2026 capture), read in place. */
const DIR = `${SHARED_DIR}/corpus/articles/news/phonearena-razr-ultra-2025-deal`;

interface Expected {
	url: string;
	title: string;
	subtitle: string;
	author: string;
	authorUrl: string;
	published: string;
	modified: string;
	tags: string[];
	image: string;
	lang: string;
	declaredCount: number;
	commentsEndpoint: string;
	with: string[];
	without: string[];
}

describe.skipIf(!existsSync(DIR))('the real PhoneArena page (corpus)', () => {
	let expected: Expected;
	let snapshot: Snapshot;
	let bodyText: string;
	beforeAll(() => {
		expected = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Expected;
		const result = extract(pageFromFile(`${DIR}/source.html`, expected.url));
		if (!result.ok) throw new Error(result.message);
		snapshot = result.snapshot;
		bodyText = snapshot.article.body.map((block) => block.text).join(' ');
	});

	it('is read by the PhoneArena profile', () => {
		expect(snapshot.extractor.profile).toBe('phonearena');
		expect(snapshot.extractor.stages?.article).toBe('profile');
	});
	it('has the title', () => expect(snapshot.article.title).toBe(expected.title));
	it('has the subtitle', () => expect(snapshot.article.subtitle).toBe(expected.subtitle));
	it('has the author and the author page', () => expect(snapshot.article.authors).toEqual([{name: expected.author, url: expected.authorUrl}]));
	it('has the published time', () => expect(snapshot.article.publishedAt).toBe(expected.published));
	it('has the modified time', () => expect(snapshot.article.modifiedAt).toBe(expected.modified));
	it('has the tags', () => expect(snapshot.article.tags).toEqual(expected.tags));
	it('has the main image', () => expect(snapshot.article.image).toBe(expected.image));
	it('has the language', () => expect(snapshot.article.language).toBe(expected.lang));
	it('has the canonical URL', () => expect(snapshot.source.canonicalUrl).toBe(expected.url));

	it('keeps every `with` snippet in the body', () => {
		for (const snippet of expected.with) expect(bodyText).toContain(snippet);
	});
	it('leaves every `without` snippet out of the body', () => {
		for (const snippet of expected.without) expect(bodyText).not.toContain(snippet);
	});
	it('leaves the offer widget and the hero caption out of the body', () => {
		expect(bodyText).not.toContain('Save up to $765 with a trade-in');
		expect(bodyText).not.toContain('Image by PhoneArena');
		expect(bodyText).not.toContain('View now at Motorola');
	});
	it('splits the <br><br>-separated text into paragraphs', () => {
		expect(snapshot.article.body.filter((block) => block.type === 'paragraph').length).toBeGreaterThanOrEqual(8);
		expect(snapshot.article.body[0]?.text.startsWith('The Razr Ultra (2025) may not be Motorola’s latest clamshell flagship')).toBe(true);
	});

	it('declares 0 comments and holds none (they load by script)', () => {
		expect(snapshot.comments.declaredCount).toBe(expected.declaredCount);
		expect(snapshot.comments.items).toEqual([]);
		expect(snapshot.comments.complete).toBe(true);
		expect(snapshot.comments.notices).toEqual([]);
	});
	it('does not take the "Latest Discussions" forum tiles for comments', () => {
		expect(snapshot.comments.items.map((item) => item.author.name)).not.toContain('Tinamichelle');
	});
	it('names the comments endpoint, in a warning and for the fetch stage', () => {
		expect(commentsEndpoint(pageFromFile(`${DIR}/source.html`, expected.url))).toBe(expected.commentsEndpoint);
		expect(snapshot.extractor.warnings.join('\n')).toContain(expected.commentsEndpoint);
	});
});
