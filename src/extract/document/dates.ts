/**
 * Dates as pages write them, turned into ISO 8601. Pure: relative times ("2 hours ago")
 * resolve against the `now` the caller passes in, never against the machine clock.
 */

export interface DateContext {
	/** The time relative texts count back from (the fetch time, or the caller's clock). */
	now: Date;
	/** IANA zone for wall-clock texts that carry no offset ("Jan 18, 2019, 2:44 PM"); UTC when absent. */
	timeZone?: string | undefined;
	/** True when the page's language writes a slashed date day first ("05/02/2020" is 5 February): see `writesDayFirst`. */
	dayFirst?: boolean | undefined;
}

/**
 * Languages that write a slashed date month first: US English, and English with no region
 * (most such pages are American). Every other language writes day/month/year, or year first,
 * which the year's four digits make plain.
 */
const MONTH_FIRST_LANGUAGE = /^en(?:[-_]us)?$/i;

/** Whether a page in `language` (a BCP 47 tag or a locale like `de_DE`; null when the page names none) writes "05/02/2020" day first. */
export function writesDayFirst(language: string | null | undefined): boolean {
	const tag = language?.trim() ?? '';
	return tag !== '' && !MONTH_FIRST_LANGUAGE.test(tag);
}

export interface ParsedDateTime {
	/** ISO 8601 with an offset (`Z` when UTC). */
	iso: string;
	/** True when resolved from a relative text, so it moves with the fetch time. */
	relative: boolean;
}

interface Wall {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

const MONTHS: Record<string, number> = {
	jan: 1, january: 1, januar: 1, jänner: 1, janv: 1, janvier: 1, enero: 1, gennaio: 1,
	feb: 2, february: 2, februar: 2, febr: 2, févr: 2, février: 2, febrero: 2, febbraio: 2,
	mar: 3, march: 3, märz: 3, maerz: 3, mär: 3, mars: 3, marzo: 3,
	apr: 4, april: 4, avr: 4, avril: 4, abril: 4, aprile: 4,
	may: 5, mai: 5, mayo: 5, maggio: 5,
	jun: 6, june: 6, juni: 6, juin: 6, junio: 6, giugno: 6,
	jul: 7, july: 7, juli: 7, juil: 7, juillet: 7, julio: 7, luglio: 7,
	aug: 8, august: 8, août: 8, aout: 8, agosto: 8,
	sep: 9, sept: 9, september: 9, septembre: 9, septiembre: 9, settembre: 9,
	oct: 10, october: 10, okt: 10, oktober: 10, octobre: 10, octubre: 10, ottobre: 10,
	nov: 11, november: 11, novembre: 11, noviembre: 11,
	dec: 12, december: 12, dez: 12, dezember: 12, déc: 12, décembre: 12, diciembre: 12, dicembre: 12,
};

const MONTH_NAME = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** "Dec 06, 2018", "March 11th, 2015", "June 16 2026". */
const MONTH_DAY_YEAR = new RegExp(`(?:^|[^\\p{L}])${MONTH_NAME}\\.?\\s+${DAY},?\\s+(\\d{4})(?!\\d)`, 'iu');
/** "18 January 2019", "29. März 2020", "6 Dec, 2018". */
const DAY_MONTH_YEAR = new RegExp(`(?:^|[^\\d])${DAY}\\.?\\s+${MONTH_NAME}\\.?,?\\s+(\\d{4})(?!\\d)`, 'iu');
const YMD = /(?:^|[^\d])(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/;
/** Chinese, Japanese and Korean "2019年2月22日", "2019년 2월 22일": year, month and day each marked. */
const YMD_CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;
/** European "28.09.19", "06.12.2018". */
const DMY_DOTS = /(?:^|[^\d])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.])/;
/** US "3/09/15", "12/31/2018" (day first when the first number cannot be a month). */
const MDY_SLASH = /(?:^|[^\d])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/;
/**
 * The same with dashes, "03-02-2020" (vBulletin 3's default), read as the slashed one is; only
 * with the year's four digits, as "10-15-20" is as often a score or a range.
 */
const MDY_DASH = /(?:^|[^\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])/;
/** "14:30", "2.30 pm", "14h30", and the CJK "14時30分" / "14시 30분". */
const TIME = /(?:^|[^\d])(\d{1,2})(?:[:.h]|時|시 ?)(\d{2})(?:[:.](\d{2}))?(?:分|분)?\s*(a\.?m\.?|p\.?m\.?)?(?![\d])/i;
const TIME_HOUR_ONLY = /(?:^|[^\d])(\d{1,2})\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/i;
// A minus right after a digit is a dashed date's ("03-02-2020"), not an offset's sign.
const ZONE = /(?:\b(UTC|GMT|Z)\b\s*([+-]\d{1,2}(?::?\d{2})?)?|(\+|(?<!\d)-)(\d{2}):?(\d{2})\b|\b(EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|IST|JST|AEST|AEDT)\b)/;

/** Offsets of the zone abbreviations news sites print, in minutes east of UTC. */
const ZONE_ABBREVIATIONS: Record<string, number> = {
	EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
	CET: 60, CEST: 120, BST: 60, IST: 330, JST: 540, AEST: 600, AEDT: 660,
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Epoch timestamps: 10 digits are seconds, 13 are milliseconds (2001–2286 either way). */
const EPOCH = /^\d{10}(?:\d{3})?$/;

/**
 * Unit words of relative times in the languages of the sites we archive: English, German,
 * French, Spanish, Italian, Portuguese, Dutch. One table for all of them: a unit from one
 * language in another's phrase ("vor 3 days") is no page's text, so sharing costs nothing.
 */
type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
const RELATIVE_UNITS: Record<string, RelativeUnit> = {
	s: 'second', sec: 'second', secs: 'second', second: 'second', seconds: 'second', sekunde: 'second', sekunden: 'second',
	seconde: 'second', secondes: 'second', segundo: 'second', segundos: 'second', secondo: 'second', secondi: 'second', seconden: 'second',
	m: 'minute', min: 'minute', mins: 'minute', minute: 'minute', minutes: 'minute', minuten: 'minute',
	minuto: 'minute', minutos: 'minute', minuti: 'minute', minuut: 'minute',
	h: 'hour', hr: 'hour', hrs: 'hour', hour: 'hour', hours: 'hour', stunde: 'hour', stunden: 'hour',
	heure: 'hour', heures: 'hour', hora: 'hour', horas: 'hour', ora: 'hour', ore: 'hour', uur: 'hour',
	d: 'day', day: 'day', days: 'day', tag: 'day', tage: 'day', tagen: 'day',
	jour: 'day', jours: 'day', día: 'day', días: 'day', dia: 'day', dias: 'day', giorno: 'day', giorni: 'day', dag: 'day', dagen: 'day',
	w: 'week', wk: 'week', wks: 'week', week: 'week', weeks: 'week', woche: 'week', wochen: 'week',
	semaine: 'week', semaines: 'week', semana: 'week', semanas: 'week', settimana: 'week', settimane: 'week', weken: 'week',
	mo: 'month', mos: 'month', month: 'month', months: 'month', monat: 'month', monate: 'month', monaten: 'month',
	mois: 'month', mes: 'month', meses: 'month', mês: 'month', mese: 'month', mesi: 'month', maand: 'month', maanden: 'month',
	y: 'year', yr: 'year', yrs: 'year', year: 'year', years: 'year', jahr: 'year', jahre: 'year', jahren: 'year',
	an: 'year', ans: 'year', année: 'year', années: 'year', año: 'year', años: 'year', ano: 'year', anos: 'year', anno: 'year', anni: 'year', jaar: 'year', jaren: 'year',
};
const RELATIVE_UNIT = `(${Object.keys(RELATIVE_UNITS).sort((a, b) => b.length - a.length).join('|')})`;
/** "a", "einem", "une", "una", "um", "een": one of the unit, as a word of its own (not the "eine" of "einem"). */
const RELATIVE_ONE = 'an?|one|einem|einer|eine|ein|une?|una|uma?|een';
/** A number, a word for one, or the elided Italian "un'" of "un'ora". */
const RELATIVE_COUNT = `(\\d+|un['’]|(?:${RELATIVE_ONE})(?![\\p{L}]))`;
/** Ends a unit word: no letter follows (`\b` is ASCII-only: it finds no word end after "mês", and one inside "días"). */
const WORD_END = '(?![\\p{L}])';
/** Count and unit after the word that says "ago": "vor 2 Stunden", "il y a 3 jours", "hace 2 días", "há 1 mês". */
const RELATIVE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:vor|il y a|hace|há)\\s+${RELATIVE_COUNT}\\s*${RELATIVE_UNIT}${WORD_END}`, 'iu');
/** Count and unit before it: "2 hours ago", "3 giorni fa", "2 dagen geleden", "2 dias atrás". */
const RELATIVE_AFTER = new RegExp(`(?:^|[^\\p{L}\\d])${RELATIVE_COUNT}\\s*${RELATIVE_UNIT}\\.?\\s+(?:ago|fa|geleden|atrás)${WORD_END}`, 'iu');
/** "Just now" in the same languages. */
const RELATIVE_NOW = /^(?:just now|now|moments? ago|a moment ago|gerade eben|soeben|à l['’]instant|a l['’]instant|ahora mismo|ahora|adesso|proprio ora|agora mesmo|agora|zojuist)$/;
/** Days back that "today" and "yesterday" name, in the same languages ("hier" is French: yesterday). */
const DAYS_BACK: Record<string, number> = {
	today: 0, heute: 0, "aujourd'hui": 0, 'aujourd’hui': 0, hoy: 0, oggi: 0, hoje: 0, vandaag: 0,
	yesterday: 1, gestern: 1, hier: 1, ayer: 1, ieri: 1, ontem: 1, gisteren: 1,
};
/** "Yesterday", "Gestern, 14:30", "Today 7:30AM": the day word first, then at most a time. */
const DAY_WORD = new RegExp(`^(${Object.keys(DAYS_BACK).join('|')})(?![\\p{L}])(.*)$`, 'iu');
/** Longest label before a day word ("« Reply #12 on:", "Post by a_long_user_name »"). */
const MAX_DAY_LABEL_CHARS = 40;
/**
 * The same after a forum's short label ("« Reply #2 on: Today at 07:45:10 AM »", SMF; "by Ann »
 * Today, 10:44", phpBB): a label up to a colon or a guillemet, then the day word and a time
 * alone, so a sentence ("Update: today we launch…") is none.
 */
const LABELLED_DAY_WORD = new RegExp(`^[«‹]?[^:»]{1,${MAX_DAY_LABEL_CHARS}}[:»]\\s*(${Object.keys(DAYS_BACK).join('|')})(?![\\p{L}])([^\\p{L}]*(?:at|um|à|alle|a las|às|om)?[^\\p{L}]*(?:[ap]\\.?m\\.?|uhr)?[\\s»›]*)$`, 'iu');
const UNIT_MS = {second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000} as const;

/**
 * Parse a date-time as a page shows it or as markup encodes it. Returns null when the text
 * holds no recognisable date (never guesses a year).
 * @example parseDateTime('Jun 16, 2026, 2:26 AM', {now}) // {iso: '2026-06-16T02:26:00Z', relative: false}
 * @example parseDateTime('2 hours ago', {now: new Date('2026-01-01T12:00:00Z')}) // {iso: '2026-01-01T10:00:00.000Z', relative: true}
 */
export function parseDateTime(input: string | null | undefined, context: DateContext): ParsedDateTime | null {
	const text = (input ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
	if (!text) return null;
	const iso = parseIso(text, context.timeZone);
	if (iso) return {iso, relative: false};
	if (EPOCH.test(text)) {
		const ms = text.length === 10 ? Number(text) * 1000 : Number(text);
		return {iso: new Date(ms).toISOString(), relative: false};
	}
	const relative = parseRelative(text, context);
	if (relative) return {iso: relative, relative: true};
	const wall = parseWrittenDate(text, context.dayFirst);
	if (!wall) return null;
	const zone = zoneOffsetMinutes(text);
	if (zone !== null) return {iso: formatIso(wall, zone), relative: false};
	return {iso: formatIso(wall, wallOffset(wall, context.timeZone)), relative: false};
}

/**
 * A count and a unit letter with nothing else ("3h", "5m", "2d", "1w", "3mo", "1y"), as comment
 * widgets (OpenWeb and others) print how long ago a comment was posted ("3h ago" is
 * RELATIVE_AFTER's). Lower-case units only: "4K", "5G" and "3D" are product words, not times.
 */
const COMPACT_RELATIVE = /^(\d+) ?(s|m|min|h|hr|d|w|wk|mo|y|yr)$/;

/**
 * Parse the text of a comment's time field: what parseDateTime reads, and besides, the compact
 * relative times ("3h", "2d"). Those are only a time where the page puts a time: in prose,
 * "5m" is five metres (or five million) as often as five minutes, so parseDateTime, which
 * reads any text, leaves them alone.
 * @example parseTimeField('3h', {now: new Date('2026-01-01T12:00:00Z')}) // {iso: '2026-01-01T09:00:00.000Z', relative: true}
 */
export function parseTimeField(input: string | null | undefined, context: DateContext): ParsedDateTime | null {
	const parsed = parseDateTime(input, context);
	if (parsed) return parsed;
	const m = COMPACT_RELATIVE.exec((input ?? '').replace(/[\s\u00a0]+/g, ' ').trim());
	const unit = m ? RELATIVE_UNITS[m[2] ?? ''] : undefined;
	return m && unit ? {iso: countBack(context.now, Number(m[1]), unit), relative: true} : null;
}

/** A calendar date (`YYYY-MM-DD`) from text like "Dec 06, 2018" or "2018-12-06"; no time zone involved. */
export function parseCalendarDate(input: string | null | undefined): string | null {
	const text = (input ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
	if (!text) return null;
	const iso = ISO.exec(text);
	const wall = iso ? validWall(Number(iso[1]), Number(iso[2]), Number(iso[3])) : parseWrittenDate(text);
	if (!wall) return null;
	return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/**
 * The wall clock an ISO 8601 date-time writes, to the minute ("2019-04-19T20:00"), and whether
 * its zone is UTC ("Z", "+00:00"); null for a date without a time of day or a zone.
 */
export function isoWallClock(input: string): {wall: string; utc: boolean} | null {
	const m = ISO.exec(input.trim());
	const zone = m?.[8];
	if (!m || m[4] === undefined || zone === undefined) return null;
	return {wall: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`, utc: /^(?:z|[+-]00(?::?00)?)$/i.test(zone)};
}

/** Most minutes a zone's clock runs from UTC (UTC−12:00 to UTC+14:00). */
const MAX_ZONE_OFFSET_MINUTES = 14 * 60;
/** Zones sit whole quarter hours apart (Nepal's +05:45 is the finest step in use). */
const ZONE_OFFSET_STEP_MINUTES = 15;

/**
 * A printed stamp in the zone it was written in, learnt from the exact moment the page keeps
 * beside it for its scripts: a blog prints "3/09/15 8:00am", names no zone, and holds the same
 * moment as an epoch time (`data-publishtime="1425913200851"`, 15:00 UTC). The two are a zone's
 * offset apart, so the stamp is "2015-03-09T08:00:00-07:00". A printed clock drops the seconds
 * the epoch keeps, so the epoch may run up to a minute past it. Null for a stamp that names its
 * zone or prints no clock, and when the two are no zone's offset apart: the epoch is another
 * moment (an update, a cache key).
 */
export function inZoneOfEpoch(printed: string, epoch: string, context: DateContext): string | null {
	const text = printed.trim();
	if (!EPOCH.test(epoch) || !printsZonelessClock(text)) return null;
	const parsed = parseDateTime(text, {...context, timeZone: undefined});
	const m = parsed && !parsed.relative ? ISO.exec(parsed.iso) : null;
	if (!m) return null;
	const epochMs = epoch.length === 10 ? Number(epoch) * 1000 : Number(epoch);
	const wallAsUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
	const step = ZONE_OFFSET_STEP_MINUTES * 60_000;
	const offsetMinutes = Math.round((wallAsUtc - epochMs) / step) * ZONE_OFFSET_STEP_MINUTES;
	const lag = epochMs + offsetMinutes * 60_000 - wallAsUtc;
	if (Math.abs(offsetMinutes) > MAX_ZONE_OFFSET_MINUTES || lag < 0 || lag >= 60_000) return null;
	const local = new Date(epochMs + offsetMinutes * 60_000);
	const wall: Wall = {year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds()};
	return formatIso(wall, offsetMinutes);
}

/** Whether a date text prints a time of day and leaves its zone to the reader. */
function printsZonelessClock(text: string): boolean {
	const iso = ISO.exec(text);
	if (iso) return iso[4] !== undefined && iso[8] === undefined;
	return (TIME.test(text) || TIME_HOUR_ONLY.test(text)) && zoneOffsetMinutes(text) === null;
}

/**
 * The zone an ISO 8601 date-time's whole-hour offset names, as a time-zone name
 * ("2019-02-22T14:37:03+09:00" → "Etc/GMT-9": the Etc names count west of Greenwich); null
 * for a time without an offset, in UTC, or off the hour.
 */
export function isoOffsetZone(input: string): string | null {
	const zone = ISO.exec(input.trim())?.[8];
	const m = zone ? /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) : null;
	if (!m || Number(m[3] ?? 0) !== 0 || Number(m[2]) === 0) return null;
	return `Etc/GMT${m[1] === '+' ? '-' : '+'}${Number(m[2])}`;
}

/** Global copies of the date and time patterns, to find every part of a date a line holds. */
const DATE_LINE_PARTS = [MONTH_DAY_YEAR, DAY_MONTH_YEAR, YMD, YMD_CJK, DMY_DOTS, MDY_SLASH, RELATIVE_BEFORE, RELATIVE_AFTER, TIME, TIME_HOUR_ONLY].map((pattern) => new RegExp(pattern.source, `${pattern.flags}g`));
/** Weekday names (full and English short forms) in the month table's languages: "Tuesday 15 October 2019". */
const WEEKDAYS = [
	'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
	'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
	'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
	'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
	'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
	// Japanese weekdays, written out or as the one character set in brackets after a date ("2019年3月5日（火）").
	...['月', '火', '水', '木', '金', '土', '日'].flatMap((day) => [`${day}曜日`, day]),
];
/**
 * Words a date stamp line holds besides the date: labels ("Updated", "Stand:", "Datum:", "公開")
 * and the links between date and time ("at", "um … Uhr").
 */
const DATE_LINE_LABELS = ['updated', 'last updated', 'published', 'posted', 'modified', 'date', 'datum', 'on', 'at', 'aktualisiert', 'veröffentlicht', 'stand', 'am', 'um', 'uhr', '公開', '更新', '发布'];
const DATE_LINE_WORDS = new RegExp(`(?<![\\p{L}])(?:${[...WEEKDAYS, ...DATE_LINE_LABELS].join('|')})\\.?(?![\\p{L}])`, 'giu');
/** Zones as pages print them: the ones ZONE reads, and US names that give no offset ("5:57 AM ET"). */
const DATE_LINE_ZONES = new RegExp(`${ZONE.source}|\\b[ECMP]T\\b`, 'g');

/**
 * Whether a line is nothing but a date and/or a time, as a page's date stamp is ("Oct 6,
 * 2026 — 5:57 AM ET", "19:49", "06.10.2026, 17:57 Uhr", "Updated 2 hours ago"): read with the
 * patterns parseDateTime reads, what is left beside weekday names, labels, zones and
 * separators holds no letter or digit. A line with other words ("15 October 2019 by Jane
 * Doe", a sentence that opens with a date) is not one.
 */
export function isDateLine(input: string): boolean {
	let rest = input.replace(/[\s\u00a0]+/g, ' ');
	let found = false;
	for (const part of DATE_LINE_PARTS) {
		rest = rest.replace(part, () => {
			found = true;
			return ' ';
		});
	}
	if (!found) return false;
	rest = rest.replace(DATE_LINE_ZONES, ' ').replace(DATE_LINE_WORDS, ' ');
	return !/[\p{L}\d]/u.test(rest);
}

/**
 * A wire dateline names its place in one to four words ("MUMBAI", "NEW YORK", "RIO DE JANEIRO",
 * "SURABAYA, Indonesia/JAKARTA").
 */
const MAX_DATELINE_PLACE_WORDS = 4;
/** A word of a place set in capitals, as wire services print it. */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}.'’-]*,?$/u;
/** The country a dateline names after a comma, in ordinary case ("SURABAYA, Indonesia"). */
const COUNTRY_WORD = /^\p{Lu}\p{Ll}+,?$/u;
/** What parts a dateline's place from its date: a space, a comma, a bar, a dash, a dot. */
const PLACE_SEPARATOR = /^[\s,|·•—–-]+/;

/**
 * Whether a line is a date stamp, or a wire story's dateline: its place in capitals, then the
 * date and time ("MUMBAI Tue Dec 30, 2014 4:33pm IST", "NEW YORK | Jan 5, 2015"). News pages
 * print it under the headline as the story's metadata; the sentence that opens the story with
 * its place ("MUMBAI (Reuters) - The BSE Sensex …") holds other words and is not one.
 */
export function isPlacedDateLine(input: string): boolean {
	const text = input.replace(/[\s\u00a0]+/g, ' ').trim();
	if (isDateLine(text)) return true;
	const words = text.split(' ');
	let afterComma = false;
	for (let count = 1; count <= MAX_DATELINE_PLACE_WORDS && count < words.length; count++) {
		const word = words[count - 1] ?? '';
		if (!isPlaceWord(word, afterComma)) return false;
		afterComma = word.endsWith(',');
		if (isDateLine(words.slice(count).join(' ').replace(PLACE_SEPARATOR, ''))) return true;
	}
	return false;
}

/**
 * A word of a dateline's place: capitals, places joined by a slash ("INDONESIA/JAKARTA"), and
 * after a comma the country in ordinary case ("Indonesia/JAKARTA").
 */
function isPlaceWord(word: string, afterComma: boolean): boolean {
	return word.split('/').every((part, index) => CAPITALS_WORD.test(part) || (index === 0 && afterComma && COUNTRY_WORD.test(part)));
}

function parseIso(text: string, timeZone: string | undefined): string | null {
	const m = ISO.exec(text);
	if (!m) return null;
	const wall = validWall(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
	if (!wall) return null;
	const fraction = m[7] ?? '';
	const zone = m[8];
	if (zone === undefined) return formatIso(wall, wallOffset(wall, timeZone), fraction);
	if (zone.toUpperCase() === 'Z') return formatIso(wall, 0, fraction);
	const sign = zone.startsWith('-') ? -1 : 1;
	const digits = zone.slice(1).replace(':', '');
	const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
	return formatIso(wall, sign * minutes, fraction, true);
}

function parseRelative(text: string, context: DateContext): string | null {
	const {now} = context;
	const lower = text.toLowerCase();
	if (RELATIVE_NOW.test(lower)) return now.toISOString();
	const day = DAY_WORD.exec(lower) ?? LABELLED_DAY_WORD.exec(lower);
	if (day) return dayWordTime(DAYS_BACK[day[1] ?? ''] ?? 0, day[2] ?? '', context);
	const m = RELATIVE_BEFORE.exec(lower) ?? RELATIVE_AFTER.exec(lower);
	if (!m) return null;
	const count = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : 1;
	const unit = RELATIVE_UNITS[(m[2] ?? '').toLowerCase()];
	if (!unit) return null;
	const counted = countBack(now, count, unit);
	const clock = lower.slice(0, m.index) + lower.slice(m.index + m[0].length);
	return statedClockNear(counted, unit, clock, context.timeZone) ?? counted;
}

/**
 * "3 hours ago at 11:46 am" (MacRumors' older threads, forums): the count says the day, the clock
 * the minute. The clock is read on the site's calendar around the counted-back time and used when
 * the two agree within the count's unit: "3 hours ago" says at least 3 hours and less than 4 (or,
 * where a site rounds, from 2½), so the stated time lies up to a unit before the counted one, or
 * half a unit after it; the earlier reading is the words' own. A clock that agrees with neither is
 * in another zone than we take the site's to be, and the count stands. Months and years are too
 * coarse to place a clock on a day.
 */
function statedClockNear(counted: string, unit: RelativeUnit, text: string, timeZone: string | undefined): string | null {
	if (unit === 'month' || unit === 'year' || (!TIME.test(text) && !TIME_HOUR_ONLY.test(text))) return null;
	// A written date beside the count ("3 days ago (16.01.2017)") is no clock: its "16.01" would read as one.
	if (parseWrittenDate(text)) return null;
	const at = Date.parse(counted);
	const local = new Date(at + safeOffsetAt(at, timeZone) * 60_000);
	const time = parseTime(text);
	const span = UNIT_MS[unit];
	let atLeast: string | null = null;
	let rounded: string | null = null;
	for (const shift of [-1, 0, 1]) {
		const date = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + shift));
		const wall = validWall(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), time.hour, time.minute, time.second);
		if (!wall) continue;
		const iso = formatIso(wall, wallOffset(wall, timeZone));
		const before = at - Date.parse(iso);
		if (before >= 0 && before < span) atLeast ??= iso;
		else if (before < 0 && -before <= span / 2) rounded ??= iso;
	}
	return atLeast ?? rounded;
}

/** The time `count` units before `now`; months and years on the calendar, the rest in milliseconds. */
function countBack(now: Date, count: number, unit: RelativeUnit): string {
	if (unit === 'month' || unit === 'year') {
		const date = new Date(now.getTime());
		if (unit === 'month') date.setUTCMonth(date.getUTCMonth() - count);
		else date.setUTCFullYear(date.getUTCFullYear() - count);
		return date.toISOString();
	}
	return new Date(now.getTime() - count * UNIT_MS[unit]).toISOString();
}

/**
 * "Yesterday 11:04am" is that time on the day before the fetch, on the site's calendar.
 * "Yesterday" alone counts back a day from the clock, as "1 day ago" does; "today" alone
 * says nothing the fetch time does not, and text other than a time after the day word
 * ("Hier klicken", German "click here") is no date.
 */
function dayWordTime(daysBack: number, rest: string, context: DateContext): string | null {
	if (!/[\p{L}\d]/u.test(rest)) return daysBack > 0 ? new Date(context.now.getTime() - daysBack * UNIT_MS.day).toISOString() : null;
	// A written date after the word ("Heute, 28.09.19 13:39") is read as one by the caller.
	if ((!TIME.test(rest) && !TIME_HOUR_ONLY.test(rest)) || parseWrittenDate(rest)) return null;
	const zone = zoneOffsetMinutes(rest);
	const today = new Date(context.now.getTime() + (zone ?? safeOffsetAt(context.now.getTime(), context.timeZone)) * 60_000);
	const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - daysBack));
	const time = parseTime(rest);
	const wall = validWall(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), time.hour, time.minute, time.second);
	if (!wall) return null;
	return formatIso(wall, zone ?? wallOffset(wall, context.timeZone));
}

/** A wall-clock date and time from free text, or null when no full date (with year) is present. */
function parseWrittenDate(text: string, dayFirst = false): Wall | null {
	let date: {year: number; month: number; day: number} | null = null;
	let rest = text;
	const mdy = MONTH_DAY_YEAR.exec(text);
	const dmy = mdy ? null : DAY_MONTH_YEAR.exec(text);
	if (mdy) {
		date = {year: Number(mdy[3]), month: MONTHS[(mdy[1] ?? '').toLowerCase()] ?? 0, day: Number(mdy[2])};
		rest = text.slice(mdy.index + mdy[0].length);
	} else if (dmy) {
		date = {year: Number(dmy[3]), month: MONTHS[(dmy[2] ?? '').toLowerCase()] ?? 0, day: Number(dmy[1])};
		rest = text.slice(dmy.index + dmy[0].length);
	} else {
		const ymd = YMD.exec(text) ?? YMD_CJK.exec(text);
		const dots = ymd ? null : DMY_DOTS.exec(text);
		const slash = ymd || dots ? null : (MDY_SLASH.exec(text) ?? MDY_DASH.exec(text));
		if (ymd) date = {year: Number(ymd[1]), month: Number(ymd[2]), day: Number(ymd[3])};
		else if (dots) date = {year: fullYear(dots[3] ?? ''), month: Number(dots[2]), day: Number(dots[1])};
		else if (slash) {
			const first = Number(slash[1]);
			const second = Number(slash[2]);
			// Day first when the first number cannot be a month, or when the page's language writes it so
			// and the second number can be one.
			const firstIsDay = first > 12 || (dayFirst && second <= 12);
			date = firstIsDay ? {year: fullYear(slash[3] ?? ''), month: second, day: first} : {year: fullYear(slash[3] ?? ''), month: first, day: second};
		}
		const match = ymd ?? dots ?? slash;
		if (match) rest = text.slice(match.index + match[0].length);
	}
	if (!date) return null;
	const time = parseTime(rest);
	return validWall(date.year, date.month, date.day, time.hour, time.minute, time.second);
}

function parseTime(text: string): {hour: number; minute: number; second: number} {
	const m = TIME.exec(text);
	if (m) return {hour: to24(Number(m[1]), m[4]), minute: Number(m[2]), second: Number(m[3] ?? 0)};
	const h = TIME_HOUR_ONLY.exec(text);
	if (h) return {hour: to24(Number(h[1]), h[2]), minute: 0, second: 0};
	return {hour: 0, minute: 0, second: 0};
}

function to24(hour: number, meridiem: string | undefined): number {
	if (!meridiem) return hour;
	const pm = meridiem.toLowerCase().startsWith('p');
	if (hour === 12) return pm ? 12 : 0;
	return pm ? hour + 12 : hour;
}

/** Two-digit years: 70–99 are 19xx, the rest 20xx (comment threads predate 1970 nowhere). */
function fullYear(text: string): number {
	const year = Number(text);
	if (text.length === 4) return year;
	return year >= 70 ? 1900 + year : 2000 + year;
}

function zoneOffsetMinutes(text: string): number | null {
	const m = ZONE.exec(text);
	if (!m) return null;
	if (m[1]) {
		if (!m[2]) return 0;
		const sign = m[2].startsWith('-') ? -1 : 1;
		const [h, min] = m[2].slice(1).includes(':') ? m[2].slice(1).split(':') : [m[2].slice(1, 3), m[2].slice(3)];
		return sign * (Number(h) * 60 + Number(min || 0));
	}
	if (m[3]) return (m[3] === '-' ? -1 : 1) * (Number(m[4]) * 60 + Number(m[5]));
	return ZONE_ABBREVIATIONS[m[6] ?? ''] ?? null;
}

function validWall(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Wall | null {
	if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
	if (month < 1 || month > 12 || day < 1) return null;
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day > daysInMonth || hour > 23 || minute > 59 || second > 59) return null;
	return {year, month, day, hour, minute, second};
}

/** Offset (minutes east of UTC) that `timeZone` had at this wall-clock time; 0 without a zone. */
function wallOffset(wall: Wall, timeZone: string | undefined): number {
	if (!timeZone) return 0;
	const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
	try {
		const first = offsetAt(asUtc, timeZone);
		return offsetAt(asUtc - first * 60_000, timeZone);
	} catch {
		return 0;
	}
}

/** `offsetAt`, 0 without a zone or for a zone name the runtime does not know. */
function safeOffsetAt(epochMs: number, timeZone: string | undefined): number {
	if (!timeZone) return 0;
	try {
		return offsetAt(epochMs, timeZone);
	} catch {
		return 0;
	}
}

function offsetAt(epochMs: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
	}).formatToParts(new Date(epochMs));
	const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
	const wallMs = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return Math.round((wallMs - epochMs) / 60_000);
}

function formatIso(wall: Wall, offsetMinutes: number, fraction = '', keepZeroOffset = false): string {
	const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
	const time = `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${fraction}`;
	if (offsetMinutes === 0 && !keepZeroOffset) return `${date}T${time}Z`;
	const sign = offsetMinutes < 0 ? '-' : '+';
	const abs = Math.abs(offsetMinutes);
	return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(value: number, width = 2): string {
	return String(value).padStart(width, '0');
}
