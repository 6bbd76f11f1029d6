/**
 * Whether two publication timestamps name the same moment. The expected values are raw meta
 * strings in every shape ("2018-04-05T06:00", "2017-11-03 03:01:00.000000", "2024-06-25",
 * "2021-11-01T10:52:50+0100"); newsvault gives ISO 8601 with an offset.
 */

interface Timestamp {
	/** Wall-clock fields as written: year, month, day, then hour, minute, second when present. */
	fields: number[];
	/** Minutes east of UTC, or null when the string has no zone. */
	offsetMinutes: number | null;
}

const TIMESTAMP =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/iu;

export function parseTimestamp(text: string): Timestamp | null {
	const match = TIMESTAMP.exec(text.trim());
	if (!match) return null;
	const fields = match
		.slice(1, 7)
		.filter((part): part is string => part !== undefined)
		.map(Number);
	const zone = match[7];
	let offsetMinutes: number | null = null;
	if (zone !== undefined) {
		if (zone.toUpperCase() === 'Z') offsetMinutes = 0;
		else {
			const digits = zone.replace(':', '');
			const sign = digits.startsWith('-') ? -1 : 1;
			offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
		}
	}
	return {fields, offsetMinutes};
}

/**
 * Same instant (to the second) when both carry a zone and a time; otherwise the same wall
 * clock to the precision the expected value has (a date-only label checks the date only).
 */
export function matchesPublishedTime(extracted: string, expected: string): boolean {
	const got = parseTimestamp(extracted);
	const want = parseTimestamp(expected);
	if (!got || !want) return extracted.trim() === expected.trim();
	if (got.offsetMinutes !== null && want.offsetMinutes !== null && got.fields.length > 3 && want.fields.length > 3) {
		return instantSeconds(got) === instantSeconds(want);
	}
	if (got.fields.length < want.fields.length) return false;
	return want.fields.every((value, index) => got.fields[index] === value);
}

function instantSeconds(timestamp: Timestamp): number {
	const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = timestamp.fields;
	return Date.UTC(year, month - 1, day, hour, minute, second) / 1000 - (timestamp.offsetMinutes ?? 0) * 60;
}
