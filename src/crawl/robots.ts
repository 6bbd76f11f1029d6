import robotsParserExport from 'robots-parser';
import type {Page} from '../fetch/types.js';
import {httpStatusOf} from './failure.js';

type Robots = ReturnType<typeof robotsParserExport.default>;

/**
 * robots-parser is CommonJS (`module.exports = fn`) while its types declare an ES default
 * export, so under NodeNext the types see the function as `.default` and Node hands us the
 * function itself. Accept either.
 */
const robotsParser: (url: string, text: string) => Robots =
	typeof robotsParserExport === 'function' ? robotsParserExport : robotsParserExport.default;

/**
 * robots.txt, read once per origin per run (RFC 9309).
 *
 * - 2xx: the rules apply to our user agent (its product token, e.g. `newsvault`).
 * - 4xx (404 included): no rules; everything is allowed.
 * - 5xx or no answer: the site may be down or overloaded, and RFC 9309 §2.3.1.4 says to
 *   assume everything is disallowed. The crawl skips the origin for this run.
 *
 * `Crawl-delay` (seconds) becomes the origin's gap between requests, capped.
 */

/** RFC 9309 §2.5: crawlers must read at least 500 KiB; more than that is ignored. */
export const MAX_ROBOTS_BYTES = 500 * 1024;

/**
 * Longest Crawl-delay honoured, in ms. Some sites ask for hours; a minute already means at
 * most 60 pages an hour, and a longer delay would stall a scheduled run indefinitely.
 */
export const MAX_CRAWL_DELAY_MS = 60_000;

export interface RobotsRules {
	/** Where the rules came from: `parsed` robots.txt, `none` (4xx: everything allowed), or `unreachable` (everything disallowed). */
	source: 'parsed' | 'none' | 'unreachable' | 'ignored';
	isAllowed(url: string): boolean;
	/** The Crawl-delay for our user agent in ms (capped), or null. */
	crawlDelayMs: number | null;
	/** Sitemaps the file names. */
	sitemaps: string[];
	/** Why the origin is unreachable, for the log. */
	reason?: string;
}

export const ALLOW_ALL: RobotsRules = {source: 'ignored', isAllowed: () => true, crawlDelayMs: null, sitemaps: []};

/** The product token robots.txt groups match: `newsvault` for `newsvault/0.1 (+https://…)`. */
export function productToken(userAgent: string): string {
	return userAgent.trim().split(/[\s/]/)[0] || userAgent;
}

/** Rules from a robots.txt body. */
export function parseRobots(robotsUrl: string, text: string, userAgent: string): RobotsRules {
	const robots = robotsParser(robotsUrl, text.slice(0, MAX_ROBOTS_BYTES));
	const token = productToken(userAgent);
	const delay = robots.getCrawlDelay(token);
	return {
		source: 'parsed',
		// undefined means "another origin": those rules are not this file's to give.
		isAllowed: (url) => robots.isAllowed(url, token) !== false,
		crawlDelayMs: delay !== undefined && delay > 0 ? Math.min(delay * 1000, MAX_CRAWL_DELAY_MS) : null,
		sitemaps: robots.getSitemaps(),
	};
}

/** Rules for a fetch of robots.txt that threw (`error`) or answered (`page`). */
export function rulesFromFetch(robotsUrl: string, userAgent: string, outcome: {page: Page} | {error: unknown}): RobotsRules {
	if ('page' in outcome) {
		const {page} = outcome;
		if (page.status >= 200 && page.status < 300) return parseRobots(robotsUrl, page.html, userAgent);
		return statusRules(page.status);
	}
	const status = httpStatusOf(outcome.error);
	if (status !== null) return statusRules(status);
	const reason = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
	return {source: 'unreachable', isAllowed: () => false, crawlDelayMs: null, sitemaps: [], reason};
}

function statusRules(status: number): RobotsRules {
	if (status >= 400 && status < 500) return {source: 'none', isAllowed: () => true, crawlDelayMs: null, sitemaps: []};
	return {source: 'unreachable', isAllowed: () => false, crawlDelayMs: null, sitemaps: [], reason: `robots.txt answered ${status}`};
}

/** One robots.txt fetch per origin; concurrent callers share it. */
export class RobotsCache {
	readonly #rules = new Map<string, Promise<RobotsRules>>();
	readonly #fetch: (url: string) => Promise<Page>;
	readonly #userAgent: string;

	constructor(fetch: (url: string) => Promise<Page>, userAgent: string) {
		this.#fetch = fetch;
		this.#userAgent = userAgent;
	}

	/** The rules for `url`'s origin, fetching robots.txt on first use. */
	forUrl(url: string): Promise<RobotsRules> {
		const origin = new URL(url).origin;
		let rules = this.#rules.get(origin);
		if (!rules) {
			const robotsUrl = `${origin}/robots.txt`;
			rules = this.#fetch(robotsUrl).then(
				(page) => rulesFromFetch(robotsUrl, this.#userAgent, {page}),
				(error: unknown) => rulesFromFetch(robotsUrl, this.#userAgent, {error}),
			);
			this.#rules.set(origin, rules);
		}
		return rules;
	}
}
