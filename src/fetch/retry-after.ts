/**
 * A `Retry-After` header as milliseconds to wait: either delay-seconds (`120`) or an
 * HTTP-date, measured from `referenceMs` (the response's own `Date`, so a skewed local clock
 * does not matter). Undefined when absent or unreadable; a date in the past is 0.
 */
export function parseRetryAfter(value: string | undefined, referenceMs: number): number | undefined {
	const trimmed = value?.trim();
	if (!trimmed) return undefined;
	if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
	// Every HTTP-date form names the month; without one, Date.parse reads '-5' as a year.
	if (!/[a-z]{3}/i.test(trimmed)) return undefined;
	const at = Date.parse(trimmed);
	if (Number.isNaN(at)) return undefined;
	return Math.max(0, at - referenceMs);
}
