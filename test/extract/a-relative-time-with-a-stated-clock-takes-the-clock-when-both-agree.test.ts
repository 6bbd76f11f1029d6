import {describe, expect, it} from 'vitest';
import {parseDateTime} from '../../src/extract/index.js';

/**
 * Older forum and news threads print both how long ago a comment was posted and the clock it
 * was posted at ("3 hours ago at 11:46 am"): the count places the day, the clock the minute.
 * The site's zone is Pacific; the fetch was at 2:50 pm there.
 */
const now = new Date('2017-01-18T22:50:00Z');
const timeZone = 'America/Los_Angeles';

describe('a relative time with a stated clock', () => {
	it.each([
		['3 hours ago at 11:46 am', '2017-01-18T11:46:00-08:00'],
		['2 hours ago at 12:36 pm', '2017-01-18T12:36:00-08:00'],
		['5 minutes ago at 2:45 pm', '2017-01-18T14:45:00-08:00'],
		['2 days ago at 11:46 pm', '2017-01-15T23:46:00-08:00'],
	])('reads %j at the stated clock on the counted day', (text, iso) => {
		expect(parseDateTime(text, {now, timeZone})).toEqual({iso, relative: true});
	});

	it('reads the clock in the site zone in other languages too', () => {
		expect(parseDateTime('vor 2 Stunden um 21:10', {now, timeZone: 'Europe/Berlin'})?.iso).toBe('2017-01-18T21:10:00+01:00');
	});

	it('keeps the count when the clock disagrees with it (the clock is in another zone than the site\'s)', () => {
		expect(parseDateTime('3 hours ago at 11:46 am', {now})?.iso).toBe('2017-01-18T19:50:00.000Z');
	});

	it('keeps the count when a written date stands beside it, and for months', () => {
		expect(parseDateTime('3 days ago (16.01.2017)', {now, timeZone})?.iso).toBe('2017-01-15T22:50:00.000Z');
		expect(parseDateTime('1 month ago at 11:00', {now, timeZone})?.iso).toBe('2016-12-18T22:50:00.000Z');
	});
});
