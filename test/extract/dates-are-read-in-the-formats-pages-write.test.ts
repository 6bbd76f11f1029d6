import {describe, expect, it} from 'vitest';
import {parseCalendarDate, parseDateTime} from '../../src/extract/index.js';

const now = new Date('2026-06-20T12:00:00.000Z');

describe('absolute dates', () => {
	it.each([
		['2026-06-16T02:26:06-05:00', '2026-06-16T02:26:06-05:00'],
		['2015-03-11T02:57:00+0000', '2015-03-11T02:57:00+00:00'],
		['2024-05-14T09:00:00.123Z', '2024-05-14T09:00:00.123Z'],
		['2024-05-14', '2024-05-14T00:00:00Z'],
		['2024-05-14 18:47', '2024-05-14T18:47:00Z'],
		['Jun 16, 2026, 2:26 AM', '2026-06-16T02:26:00Z'],
		['Published: Jun 16, 2026, 2:26 PM', '2026-06-16T14:26:00Z'],
		['March 10, 2017 at 12:20 AM', '2017-03-10T00:20:00Z'],
		['March 11th, 2015 at 02:57', '2015-03-11T02:57:00Z'],
		['14 March 2024, 10:12', '2024-03-14T10:12:00Z'],
		['29. März 2020 um 16:45 Uhr', '2020-03-29T16:45:00Z'],
		['28.09.19 13:39', '2019-09-28T13:39:00Z'],
		['3/09/15 8:12am', '2015-03-09T08:12:00Z'],
		['31/12/2018', '2018-12-31T00:00:00Z'],
		['Jan 17, 2019 9:27 AM EST', '2019-01-17T09:27:00-05:00'],
		['1425913955940', '2015-03-09T15:12:35.940Z'],
		['2019年2月22日 22:25', '2019-02-22T22:25:00Z'],
		['2019년 2월 22일 22:25', '2019-02-22T22:25:00Z'],
		['2019年02月22日 14時30分 公開', '2019-02-22T14:30:00Z'],
		['2019년 2월 22일 14시 30분', '2019-02-22T14:30:00Z'],
	])('reads %j', (text, iso) => {
		expect(parseDateTime(text, {now})).toEqual({iso, relative: false});
	});

	it('places wall-clock times in the site zone when one is given (daylight saving included)', () => {
		expect(parseDateTime('Jan 17, 2019, 9:27 AM', {now, timeZone: 'America/Chicago'})?.iso).toBe('2019-01-17T09:27:00-06:00');
		expect(parseDateTime('Jun 16, 2026, 2:26 AM', {now, timeZone: 'America/Chicago'})?.iso).toBe('2026-06-16T02:26:00-05:00');
	});

	it.each(['', 'Dec 06', 'comment_date', '2019-02-30', 'posted by admin'])('gives null for %j', (text) => {
		expect(parseDateTime(text, {now})).toBeNull();
	});
});

describe('relative dates', () => {
	it.each([
		['2 hours ago', '2026-06-20T10:00:00.000Z'],
		['posted 45 minutes ago', '2026-06-20T11:15:00.000Z'],
		['an hour ago', '2026-06-20T11:00:00.000Z'],
		['2d ago', '2026-06-18T12:00:00.000Z'],
		['1mo ago', '2026-05-20T12:00:00.000Z'],
		['73 months ago', '2020-05-20T12:00:00.000Z'],
		['3 years ago', '2023-06-20T12:00:00.000Z'],
		['vor 3 Stunden', '2026-06-20T09:00:00.000Z'],
		['just now', '2026-06-20T12:00:00.000Z'],
		['yesterday', '2026-06-19T12:00:00.000Z'],
		['vor einem Tag', '2026-06-19T12:00:00.000Z'],
		['il y a 3 jours', '2026-06-17T12:00:00.000Z'],
		['Il y a une heure', '2026-06-20T11:00:00.000Z'],
		['il y a 2 ans', '2024-06-20T12:00:00.000Z'],
		['hace 2 días', '2026-06-18T12:00:00.000Z'],
		['Hace un mes', '2026-05-20T12:00:00.000Z'],
		['há 1 mês', '2026-05-20T12:00:00.000Z'],
		['2 dias atrás', '2026-06-18T12:00:00.000Z'],
		["un'ora fa", '2026-06-20T11:00:00.000Z'],
		['3 settimane fa', '2026-05-30T12:00:00.000Z'],
		['5 minuten geleden', '2026-06-20T11:55:00.000Z'],
		["à l’instant", '2026-06-20T12:00:00.000Z'],
		['hier', '2026-06-19T12:00:00.000Z'],
		['ayer', '2026-06-19T12:00:00.000Z'],
		['Yesterday 11:04am', '2026-06-19T11:04:00Z'],
		['Gestern, 14:30', '2026-06-19T14:30:00Z'],
		['hier à 14h30', '2026-06-19T14:30:00Z'],
		['Today 7:30AM', '2026-06-20T07:30:00Z'],
		['Heute um 9:05 Uhr', '2026-06-20T09:05:00Z'],
	])('resolves %j against the clock and marks it relative', (text, iso) => {
		expect(parseDateTime(text, {now})).toEqual({iso, relative: true});
	});

	it('reads "yesterday" with a time on the site\'s calendar, in its zone', () => {
		// 01:30 UTC on June 20 is still June 19 in Chicago: "yesterday" there is June 18.
		const early = new Date('2026-06-20T01:30:00.000Z');
		expect(parseDateTime('Yesterday 11:04am', {now: early, timeZone: 'America/Chicago'})?.iso).toBe('2026-06-18T11:04:00-05:00');
		expect(parseDateTime('Yesterday 11:04am', {now: early})?.iso).toBe('2026-06-19T11:04:00Z');
	});

	it('reads a written date after "today" as that date', () => {
		expect(parseDateTime('Heute, 28.09.19 13:39', {now})).toEqual({iso: '2019-09-28T13:39:00Z', relative: false});
	});
});

describe('relative-looking text that is no time', () => {
	it.each(['il y a', 'hace días', 'Hier klicken', 'vor allem', 'fa 3 giorni', 'il y a 3 joursemaines', 'Today', 'yesterday, edited'])('gives null for %j', (text) => {
		expect(parseDateTime(text, {now})).toBeNull();
	});
});

describe('calendar dates', () => {
	it.each([
		['Dec 06, 2018', '2018-12-06'],
		['Member since: Mar 04, 2015', '2015-03-04'],
		['2016-07-12', '2016-07-12'],
		['12 July 2016', '2016-07-12'],
	])('reads %j as %s', (text, date) => {
		expect(parseCalendarDate(text)).toBe(date);
	});

	it('gives null without a full date', () => {
		expect(parseCalendarDate('unregistered')).toBeNull();
		expect(parseCalendarDate('Dec 2018')).toBeNull();
	});
});
