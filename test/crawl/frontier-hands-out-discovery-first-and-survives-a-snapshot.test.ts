import {describe, expect, it} from 'vitest';
import {MemoryFrontier} from '../../src/crawl/frontier.js';
import {JournaledFrontier, JournalWriter, parseJournal, replayJournal} from '../../src/crawl/journal.js';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {tmpDir} from '../helpers/tmp-dir.js';

const u = (name: string) => `https://news.example/${name}`;

function drain(frontier: MemoryFrontier, now = 0): string[] {
	const out: string[] = [];
	for (let entry = frontier.next(now); entry; entry = frontier.next(now)) {
		out.push(entry.url);
		frontier.markDone(entry.url, entry.kind);
	}
	return out;
}

describe('MemoryFrontier', () => {
	it('adds each URL once', () => {
		const frontier = new MemoryFrontier();
		expect(frontier.add({url: u('a'), kind: 'article'})).toBe(true);
		expect(frontier.add({url: u('a'), kind: 'article'})).toBe(false);
		expect(frontier.size()).toMatchObject({pending: 1});
	});

	it('hands out discovery pages, then new articles, then re-visits', () => {
		const frontier = new MemoryFrontier();
		frontier.add({url: u('old'), kind: 'article', revisit: true});
		frontier.add({url: u('new'), kind: 'article'});
		frontier.add({url: u('feed'), kind: 'feed'});
		expect(drain(frontier)).toEqual([u('feed'), u('new'), u('old')]);
	});

	it('holds back untried articles when asked, but still hands out retries', () => {
		const frontier = new MemoryFrontier();
		frontier.add({url: u('a'), kind: 'article'});
		frontier.add({url: u('b'), kind: 'article'});
		expect(frontier.next(0)?.url).toBe(u('a'));
		frontier.markFailed(u('a'), 'ERR_TIMEOUT', 10);
		expect(frontier.next(5, {newArticles: false})).toBeNull();
		expect(frontier.nextRetryAt()).toBe(10);
		expect(frontier.next(10, {newArticles: false})).toMatchObject({url: u('a'), attempts: 1});
	});

	it('restores from a snapshot with in-flight entries pending again and done ones not repeated', () => {
		const frontier = new MemoryFrontier();
		for (const name of ['a', 'b', 'c']) frontier.add({url: u(name), kind: 'article'});
		const a = frontier.next(0);
		frontier.markDone(a!.url);
		frontier.next(0);
		const restored = MemoryFrontier.restore(JSON.parse(JSON.stringify(frontier.snapshot())));
		expect(drain(restored)).toEqual([u('b'), u('c')]);
		expect(restored.add({url: u('a'), kind: 'article'})).toBe(false);
	});
});

describe('journal', () => {
	it('replays to the same frontier, ignoring a torn last line', async () => {
		const {dir, cleanup} = await tmpDir();
		try {
			const file = path.join(dir, 'journal-1.jsonl');
			const writer = new JournalWriter(file);
			const frontier = new JournaledFrontier(new MemoryFrontier(), writer);
			for (const name of ['a', 'b', 'c']) frontier.add({url: u(name), kind: 'article'});
			frontier.markDone(frontier.next(0)!.url);
			frontier.recordArticle(u('a'), {firstSeen: 'x', publishedAt: null, lastVisit: 'x', comments: 2, commentsGrew: false});
			frontier.markFailed(frontier.next(0)!.url, 'ERR_HTTP_STATUS');
			writer.close();
			const text = `${await readFile(file, 'utf8')}{"e":"done","url":"https://news.ex`;

			const replayed = new MemoryFrontier();
			const articles = new Map();
			replayJournal(parseJournal(text), replayed, articles);

			expect(replayed.size()).toMatchObject({pending: 1, done: 1, failed: 1});
			expect(articles.get(u('a'))).toMatchObject({comments: 2});
			expect(drain(replayed)).toEqual([u('c')]);
		} finally {
			await cleanup();
		}
	});
});
