import {NewsvaultError} from '../errors.js';
import {FetchError} from '../fetch/errors.js';

/**
 * What the crawler does after a failed request: retry (when, and how soon) or give up.
 * Only errors marked retryable are retried (timeouts, resets, 429, 5xx); a 404 or a
 * page that is not HTML will not get better by asking again.
 */

/** Attempts per URL, the first included: three retries ride out a restart or a short overload. */
export const MAX_ATTEMPTS = 4;

/** First backoff; doubled per attempt (1 s, 2 s, 4 s) before jitter. */
export const BASE_BACKOFF_MS = 1000;

/** Longest backoff between attempts. */
export const MAX_BACKOFF_MS = 60_000;

/**
 * Longest Retry-After honoured. A server asking for more than ten minutes is telling us
 * to come back another run; waiting longer would hold the whole run hostage.
 */
export const MAX_RETRY_AFTER_MS = 10 * 60_000;

/** Statuses whose Retry-After also pauses the whole host: the server is rate-limiting or overloaded, not just this URL. */
const HOST_PAUSE_STATUSES = new Set([429, 503]);

export type RetryDecision =
	| {retry: false}
	| {retry: true; delayMs: number; reason: 'retry-after' | 'backoff'};

/**
 * Whether and when to retry after attempt number `attempt` (1 for the first) failed with `error`.
 * `random` returns [0, 1) and spreads retries so many clients do not come back in step.
 */
export function retryDecision(error: unknown, attempt: number, random: () => number = Math.random): RetryDecision {
	if (!(error instanceof NewsvaultError) || !error.retryable || attempt >= MAX_ATTEMPTS) return {retry: false};
	const pause = hostPauseMs(error);
	if (pause !== null) return {retry: true, delayMs: pause, reason: 'retry-after'};
	return {retry: true, delayMs: backoffMs(attempt, random), reason: 'backoff'};
}

/**
 * How long the whole host should wait after `error`, or null: a 429 or 503 that says
 * Retry-After (capped). Applied before the host's next request may start, so no request
 * slips in between the answer and the pause.
 */
export function hostPauseMs(error: unknown): number | null {
	const status = httpStatusOf(error);
	const retryAfter = retryAfterMsOf(error);
	if (retryAfter === null || status === null || !HOST_PAUSE_STATUSES.has(status)) return null;
	return Math.min(retryAfter, MAX_RETRY_AFTER_MS);
}

/** "Equal jitter" exponential backoff: half the doubled delay fixed, half random. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
	const ceiling = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempt - 1));
	return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** The HTTP status a failed request got, or null when it got none. */
export function httpStatusOf(error: unknown): number | null {
	return error instanceof FetchError && error.status !== undefined ? error.status : null;
}

export function retryAfterMsOf(error: unknown): number | null {
	return error instanceof FetchError && error.retryAfterMs !== undefined ? error.retryAfterMs : null;
}

/** The reason a failure is counted under in the run summary: the error code. */
export function failureReason(error: unknown): string {
	return error instanceof NewsvaultError ? error.code : 'ERR_NETWORK';
}
