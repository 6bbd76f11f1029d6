/**
 * When a known article is due for another visit. Pure: the time is passed in.
 *
 * News pages change most while they are young (corrections, updates, and a comment
 * thread that is still growing), so young articles are re-visited often and old ones
 * rarely. An article whose thread grew on its last visit is "hot" and is re-visited at
 * least as often as `hotEveryMs`, whatever its age.
 */

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface RevisitTier {
	/** Articles younger than this… */
	maxAgeMs: number;
	/** …are re-visited this often. */
	everyMs: number;
}

export interface RevisitPolicy {
	/** Checked in order of `maxAgeMs`; the first tier the article is younger than applies. */
	tiers: readonly RevisitTier[];
	/** Interval for articles older than every tier. */
	olderEveryMs: number;
	/** Longest interval for a thread that gained comments on its last visit. */
	hotEveryMs: number;
}

/**
 * Defaults from how phone-news threads behave in the corpus: most comments arrive in the
 * first day, a trickle in the first week, and almost none after a month.
 */
export const DEFAULT_REVISIT_POLICY: RevisitPolicy = {
	tiers: [
		{maxAgeMs: DAY_MS, everyMs: HOUR_MS},
		{maxAgeMs: 7 * DAY_MS, everyMs: 6 * HOUR_MS},
		{maxAgeMs: 30 * DAY_MS, everyMs: DAY_MS},
	],
	olderEveryMs: 7 * DAY_MS,
	hotEveryMs: HOUR_MS,
};

/** What the crawler remembers about one archived article between runs. */
export interface ArticleRecord {
	/** ISO time the crawler first archived it. */
	firstSeen: string;
	/** The article's own publication time (ISO), when the page states one. */
	publishedAt: string | null;
	/** ISO time of the last visit that reached the server (any outcome but a failure). */
	lastVisit: string;
	/** Comments captured on the last visit, or null when nothing was extracted. */
	comments: number | null;
	/** True when the last visit captured more comments than the one before. */
	commentsGrew: boolean;
}

export type RevisitMode = 'due' | 'all';

/** The article's age at `now`: from its publication time, else from when it was first seen. */
export function articleAgeMs(record: ArticleRecord, now: Date): number {
	const published = record.publishedAt ? Date.parse(record.publishedAt) : Number.NaN;
	const born = Number.isFinite(published) ? published : Date.parse(record.firstSeen);
	return Math.max(0, now.getTime() - born);
}

/** How long to wait after a visit before the next one. */
export function revisitIntervalMs(record: ArticleRecord, now: Date, policy: RevisitPolicy = DEFAULT_REVISIT_POLICY): number {
	const age = articleAgeMs(record, now);
	const tier = [...policy.tiers].sort((a, b) => a.maxAgeMs - b.maxAgeMs).find((t) => age < t.maxAgeMs);
	const interval = tier ? tier.everyMs : policy.olderEveryMs;
	return record.commentsGrew ? Math.min(interval, policy.hotEveryMs) : interval;
}

/** When the article is next due. */
export function nextVisitAt(record: ArticleRecord, now: Date, policy: RevisitPolicy = DEFAULT_REVISIT_POLICY): Date {
	return new Date(Date.parse(record.lastVisit) + revisitIntervalMs(record, now, policy));
}

/** True when the article should be fetched again in a run starting at `now`. */
export function isDue(record: ArticleRecord, now: Date, mode: RevisitMode = 'due', policy: RevisitPolicy = DEFAULT_REVISIT_POLICY): boolean {
	if (mode === 'all') return true;
	return nextVisitAt(record, now, policy).getTime() <= now.getTime();
}

/** The record after a visit at `at` that captured `comments` (null when nothing was extracted). */
export function recordVisit(
	previous: ArticleRecord | undefined,
	visit: {at: Date; publishedAt: string | null; comments: number | null},
): ArticleRecord {
	const at = visit.at.toISOString();
	if (!previous) {
		return {firstSeen: at, publishedAt: visit.publishedAt, lastVisit: at, comments: visit.comments, commentsGrew: false};
	}
	// A 304 or a failed extraction says nothing about the thread: keep what we knew.
	if (visit.comments === null) return {...previous, lastVisit: at};
	return {
		firstSeen: previous.firstSeen,
		publishedAt: visit.publishedAt ?? previous.publishedAt,
		lastVisit: at,
		comments: visit.comments,
		commentsGrew: previous.comments !== null && visit.comments > previous.comments,
	};
}

const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)$/;
const UNIT_MS: Record<string, number> = {ms: 1, s: 1000, m: 60_000, h: HOUR_MS, d: DAY_MS, w: 7 * DAY_MS};

/** `90s`, `15m`, `6h`, `1d`, `2w` or a number of milliseconds; null when it is neither. */
export function parseDuration(value: string | number): number | null {
	if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : null;
	const match = DURATION.exec(value.trim());
	if (!match?.[1] || !match[2]) return null;
	const ms = Number(match[1]) * (UNIT_MS[match[2]] ?? Number.NaN);
	return Number.isFinite(ms) && ms > 0 ? ms : null;
}
