/** What a crawl did, per site and in total; `crawl --json` prints it and each run saves one per site. */

export interface CrawlCounts {
	/** Article URLs discovery found this run (new and already archived ones). */
	discovered: number;
	/** Article visits that reached the server and were recorded (the next four added up). */
	fetched: number;
	new: number;
	changed: number;
	unchanged: number;
	/** Conditional re-visits answered 304 Not Modified. */
	notModified: number;
	/**
	 * URLs that ended with an error after their retries, by error code. An article stored
	 * whose extraction failed counts here too (as `ERR_EXTRACT`), as does a feed, sitemap
	 * or listing page that could not be read.
	 */
	failed: {total: number; byReason: Record<string, number>};
	/** Attempts that were retried (backoff or Retry-After). */
	retries: number;
	/** Listing pages, feeds and sitemaps read for links. */
	discoveryPages: number;
	skipped: {
		/** Known articles seen again that were not due for a re-visit. */
		notDue: number;
		/** URLs robots.txt disallows (or all of a host whose robots.txt could not be read). */
		disallowed: number;
		/** Articles left unfetched because the site's `maxPages` was reached. */
		overLimit: number;
	};
	durationMs: number;
}

export interface SiteRunSummary extends CrawlCounts {
	site: string;
	/** The run's id: the ISO time it first started (kept when it is resumed). */
	runId: string;
	/** When this process started (or resumed) the run. */
	startedAt: string;
	/** `interrupted` when stopped by the signal (resume it with `resume: true`), or by a fatal archive error. */
	status: 'finished' | 'interrupted';
	resumed: boolean;
	/** Path of the saved run report. */
	report: string;
}

export interface CrawlSummary extends CrawlCounts {
	/** True when any site's run was stopped before it finished. */
	interrupted: boolean;
	sites: SiteRunSummary[];
}

export interface CrawlProgress {
	site: string;
	/** URLs finished this run (articles and discovery pages, failures included). */
	done: number;
	queued: number;
	inFlight: number;
	failed: number;
	/** Articles recorded this run. */
	fetched: number;
	elapsedMs: number;
	/** Articles recorded per second since this process started the run. */
	pagesPerSecond: number;
}

export interface OutcomeInfo {
	site: string;
	/** True when the article had been archived by an earlier run. */
	revisit: boolean;
	/** Attempts it took (1 when the first one settled it). */
	attempts: number;
}

export function emptyCounts(): CrawlCounts {
	return {
		discovered: 0,
		fetched: 0,
		new: 0,
		changed: 0,
		unchanged: 0,
		notModified: 0,
		failed: {total: 0, byReason: {}},
		retries: 0,
		discoveryPages: 0,
		skipped: {notDue: 0, disallowed: 0, overLimit: 0},
		durationMs: 0,
	};
}

export function countFailure(counts: CrawlCounts, reason: string): void {
	counts.failed.total += 1;
	counts.failed.byReason[reason] = (counts.failed.byReason[reason] ?? 0) + 1;
}

/** The sum of several sites' counts; `durationMs` is the longest (sites run side by side). */
export function addCounts(sites: readonly CrawlCounts[]): CrawlCounts {
	const total = emptyCounts();
	for (const site of sites) {
		total.discovered += site.discovered;
		total.fetched += site.fetched;
		total.new += site.new;
		total.changed += site.changed;
		total.unchanged += site.unchanged;
		total.notModified += site.notModified;
		total.retries += site.retries;
		total.discoveryPages += site.discoveryPages;
		total.skipped.notDue += site.skipped.notDue;
		total.skipped.disallowed += site.skipped.disallowed;
		total.skipped.overLimit += site.skipped.overLimit;
		total.failed.total += site.failed.total;
		for (const [reason, n] of Object.entries(site.failed.byReason)) total.failed.byReason[reason] = (total.failed.byReason[reason] ?? 0) + n;
		total.durationMs = Math.max(total.durationMs, site.durationMs);
	}
	return total;
}
