import {beforeAll, describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Comment, Snapshot} from '../../src/snapshot/schema.js';
import {PHONEARENA_GUEST, fixturePage} from './fixture-pages.js';

/** The clock passed in: every "N hours ago" on the page counts back from it. */
const NOW = new Date('2019-01-18T18:00:00.000Z');

describe('a PhoneArena thread with a guest and relative times', () => {
	let snapshot: Snapshot;
	const comment = (number: number): Comment => {
		const found = snapshot.comments.items.find((item) => item.number === number);
		if (!found) throw new Error(`comment #${number} is missing`);
		return found;
	};
	beforeAll(() => {
		const result = extract(fixturePage(PHONEARENA_GUEST.file, PHONEARENA_GUEST.url), {now: NOW});
		if (!result.ok) throw new Error(result.message);
		snapshot = result.snapshot;
	});

	it('reads all five comments, complete against "5 Comments"', () => {
		expect(snapshot.comments.items.map((item) => item.number)).toEqual([1, 2, 3, 4, 5]);
		expect(snapshot.comments.declaredCount).toBe(5);
		expect(snapshot.comments.gaps).toEqual([]);
		expect(snapshot.comments.complete).toBe(true);
	});

	it('derives ids from the shown numbers when the markup has no ids', () => {
		expect(snapshot.comments.items.map((item) => item.id)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
		expect(comment(2).parentId).toBe('n1');
		expect(comment(3).parentId).toBe('n2');
		expect(comment(3).depth).toBe(2);
	});

	it('keeps the unregistered guest as a name without link, post count or member-since date', () => {
		expect(comment(2).author).toEqual({name: 'GuestReader', url: null, postCount: null, memberSince: null});
		expect(comment(2).text).not.toContain('unregistered');
	});

	it('reads registered authors with thousands separators in the post count', () => {
		expect(comment(1).author).toEqual({name: 'droidfan', url: 'https://www.phonearena.com/users/droidfan', postCount: 1204, memberSince: '2012-07-02'});
	});

	it('resolves "N hours/minutes ago" against the clock passed in, and marks them relative', () => {
		expect(snapshot.comments.items.map((item) => item.postedAt)).toEqual([
			'2019-01-18T15:00:00.000Z',
			'2019-01-18T16:00:00.000Z',
			'2019-01-18T17:00:00.000Z',
			'2019-01-18T17:15:00.000Z',
			'2019-01-18T17:55:00.000Z',
		]);
		expect(snapshot.comments.items.every((item) => item.postedAtRelative === true)).toBe(true);
	});

	it('falls back to the fetch time as the clock when none is passed in', () => {
		const result = extract(fixturePage(PHONEARENA_GUEST.file, PHONEARENA_GUEST.url, {fetchedAt: '2019-01-20T00:00:00.000Z'}));
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items[0]?.postedAt).toBe('2019-01-19T21:00:00.000Z');
	});

	it('reads vote scores, including a negative one written with a minus sign', () => {
		expect(snapshot.comments.items.map((item) => item.score)).toEqual([12, -2, 5, 0, 1]);
	});

	it('resolves relative links in a comment against the page', () => {
		expect(comment(2).links).toEqual([{href: 'https://www.phonearena.com/phones/Google-Pixel-3-Lite_id11016', text: 'specs page'}]);
	});

	it('reads a <br> inside a comment as a space', () => {
		expect(comment(5).text).toBe("Plastic back and a Snapdragon 670. I'll wait for the Pixel 4.");
	});
});
