import {describe, expect, it} from 'vitest';
import {parseDateTime} from '../../src/extract/document/dates.js';

/**
 * Forums print a recent post's time as a day word after a label: SMF's "« Reply #2 on: Today
 * at 07:45:10 AM »", phpBB's "by Ann » Yesterday, 22:10". That is the stated time on that day.
 * Only a label and a time around the day word: a sentence after a label is no date.
 */

const CONTEXT = {now: new Date('2020-03-05T12:00:00Z')};

describe('a day word after a forum’s label', () => {
	it.each([
		['« Reply #2 on: Today at 07:45:10 AM »', '2020-03-05T07:45:10Z'],
		['« on: Yesterday at 09:15:32 PM »', '2020-03-04T21:15:32Z'],
		['by Ann » Yesterday, 22:10', '2020-03-04T22:10:00Z'],
		['Geschrieben: Heute, 10:44 Uhr', '2020-03-05T10:44:00Z'],
	])('reads %j as %s', (text, iso) => {
		expect(parseDateTime(text, CONTEXT)).toEqual({iso, relative: true});
	});

	it('leaves a sentence after a label alone', () => {
		expect(parseDateTime('Update: today we launch the phone at 10:00', CONTEXT)).toBeNull();
	});
});
