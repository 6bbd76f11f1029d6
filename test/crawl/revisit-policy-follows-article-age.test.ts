import {describe, expect, it} from 'vitest';
import {DEFAULT_REVISIT_POLICY, articleAgeMs, isDue, nextVisitAt, parseDuration, recordVisit, revisitIntervalMs, type ArticleRecord} from '../../src/crawl/revisit.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = new Date('2025-03-21T12:00:00Z');

function record(over: Partial<ArticleRecord>): ArticleRecord {
	return {firstSeen: '2025-03-21T00:00:00Z', publishedAt: null, lastVisit: '2025-03-21T11:00:00Z', comments: 0, commentsGrew: false, ...over};
}

function publishedAgo(ms: number): string {
	return new Date(NOW.getTime() - ms).toISOString();
}

describe('revisit intervals by age (defaults)', () => {
	it.each([
		['under a day old', 3 * HOUR, HOUR],
		['under a week old', 3 * DAY, 6 * HOUR],
		['under thirty days old', 20 * DAY, DAY],
		['older', 90 * DAY, 7 * DAY],
	])('%s', (_label, age, interval) => {
		expect(revisitIntervalMs(record({publishedAt: publishedAgo(age)}), NOW)).toBe(interval);
	});

	it('measures age from publishedAt, else from when the crawler first saw the article', () => {
		expect(articleAgeMs(record({publishedAt: publishedAgo(2 * DAY)}), NOW)).toBe(2 * DAY);
		expect(articleAgeMs(record({publishedAt: null, firstSeen: publishedAgo(5 * HOUR)}), NOW)).toBe(5 * HOUR);
		expect(articleAgeMs(record({publishedAt: 'not a date', firstSeen: publishedAgo(5 * HOUR)}), NOW)).toBe(5 * HOUR);
	});

	it('keeps a thread that gained comments on its last visit hot (hourly), whatever its age', () => {
		const old = record({publishedAt: publishedAgo(90 * DAY), commentsGrew: true});
		expect(revisitIntervalMs(old, NOW)).toBe(HOUR);
	});

	it('is due once the interval has passed since the last visit, or always with mode "all"', () => {
		const week = record({publishedAt: publishedAgo(3 * DAY), lastVisit: publishedAgo(5 * HOUR)});
		expect(isDue(week, NOW)).toBe(false);
		expect(isDue(week, new Date(NOW.getTime() + HOUR))).toBe(true);
		expect(isDue(week, NOW, 'all')).toBe(true);
		expect(nextVisitAt(week, NOW).toISOString()).toBe('2025-03-21T13:00:00.000Z');
	});

	it('takes a configured policy', () => {
		const policy = {tiers: [{maxAgeMs: 2 * DAY, everyMs: 15 * 60_000}], olderEveryMs: 30 * DAY, hotEveryMs: 2 * HOUR};
		expect(revisitIntervalMs(record({publishedAt: publishedAgo(HOUR)}), NOW, policy)).toBe(15 * 60_000);
		expect(revisitIntervalMs(record({publishedAt: publishedAgo(3 * DAY)}), NOW, policy)).toBe(30 * DAY);
		expect(revisitIntervalMs(record({publishedAt: publishedAgo(3 * DAY), commentsGrew: true}), NOW, policy)).toBe(2 * HOUR);
		expect(DEFAULT_REVISIT_POLICY.tiers).toHaveLength(3);
	});
});

describe('recordVisit', () => {
	const at = new Date('2025-03-21T12:00:00Z');

	it('starts a record on the first visit', () => {
		expect(recordVisit(undefined, {at, publishedAt: '2025-03-20T08:00:00Z', comments: 4})).toEqual({
			firstSeen: at.toISOString(), publishedAt: '2025-03-20T08:00:00Z', lastVisit: at.toISOString(), comments: 4, commentsGrew: false,
		});
	});

	it('marks the thread hot when it grew, and cools it when it did not', () => {
		const grew = recordVisit(record({comments: 4}), {at, publishedAt: null, comments: 6});
		expect(grew.commentsGrew).toBe(true);
		expect(recordVisit(grew, {at, publishedAt: null, comments: 6}).commentsGrew).toBe(false);
	});

	it('keeps what it knew after a visit that extracted nothing (a 304)', () => {
		const hot = record({comments: 6, commentsGrew: true});
		expect(recordVisit(hot, {at, publishedAt: null, comments: null})).toEqual({...hot, lastVisit: at.toISOString()});
	});
});

describe('parseDuration', () => {
	it.each([['90s', 90_000], ['15m', 900_000], ['6h', 6 * HOUR], ['1d', DAY], ['2w', 14 * DAY], [1500, 1500]] as const)('%s', (input, ms) => {
		expect(parseDuration(input)).toBe(ms);
	});

	it.each(['', 'soon', '-1h', '1y', 0])('rejects %s', (input) => {
		expect(parseDuration(input)).toBeNull();
	});
});
