import {beforeAll, describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {PHONEARENA_THREAD, fixturePage} from './fixture-pages.js';

const PARAGRAPH_STARTS = [
	'The relationship between the US Government and Chinese tech giant Huawei is far from warm.',
	'In the latest episode of this ongoing drama,',
	'Not all of Futurewei’s products are subject to export licensing,',
	'The decision has been contested by Futurewei,',
	'It seems that soon Huawei might be unable to tap America’s brainpower',
];

/** The story's header picture, between its subtitle and its text: the generic rules keep it, the profile's body selector starts below it. */
const HEADER_PICTURE = 'https://i-cdn.phonearena.com/images/articles/112858-940/Huawei-Futurewei.jpg';

/** Page furniture of the fixture: none of it is article. */
const BOILERPLATE = [
	'FEATURED VIDEO',
	'Latest Stories',
	'Samsung Galaxy S10+ leak shows ceramic back',
	'Compare Phones',
	'Phone Finder',
	'Sign in',
	'PhoneArena © 2019',
	'Privacy Policy',
	'Share on Facebook',
	'Advertisement',
	'Login to post a comment',
	'21 Comments',
	'Some comments have been hidden',
	'You are here',
	'Image by PhoneArena',
	'pa-internal-tracking-note',
];

for (const [label, profiles] of [
	['with the PhoneArena profile', undefined],
	['with generic rules only', []],
] as const) {
	describe(`the PhoneArena fixture article, ${label}`, () => {
		let snapshot: Snapshot;
		let bodyText: string;
		beforeAll(() => {
			const result = extract(fixturePage(PHONEARENA_THREAD.file, PHONEARENA_THREAD.url), {profiles});
			if (!result.ok) throw new Error(result.message);
			snapshot = result.snapshot;
			bodyText = snapshot.article.body.map((block) => block.text).join('\n');
		});

		it('has the title, byline and dates', () => {
			expect(snapshot.article.title).toBe('US-based Huawei research blocked from reaching China over security concerns');
			expect(snapshot.article.authors).toEqual([{name: 'Daniel Petrov', url: 'https://www.phonearena.com/team/daniel.p'}]);
			expect(snapshot.article.publishedAt).toBe('2019-01-17T08:12:00-06:00');
			expect(snapshot.article.modifiedAt).toBe('2019-01-17T10:40:00-06:00');
			expect(snapshot.article.language).toBe('en');
			expect(snapshot.source.canonicalUrl).toBe(PHONEARENA_THREAD.url);
		});

		it('has exactly the five article paragraphs, in order', () => {
			const paragraphs = snapshot.article.body.filter((block) => block.type === 'paragraph');
			expect(paragraphs).toHaveLength(5);
			paragraphs.forEach((paragraph, index) => expect(paragraph.text.startsWith(PARAGRAPH_STARTS[index] ?? '')).toBe(true));
			// Besides them, at most the story's own header picture, set between the subtitle and the text.
			expect(snapshot.article.body.filter((block) => block.type !== 'paragraph').map((block) => block.src)).toEqual(profiles === undefined ? [] : [HEADER_PICTURE]);
		});

		it('keeps the inline link of the second paragraph, absolute', () => {
			expect(snapshot.article.body.filter((block) => block.type === 'paragraph')[1]?.links).toEqual([{href: 'https://www.wsj.com/articles/u-s-blocks-exports-to-huaweis-california-research-unit-11547764200', text: 'WallStreetJournal'}]);
		});

		it.each(BOILERPLATE)('leaves "%s" out of the body', (snippet) => {
			expect(bodyText).not.toContain(snippet);
		});

		it('holds no comment text in the body', () => {
			expect(snapshot.comments.items.length).toBeGreaterThan(0);
			for (const comment of snapshot.comments.items) expect(bodyText).not.toContain(comment.text.slice(0, 40));
		});

		it('holds no body text in any comment', () => {
			for (const comment of snapshot.comments.items) {
				for (const start of PARAGRAPH_STARTS) expect(comment.text).not.toContain(start);
			}
		});
	});
}

describe('the PhoneArena fixture article metadata with the profile', () => {
	it('has the subtitle, tags, section, image and a word count', () => {
		const result = extract(fixturePage(PHONEARENA_THREAD.file, PHONEARENA_THREAD.url));
		if (!result.ok) throw new Error(result.message);
		const {article} = result.snapshot;
		expect(article.subtitle).toBe("Futurewei, Huawei's Silicon Valley research arm, can no longer ship some of its technology back to China");
		expect(article.tags).toEqual(['Huawei', 'Android']);
		expect(article.section).toBe('News');
		expect(article.image).toBe('https://i-cdn.phonearena.com/images/articles/112858-image/Huawei-Futurewei.jpg');
		expect(article.wordCount).toBeGreaterThan(250);
		expect(article.wordCount).toBeLessThan(320);
	});
});
