import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';
import {SHARED_DIR} from './fixture-pages.js';

/**
 * The bundled site profiles on the real pages they were written from (corpus, read in place),
 * and drift: the same pages with the profile's markup renamed, as after a site redesign, still
 * extract through the generic rules and say so in `extractor.warnings`.
 */

const CORPUS = `${SHARED_DIR}/corpus`;

interface CorpusCase {
	dir: string;
	profile: string;
	title: string;
	bodyStartsWith: string;
	bodyLacks: string[];
	comments: number;
	declaredCount: number | null;
	firstComment?: {author: string | null; textStartsWith: string};
	/** Where the profile reads what the generic rules get wrong on this page. */
	authors?: string[];
	publishedAt?: string;
	bodyHas?: string[];
}

const CASES: CorpusCase[] = [
	{
		dir: 'comments/pages/androidcentral-motorola-new-phone-mwc',
		profile: 'androidcentral',
		title: 'Motorola is announcing a new phone at Mobile World Congress in February',
		bodyStartsWith: 'Motorola is set to launch a new phone in Barcelona',
		bodyLacks: ['Leaks suggest new fifth gen Moto G', 'Show more comments'],
		comments: 27,
		declaredCount: 27,
		firstComment: {author: null, textStartsWith: 'Leaks suggest new fifth gen Moto G.'},
	},
	{
		dir: 'comments/pages/macrumors-apple-pencil-2-rumor',
		profile: 'macrumors',
		title: 'Second-Generation Apple Pencil Rumored for March of 2017',
		bodyStartsWith: 'Apple may be planning to introduce a second-generation Apple Pencil',
		bodyLacks: ['Let me guess... thinner', 'Top Rated Comments'],
		comments: 6,
		declaredCount: 234,
		firstComment: {author: 'jyen', textStartsWith: 'Let me guess... thinner, shorter battery life'},
	},
	{
		dir: 'articles/news/theverge-att-zero-rating',
		profile: 'theverge',
		title: 'AT&T just declared war on an open internet (and us)',
		bodyStartsWith: 'Last year we won the open internet back',
		bodyLacks: ['Policy'],
		comments: 0,
		declaredCount: 203,
	},
	{
		dir: 'articles/news/arstechnica-minecraft-exploit',
		profile: 'arstechnica',
		title: 'Just-released Minecraft exploit makes it easy to crash game servers',
		bodyStartsWith: 'A flaw in the wildly popular online game Minecraft',
		bodyLacks: ['advertisement'],
		comments: 0,
		declaredCount: 75,
	},
	{
		dir: 'articles/news/heise-de-lithium-schredder',
		profile: 'heise',
		title: 'Lithium aus dem Schredder',
		bodyStartsWith: 'Die Ökobilanz von Elektroautos wird vor allem durch die Produktion der Batterien',
		bodyLacks: ['TR 7/2019', 'Highlights aus dem Heft:'],
		comments: 0,
		declaredCount: 128,
	},
	{
		dir: 'articles/news/heise-mac-und-i-1password',
		profile: 'heise',
		title: '1Password für Mac generiert Einmal-Passwörter',
		bodyStartsWith: 'AgileBits hat Version 5.3 seines bekannten Passwortmanagers',
		bodyLacks: [],
		comments: 0,
		declaredCount: null,
	},
	{
		dir: 'articles/news/cnet-2010-verizon-ipad-tv-app',
		profile: 'cnet',
		title: 'Verizon shows off iPad TV app and more',
		bodyStartsWith: 'NEW YORK--Verizon Communications is prepping a new live TV streaming app',
		bodyLacks: ['About Signal Strength'],
		comments: 0,
		declaredCount: 56,
		authors: ['Marguerite Reardon'],
		publishedAt: '2010-08-18T15:21:00-07:00',
	},
	{
		dir: 'articles/news/cnet-mobile-trends-2017',
		profile: 'cnet',
		title: 'Seven mobile trends to look for in 2017',
		bodyStartsWith: 'Get ready for a wild 2017 when it comes to the world of wireless.',
		bodyLacks: ['See full bio'],
		comments: 0,
		declaredCount: null,
		authors: ['Marguerite Reardon'],
		publishedAt: '2016-12-22T05:00:00-08:00',
	},
	{
		dir: 'articles/news/cnet-zuckerberg-acquisitions',
		profile: 'cnet',
		title: "Zuckerberg offers peek at Facebook's acquisition strategies",
		bodyStartsWith: "Anyone who has ever been involved in closing a billion-dollar acquisition deal will tell you that you don't",
		bodyLacks: [],
		comments: 0,
		declaredCount: 0,
		authors: ['Steven Musil'],
		publishedAt: '2017-01-18T23:00:00-08:00',
	},
	{
		dir: 'articles/news/engadget-lyft-free-scooter-rides',
		profile: 'engadget',
		title: 'Lyft extends free scooter rides for critical workers through May',
		bodyStartsWith: 'Lyft isn’t waiting until the end of April to decide on the fate of its free scooter rides',
		bodyLacks: [],
		comments: 0,
		declaredCount: null,
		authors: ['Jon Fingas'],
		bodyHas: ['This isn’t the only scooter program available to vital workers.'],
	},
	{
		dir: 'articles/news/engadget-xbox-one-x-review',
		profile: 'engadget',
		title: 'Xbox One X review: A console that keeps up with gaming PCs',
		bodyStartsWith: 'The Xbox One X is the ultimate video game system.',
		bodyLacks: ['Gallery: Xbox One X', '14 Photos'],
		comments: 0,
		declaredCount: null,
		authors: ['Devindra Hardawar'],
	},
	{
		dir: 'articles/news/engadget-2010-verizon-fios-guide',
		profile: 'engadget',
		title: 'Verizon FiOS set-top boxes getting a new HD guide, external storage and more in Q4',
		bodyStartsWith: 'Streaming and downloading TV content to mobiles is nice',
		bodyLacks: [],
		comments: 0,
		declaredCount: null,
		authors: ['Richard Lawler'],
	},
	{
		dir: 'articles/news/macwelt-de-iphone-14-warten',
		profile: 'macwelt',
		title: 'iPhone 14: Warum sich das Warten wirklich lohnt',
		bodyStartsWith: 'Mitte September 2021 hat Apple die iPhone-13-Generation vorgestellt.',
		bodyLacks: ['Dennis Steimels', '© Jon Prosser & Renders by Rian'],
		comments: 0,
		declaredCount: null,
		authors: ['Dennis Steimels'],
		publishedAt: '2021-12-14T15:41:07+01:00',
	},
];

function read(dir: string, rename: (html: string) => string = (html) => html): Snapshot {
	const expected = JSON.parse(readFileSync(`${CORPUS}/${dir}/expected.json`, 'utf8')) as {url: string};
	const result = extract(pageFromHtml(rename(readFileSync(`${CORPUS}/${dir}/source.html`, 'utf8')), expected.url));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot;
}

function bodyText(snapshot: Snapshot): string {
	return snapshot.article.body.map((block) => block.text).join('\n');
}

describe.skipIf(!existsSync(CORPUS))('site profiles on their real pages', () => {
	for (const c of CASES) {
		it(`${c.profile} (${c.dir.split('/').at(-1)}): reads title, body and thread with its own rules`, () => {
			const snapshot = read(c.dir);
			expect(snapshot.extractor.name).toBe(`profile:${c.profile}`);
			expect(snapshot.extractor.stages?.article).toBe('profile');
			expect(snapshot.article.title).toBe(c.title);
			expect(snapshot.article.body.find((block) => block.type === 'paragraph')?.text.startsWith(c.bodyStartsWith)).toBe(true);
			for (const text of c.bodyLacks) expect(bodyText(snapshot)).not.toContain(text);
			for (const text of c.bodyHas ?? []) expect(bodyText(snapshot)).toContain(text);
			expect(snapshot.comments.items).toHaveLength(c.comments);
			expect(snapshot.comments.declaredCount).toBe(c.declaredCount);
			if (c.authors) expect(snapshot.article.authors.map((author) => author.name)).toEqual(c.authors);
			if (c.publishedAt) expect(snapshot.article.publishedAt).toBe(c.publishedAt);
			if (c.firstComment) {
				const first = snapshot.comments.items[0];
				expect(first?.author.name).toBe(c.firstComment.author);
				expect(first?.text.startsWith(c.firstComment.textStartsWith)).toBe(true);
				expect(snapshot.extractor.stages?.comments).toBe('profile');
			}
			expect(snapshot.extractor.warnings.filter((warning) => warning.startsWith('profile'))).toEqual([]);
		});
	}

	it('macrumors: the comment score is read from its "Score: 97 Votes" line', () => {
		expect(read('comments/pages/macrumors-apple-pencil-2-rumor').comments.items.map((item) => item.score)).toEqual([97, 28, 23, 23, 19, 19]);
	});
});

describe.skipIf(!existsSync(CORPUS))('profile drift: renamed markup falls back to the generic rules, with a warning', () => {
	it('a renamed headline and article container: generic title and body, one warning for each', () => {
		const snapshot = read('comments/pages/macrumors-apple-pencil-2-rumor', (html) => html.replaceAll('js-article', 'js-story').replaceAll('heading--', 'headline--'));
		expect(snapshot.extractor.name).toBe('profile:macrumors');
		expect(snapshot.article.title).toBe('Second-Generation Apple Pencil Rumored for March of 2017');
		expect(snapshot.extractor.stages?.article).not.toBe('profile');
		expect(bodyText(snapshot)).toContain('Apple may be planning to introduce a second-generation Apple Pencil');
		expect(snapshot.extractor.warnings).toContain('profile title selector "article.js-article h1, h1[class*="heading--"]" matched no text; fell back to generic rules');
		expect(snapshot.extractor.warnings.some((warning) => warning.startsWith('profile body selector "article.js-article .js-content" matched no text'))).toBe(true);
	});

	it('renamed comment items: the generic finder reads the thread, and the warning names the rule that broke', () => {
		const snapshot = read('comments/pages/macrumors-apple-pencil-2-rumor', (html) => html.replaceAll('class="comment--', 'class="remark--'));
		expect(snapshot.extractor.stages?.comments).not.toBe('profile');
		expect(snapshot.comments.items.map((item) => item.author.name)).toEqual(['jyen', 'Return Zero', 'Appleaker', 'AngerDanger', 'gugy', 'Apple Knowledge Navigator']);
		expect(snapshot.extractor.warnings.some((warning) => warning.startsWith('profile comment rules (item "#comments [class^="comment--"]") matched no comments; fell back to generic rules'))).toBe(true);
		expect(bodyText(snapshot)).not.toContain('Let me guess');
	});

	it('a renamed body on another site: the body still reads, through the generic stages', () => {
		const snapshot = read('comments/pages/androidcentral-motorola-new-phone-mwc', (html) => html.replaceAll('id="article-body"', 'id="story-text"'));
		expect(snapshot.extractor.stages?.article).not.toBe('profile');
		expect(bodyText(snapshot)).toContain('Motorola is set to launch a new phone in Barcelona');
		expect(snapshot.extractor.warnings).toContain('profile body selector "#article-body" matched no text; fell back to generic rules');
		expect(snapshot.comments.items).toHaveLength(27);
	});

	it('a profile whose rules all still match says nothing about drift', () => {
		const warnings = read('articles/news/theverge-att-zero-rating').extractor.warnings;
		expect(warnings.filter((warning) => warning.startsWith('profile'))).toEqual([]);
	});
});
