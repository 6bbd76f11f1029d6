import {describe, expect, it} from 'vitest';
import {parseDateTime} from '../../src/extract/document/dates.js';

/**
 * Forum software prints numeric dates with dashes too (vBulletin 3's default "03-02-2020, 09:15
 * PM"): read as the slashed date is, month first unless the page's language writes the day
 * first. Only with a four-digit year ("10-15-20" is as often a score). The dash before the year
 * is no zone offset ("-2020" is not UTC−20:20).
 */

const NOW = {now: new Date('2020-07-01T00:00:00Z')};

describe('a dashed numeric date', () => {
	it('reads "03-02-2020, 09:15 PM" as the slashed date, in the page’s zone', () => {
		expect(parseDateTime('03-02-2020, 09:15 PM', NOW)?.iso).toBe('2020-03-02T21:15:00Z');
		expect(parseDateTime('03-02-2020, 21:15', {...NOW, dayFirst: true})?.iso).toBe('2020-02-03T21:15:00Z');
		expect(parseDateTime('25-12-2019 08:00', NOW)?.iso).toBe('2019-12-25T08:00:00Z');
	});

	it('still reads a written offset', () => {
		expect(parseDateTime('03-02-2020 09:15 -0500', NOW)?.iso).toBe('2020-03-02T09:15:00-05:00');
	});

	it('leaves a two-digit year and longer dash runs alone', () => {
		expect(parseDateTime('10-15-20', NOW)).toBeNull();
		expect(parseDateTime('555-12-2020', NOW)).toBeNull();
	});
});
