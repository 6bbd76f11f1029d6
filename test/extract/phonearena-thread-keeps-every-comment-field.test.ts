import {existsSync, readFileSync} from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Comment, Snapshot} from '../../src/snapshot/schema.js';
import {PHONEARENA_THREAD, SHARED_DIR, fixturePage} from './fixture-pages.js';

/**
 * The PhoneArena fixture holds the seed thread (`/work/shared/seeds/phonearena-article-with-comments.txt`):
 * 20 comments of "21 Comments", #18 hidden, replies nested (11→3; 14→7 … 21→20; 8→5, 9→8, 10→9).
 */
const EXPECTED = [
	{number: 1, author: 'Agniputra', postCount: 29, memberSince: '2018-12-06', postedAt: '2019-01-17T09:27:00-06:00', parent: null, depth: 0, textStart: 'Huawei deserves this...', links: []},
	{number: 2, author: 'RebelwithoutaClue', postCount: 5469, memberSince: '2013-04-05', postedAt: '2019-01-17T09:50:00-06:00', parent: 1, depth: 1, textStart: 'Why? Have there been any evidence they a', links: []},
	{number: 3, author: 'meanestgenius', postCount: 21030, memberSince: '2014-05-28', postedAt: '2019-01-17T10:13:00-06:00', parent: 1, depth: 1, textStart: 'Your proof that they deserve this? Or ar', links: []},
	{number: 11, author: 'sissy246', postCount: 6840, memberSince: '2015-03-04', postedAt: '2019-01-17T13:17:00-06:00', parent: 3, depth: 2, textStart: 'I bet he is one that thinks the US is on', links: []},
	{number: 6, author: 'hilih', postCount: 1, memberSince: '2019-01-11', postedAt: '2019-01-17T11:22:00-06:00', parent: 1, depth: 1, textStart: 'bikin malu lo, negara sendiri aja pakai', links: []},
	{number: 7, author: 'jacky899', postCount: 316, memberSince: '2017-05-16', postedAt: '2019-01-17T11:45:00-06:00', parent: 1, depth: 1, textStart: 'The only surveillance hack ever found in', links: ['https://www.nytimes.com/2014/03/23/world/asia/nsa-breached-chinese-servers-seen-as-spy-peril.html', 'https://www.theguardian.com/world/2013/jul/11/microsoft-nsa-collaboration-user-data', 'https://fudzilla.com/news/47805-german-watchdog-says-there-is-no-proof-of-huawei-spying']},
	{number: 14, author: 'mahalo15', postCount: 54, memberSince: '2018-11-30', postedAt: '2019-01-17T14:26:00-06:00', parent: 7, depth: 2, textStart: "Totally agree. Cisco shouldn't had let H", links: []},
	{number: 15, author: 'mootu', postCount: 1271, memberSince: '2017-03-16', postedAt: '2019-01-17T14:49:00-06:00', parent: 14, depth: 3, textStart: 'Huawei spent $14 billion in 2017 which p', links: ['https://www.ft.com/content/7abddaca-33dc-11e8-a3ae-fd3fd4564aa6', 'https://www.tomshardware.com/news/cisco-backdoor-hardcoded-accounts-software,37480.html']},
	{number: 16, author: 'mahalo15', postCount: 54, memberSince: '2018-11-30', postedAt: '2019-01-17T15:12:00-06:00', parent: 15, depth: 4, textStart: 'Huawei is not even in top 20 https://www', links: ['https://www.statista.com/statistics/265645/ranking-of-the-20-companies-with-the-highest-spending-on-research-and-development/', 'https://www.recode.net/2018/4/9/17204004/amazon-research-development-rd', 'https://www.strategyand.pwc.com/innovation1000']},
	{number: 17, author: 'jacky899', postCount: 316, memberSince: '2017-05-16', postedAt: '2019-01-17T15:35:00-06:00', parent: 16, depth: 5, textStart: "The accusation of Huawei stealing Cisco'", links: ['https://www.wired.com/2014/03/how-huawei-became-nsa-nightmare/', 'http://www.spiegel.de/international/world/nsa-spied-on-chinese-government-and-networking-firm-huawei-a-960199.html', 'https://www.washingtonpost.com/business/technology/huaweis-us-competitors-among-those-pushing-for-scrutiny-of-chinese-tech-firm/2012/10/10/b84d8d16-1256-11e2-a16b-2c110031514a_story.html?noredirect=on&utm_term=.40288ae4502d']},
	{number: 19, author: 'mootu', postCount: 1271, memberSince: '2017-03-16', postedAt: '2019-01-17T16:21:00-06:00', parent: 17, depth: 6, textStart: '"Huawei is not even in top 20" Huawei is', links: []},
	{number: 20, author: 'jacky899', postCount: 316, memberSince: '2017-05-16', postedAt: '2019-01-17T16:44:00-06:00', parent: 19, depth: 7, textStart: "That's a really huge R&D budget for a co", links: []},
	{number: 21, author: 'mahalo15', postCount: 54, memberSince: '2018-11-30', postedAt: '2019-01-17T17:07:00-06:00', parent: 20, depth: 8, textStart: '"Huawei is not listed in your top 20 lis', links: []},
	{number: 4, author: 'meanestgenius', postCount: 21030, memberSince: '2014-05-28', postedAt: '2019-01-17T10:36:00-06:00', parent: null, depth: 0, textStart: 'This is getting ridiculous. Politics suc', links: []},
	{number: 5, author: 'smoked_2na', postCount: 84, memberSince: '2017-03-15', postedAt: '2019-01-17T10:59:00-06:00', parent: null, depth: 0, textStart: 'There is an office for Huawei Technologi', links: []},
	{number: 8, author: 'jacky899', postCount: 316, memberSince: '2017-05-16', postedAt: '2019-01-17T12:08:00-06:00', parent: 5, depth: 1, textStart: 'hahaha that is very funny. Collect infor', links: []},
	{number: 9, author: 'smoked_2na', postCount: 84, memberSince: '2017-03-15', postedAt: '2019-01-17T12:31:00-06:00', parent: 8, depth: 2, textStart: 'If the US, the FBI/CIA/NSA were to conta', links: []},
	{number: 10, author: 'jacky899', postCount: 316, memberSince: '2017-05-16', postedAt: '2019-01-17T12:54:00-06:00', parent: 9, depth: 3, textStart: 'If it was true, you think all those US w', links: []},
	{number: 12, author: 'L0n3n1nja', postCount: 1499, memberSince: '2016-07-12', postedAt: '2019-01-17T13:40:00-06:00', parent: null, depth: 0, textStart: 'America has a track record of spying on', links: []},
	{number: 13, author: 'mahalo15', postCount: 54, memberSince: '2018-11-30', postedAt: '2019-01-17T14:03:00-06:00', parent: null, depth: 0, textStart: 'Huawei has been stealing intellectual pr', links: []},
] as const;

/** The fixture gives each comment PhoneArena's own id: `data-id` = 3290100 + its number. */
const idOf = (number: number): string => String(3290100 + number);

describe('the PhoneArena fixture thread', () => {
	let snapshot: Snapshot;
	let byNumber: Map<number | null, Comment>;
	beforeAll(() => {
		const result = extract(fixturePage(PHONEARENA_THREAD.file, PHONEARENA_THREAD.url));
		if (!result.ok) throw new Error(result.message);
		snapshot = result.snapshot;
		byNumber = new Map(snapshot.comments.items.map((item) => [item.number, item]));
	});

	it('is read by the PhoneArena profile', () => {
		expect(snapshot.extractor.name).toBe('profile:phonearena');
		expect(snapshot.extractor.stages).toEqual({article: 'profile', comments: 'profile'});
	});

	it('keeps all 20 comments in thread order', () => {
		expect(snapshot.comments.items.map((item) => item.number)).toEqual(EXPECTED.map((e) => e.number));
	});

	it('declares 21 comments, shows the hidden-comments notice and skips #18', () => {
		expect(snapshot.comments.declaredCount).toBe(21);
		expect(snapshot.comments.notices).toEqual(["Some comments have been hidden, because they don't meet the discussions rules."]);
		expect(snapshot.comments.gaps).toEqual([18]);
	});

	it('counts the thread complete: 20 shown + #18 hidden by the notice = 21 declared', () => {
		expect(snapshot.comments.complete).toBe(true);
	});

	describe.each(EXPECTED)('comment #$number', (expected) => {
		const comment = (): Comment => {
			const found = byNumber.get(expected.number);
			if (!found) throw new Error(`comment #${expected.number} is missing`);
			return found;
		};
		it('has the site id, author name and profile link', () => {
			expect(comment().id).toBe(idOf(expected.number));
			expect(comment().author.name).toBe(expected.author);
			expect(comment().author.url).toBe(`https://www.phonearena.com/users/${expected.author}`);
		});
		it('has the post count and member-since date of its "Posts: N; Member since: …" line', () => {
			expect(comment().author.postCount).toBe(expected.postCount);
			expect(comment().author.memberSince).toBe(expected.memberSince);
		});
		it('replies to the right comment at the right depth', () => {
			expect(comment().parentId).toBe(expected.parent === null ? null : idOf(expected.parent));
			expect(comment().depth).toBe(expected.depth);
		});
		it('has its text, posting time, inline links and no score', () => {
			expect(comment().text.startsWith(expected.textStart)).toBe(true);
			expect(comment().postedAt).toBe(expected.postedAt);
			expect(comment().postedAtRelative).toBeUndefined();
			expect(comment().links.map((link) => link.href)).toEqual(expected.links);
			expect(comment().score).toBeNull();
		});
		it('carries no "Reply" control or author line in its text', () => {
			expect(comment().text).not.toMatch(/\bReply$/);
			expect(comment().text).not.toContain('Member since');
			expect(comment().text).not.toContain(expected.author === 'mahalo15' ? 'Posts: 54' : 'Posts:');
		});
	});

	it('keeps inline links inside the text where the commenter wrote them', () => {
		expect(byNumber.get(7)?.text).toContain('if required.https://www.nytimes.com/2014/03/23/world/asia/nsa-breached-chinese-servers-seen-as-spy-peril.html No evidence');
		expect(byNumber.get(7)?.links[0]).toEqual({
			href: 'https://www.nytimes.com/2014/03/23/world/asia/nsa-breached-chinese-servers-seen-as-spy-peril.html',
			text: 'https://www.nytimes.com/2014/03/23/world/asia/nsa-breached-chinese-servers-seen-as-spy-peril.html',
		});
	});

	const seed = `${SHARED_DIR}/seeds/phonearena-article-with-comments.txt`;
	it.skipIf(!existsSync(seed))('holds every comment text exactly as the seed page shows it', () => {
		const thread = readFileSync(seed, 'utf8').split('21 Comments')[1]?.split('* Some comments')[0] ?? '';
		const texts = new Map<number, string>();
		for (const match of thread.matchAll(/\n(\d+)\. \S+\n\nPosts: \d+; Member since: [^\n]+\n\n([\s\S]*?)(?=\n\n\d+\. |\s*$)/g)) {
			texts.set(Number(match[1]), (match[2] ?? '').replace(/\s+/g, ' ').trim());
		}
		expect(texts.size).toBe(20);
		for (const [number, text] of texts) expect(byNumber.get(number)?.text).toBe(text);
	});
});
