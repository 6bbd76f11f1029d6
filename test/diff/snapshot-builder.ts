import {parseSnapshot, type Block, type Comment, type Snapshot} from '../../src/snapshot/schema.js';
import {makeSnapshot, type SnapshotOverrides} from '../helpers/snapshot-factory.js';

/**
 * Valid Snapshots for diff tests: a PhoneArena-style article with a numbered, nested thread
 * (modelled on ../shared/seeds/phonearena-article-with-comments.txt), and small builders to
 * change one thing at a time. Built on the shared `makeSnapshot`, and every snapshot goes
 * through the zod schema, so a test can never pass on data the extractor could not produce.
 */

export const ARTICLE_URL = 'https://www.phonearena.com/news/Huawei-research-blocked-China_id120001';

export function paragraph(text: string): Block {
	return {type: 'paragraph', text, links: []};
}

export const PARAGRAPHS = [
	'The relationship between the US Government and Chinese tech giant Huawei is far from warm. Authorities have put quite an effort to limit the influence of Huawei in North America.',
	'In the latest episode of this ongoing drama, Huawei\'s research-and-development unit based in California has been denied export licenses, the WallStreetJournal reports. The subsidiary is called Futurewei Technologies Inc. and is employing around 700 engineers and scientists in Silicon Valley.',
	'Not all of Futurewei\'s products are subject to export licensing, but the ones that are can no longer be sent back to China. The Department\'s reasoning is national security concerns, plain and simple.',
	'It seems that soon Huawei might be unable to tap America\'s brainpower for its own purposes.',
];

interface CommentSeed {
	number: number;
	author: string;
	text: string;
	parent?: number;
	score?: number;
}

/** The opening of the seed thread: #11 is a reply to #3 shown in its place, as the site nests it. */
const THREAD: CommentSeed[] = [
	{number: 1, author: 'Agniputra', text: 'Huawei deserves this...', score: 4},
	{number: 2, author: 'RebelwithoutaClue', text: 'Why? Have there been any evidence they are sending information home that shouldn\'t be sent?', score: 12},
	{number: 3, author: 'meanestgenius', text: 'Your proof that they deserve this? Or are you just another person that believes anything the U.S. says?', score: 9},
	{number: 11, author: 'sissy246', text: 'I bet he is one that thinks the US is on the up and up.', parent: 3, score: 2},
	{number: 6, author: 'hilih', text: 'bikin malu lo, negara sendiri aja pakai Huawei', score: -3},
	{number: 7, author: 'jacky899', text: 'The only surveillance hack ever found in Huawei\'s equipment to date was ironically implanted by the NSA.', score: 7},
	{number: 14, author: 'mahalo15', text: 'Totally agree. Cisco shouldn\'t had let Huawei off easy after they stole their source code in early 2000\'s.', parent: 7, score: 1},
	{number: 4, author: 'meanestgenius', text: 'This is getting ridiculous. Politics suck, smh....', score: 5},
];

/** Ids as a site with its own comment ids gives them: they never change. */
export function siteId(number: number): string {
	return `comment-${1000 + number}`;
}

export function makeComment(seed: CommentSeed, idOf: (number: number) => string = siteId): Comment {
	return {
		id: idOf(seed.number),
		number: seed.number,
		parentId: seed.parent === undefined ? null : idOf(seed.parent),
		depth: seed.parent === undefined ? 0 : 1,
		author: {name: seed.author, url: `https://www.phonearena.com/users/${seed.author}`, postCount: 100 + seed.number, memberSince: '2017-05-16'},
		postedAt: `2019-01-12T${String(8 + (seed.number % 10)).padStart(2, '0')}:15:00Z`,
		text: seed.text,
		links: [],
		score: seed.score ?? null,
	};
}

export function threadComments(idOf: (number: number) => string = siteId): Comment[] {
	return THREAD.map((seed) => makeComment(seed, idOf));
}

/**
 * The PhoneArena article and thread on top of the shared factory; overrides replace one
 * level deep, as in `makeSnapshot`.
 */
export function buildSnapshot(overrides: SnapshotOverrides = {}): Snapshot {
	const items = overrides.comments?.items ?? threadComments();
	return parseSnapshot(
		makeSnapshot({
			source: {url: ARTICLE_URL, host: 'www.phonearena.com', fetchedAt: '2019-01-12T18:00:00Z', ...overrides.source},
			article: {
				title: 'US-based Huawei research blocked from reaching China over security concerns',
				authors: [{name: 'Peter Kostadinov', url: 'https://www.phonearena.com/authors/Peter-Kostadinov'}],
				publishedAt: '2019-01-12T07:30:00Z',
				modifiedAt: '2019-01-12T07:30:00Z',
				section: 'News',
				tags: ['Huawei', 'Security'],
				image: 'https://m-cdn.phonearena.com/images/articles/120001-image/Huawei.jpg?w=1200',
				wordCount: 150,
				body: PARAGRAPHS.map(paragraph),
				...overrides.article,
			},
			comments: {declaredCount: items.length, ...overrides.comments, items},
			extractor: {name: 'profile:phonearena', profile: 'phonearena', ...overrides.extractor},
		}),
	);
}

/** A deep copy to change in place: the older snapshot stays as it was. */
export function copyOf(snapshot: Snapshot): Snapshot {
	return structuredClone(snapshot);
}

/** The comment with this number; throws so a test built on a wrong number fails loudly. */
export function byNumber(snapshot: Snapshot, number: number): Comment {
	const comment = snapshot.comments.items.find((item) => item.number === number);
	if (!comment) throw new Error(`no comment #${number} in the test snapshot`);
	return comment;
}
