import type {Logger} from 'pino';
import {NewsvaultError, redactUrl} from '../errors.js';
import type {Fetcher, Page} from '../fetch/types.js';
import type {ArchiveOutcome, ArchiveUrlOptions} from '../pipeline/index.js';
import type {SiteConfig} from './config.js';
import {discoverLinks} from './discover.js';
import {failureReason, hostPauseMs, retryDecision} from './failure.js';
import {MemoryFrontier, type FrontierEntry} from './frontier.js';
import {HostPool, NOT_STARTED} from './hosts.js';
import {JournaledFrontier, replayJournal} from './journal.js';
import {Intake} from './intake.js';
import {hostOf} from './normalize.js';
import {PAGES_PER_REQUEST_SLOT, UNLIMITED, pageRequests, type RequestLimiter} from './page-requests.js';
import {recordVisit, type ArticleRecord, type RevisitMode} from './revisit.js';
import type {RobotsCache, RobotsRules} from './robots.js';
import {SiteStateFiles, type LoadedState, type RunInfo} from './state.js';
import {countFailure, emptyCounts, type CrawlCounts, type CrawlProgress, type OutcomeInfo, type SiteRunSummary} from './summary.js';
import type {CrawlTime} from './time.js';

/**
 * One site's crawl run: seed the frontier (or restore it), then hand entries to the host
 * pool until nothing is left or the signal asks to stop, journaling every step.
 */

/**
 * Completed pages between checkpoints of state.json. The journal covers the pages in
 * between, so this only bounds replay time and journal size; 500 keeps checkpoint writes
 * (whose size grows with the frontier) a small share of the I/O at 10,000 pages.
 */
export const CHECKPOINT_EVERY = 500;

/** Failures of the archive itself: every further page would fail the same way, so the run stops (state saved). */
const FATAL_CODES = new Set(['ERR_ARCHIVE_IO', 'ERR_ARCHIVE_CORRUPT']);

/** The code a URL robots.txt disallows is filed under in the frontier (not an error: counted as skipped). */
const DISALLOWED = 'robots-disallowed';

export interface SiteRunContext {
	site: SiteConfig;
	archiveDir: string;
	/** Archive one article; when `archiveLimitsRequests`, it sends every request through `limit`. */
	archive: (url: string, options: ArchiveUrlOptions, limit: RequestLimiter) => Promise<ArchiveOutcome>;
	/**
	 * True when `archive` runs each request through `limit`: the run then holds no slot
	 * around the whole page, so extraction and disk writes never keep a request waiting
	 * (and overlap other pages' fetches). False for a caller's own `archive`, whose
	 * requests the run cannot see: it runs inside one slot, as one request.
	 */
	archiveLimitsRequests: boolean;
	/** Validators of the last visit, for a conditional request; null when unknown. */
	latestVisit: (url: string) => Promise<{etag: string | null; lastModified: string | null} | null>;
	discoveryFetcher: Fetcher;
	pool: HostPool;
	robots: RobotsCache | null;
	/** Sent with every request when set. */
	userAgent: string | undefined;
	time: CrawlTime;
	random: () => number;
	logger: Logger;
	signal: AbortSignal;
	resume: boolean;
	revisit: RevisitMode;
	onOutcome?: (outcome: ArchiveOutcome, info: OutcomeInfo) => void;
	onProgress?: (progress: CrawlProgress) => void;
}

export async function runSite(ctx: SiteRunContext): Promise<SiteRunSummary> {
	const {files, loaded} = await SiteStateFiles.open(ctx.archiveDir, ctx.site.name);
	try {
		return await new SiteRun(ctx, files, loaded).run();
	} finally {
		await files.close();
	}
}

class SiteRun {
	readonly #ctx: SiteRunContext;
	readonly #files: SiteStateFiles;
	readonly #log: Logger;
	readonly #intake: Intake;
	readonly #articles: Map<string, ArticleRecord>;
	readonly #frontier: JournaledFrontier;
	readonly #run: RunInfo;
	readonly #resumed: boolean;
	readonly #lastFinishedRunAt: string | null;
	readonly #counts: CrawlCounts = emptyCounts();
	readonly #stop = new AbortController();
	readonly #signal: AbortSignal;
	readonly #startedMs: number;
	readonly #outstanding = new Set<Promise<void>>();
	readonly #robotsApplied = new Set<string>();
	#articlesStarted = 0;
	#completions = 0;
	#fatal: unknown = null;
	#wake: () => void = () => undefined;

	constructor(ctx: SiteRunContext, files: SiteStateFiles, loaded: LoadedState) {
		this.#ctx = ctx;
		this.#files = files;
		this.#log = ctx.logger.child({site: ctx.site.name});
		this.#signal = AbortSignal.any([ctx.signal, this.#stop.signal]);
		this.#startedMs = ctx.time.now();
		this.#articles = new Map(Object.entries(loaded.state.articles));
		this.#lastFinishedRunAt = loaded.state.lastFinishedRunAt;
		const previous = loaded.state.run;
		const now = new Date(this.#startedMs).toISOString();
		if (ctx.resume && previous && previous.status !== 'finished' && loaded.state.frontier) {
			const inner = MemoryFrontier.restore(loaded.state.frontier);
			replayJournal(loaded.journal, inner, this.#articles);
			this.#frontier = new JournaledFrontier(inner, files.journal());
			this.#intake = this.#newIntake(ctx);
			this.#run = {...previous, status: 'running'};
			this.#resumed = true;
			this.#articlesStarted = countStartedArticles(inner);
			this.#log.info({runId: previous.id, ...inner.size()}, 'resuming the interrupted run');
			return;
		}
		// An unfinished run's journal still holds the records of articles it archived.
		replayJournal(loaded.journal, new MemoryFrontier(), this.#articles);
		if (previous && previous.status !== 'finished') {
			this.#log.info({runId: previous.id}, ctx.resume ? 'nothing to resume; starting a new run' : 'the last run did not finish; starting over (resume it with --resume)');
		}
		this.#frontier = new JournaledFrontier(new MemoryFrontier(), files.journal());
		this.#intake = this.#newIntake(ctx);
		this.#run = {id: now, startedAt: now, status: 'running'};
		this.#resumed = false;
		this.#intake.seed();
	}

	#newIntake(ctx: SiteRunContext): Intake {
		return new Intake({
			site: ctx.site,
			frontier: this.#frontier,
			articles: this.#articles,
			counts: this.#counts,
			revisit: ctx.revisit,
			now: () => ctx.time.now(),
			lastFinishedRunAt: this.#lastFinishedRunAt,
			logger: this.#log,
		});
	}

	async run(): Promise<SiteRunSummary> {
		const startedAt = new Date(this.#startedMs).toISOString();
		await this.#checkpoint('running');
		if (this.#ctx.robots && this.#ctx.site.sitemapsFromRobots) {
			for (const url of this.#siteUrls()) await this.#robotsFor(url).catch((error: unknown) => this.#onFatal(error));
		}
		const completed = await this.#loop();
		const status = completed ? 'finished' : 'interrupted';
		if (completed) this.#counts.skipped.overLimit = this.#frontier.size().pending;
		this.#counts.durationMs = this.#ctx.time.now() - this.#startedMs;
		await this.#checkpoint(status);
		const summary = {site: this.#ctx.site.name, runId: this.#run.id, startedAt, status, resumed: this.#resumed, ...this.#counts} as const;
		const report = await this.#files.writeReport(startedAt, {
			...summary,
			finishedAt: new Date(this.#ctx.time.now()).toISOString(),
			error: this.#fatal ? describe(this.#fatal) : null,
			config: this.#ctx.site,
		});
		this.#log.info({status, ...this.#counts}, 'run ended');
		if (this.#fatal) throw this.#fatal;
		return {...summary, report};
	}

	/** Hand out entries until none is left (true) or the run is stopped (false). */
	async #loop(): Promise<boolean> {
		const {time} = this.#ctx;
		const limit = this.#ctx.pool.concurrency * (this.#ctx.archiveLimitsRequests ? PAGES_PER_REQUEST_SLOT : 1);
		const stopped = new Promise<void>((resolve) => {
			if (this.#signal.aborted) resolve();
			else this.#signal.addEventListener('abort', () => resolve(), {once: true});
		});
		while (!this.#signal.aborted) {
			while (this.#outstanding.size < limit) {
				const entry = this.#frontier.next(time.now(), {newArticles: this.#articlesStarted < this.#ctx.site.maxPages});
				if (!entry) break;
				if (entry.kind === 'article' && entry.attempts === 0) this.#articlesStarted += 1;
				const task: Promise<void> = this.#process(entry).finally(() => {
					this.#outstanding.delete(task);
					this.#wake();
				});
				this.#outstanding.add(task);
			}
			const retryAt = this.#frontier.nextRetryAt();
			if (this.#outstanding.size === 0 && retryAt === null) return true;
			const woken = new Promise<void>((resolve) => {
				this.#wake = resolve;
			});
			const timer = new AbortController();
			const waits = [woken, stopped];
			if (retryAt !== null && this.#outstanding.size < limit) waits.push(time.sleep(retryAt - time.now(), timer.signal));
			await Promise.race(waits);
			timer.abort();
		}
		// Stopped: in-flight pages finish and are recorded; queued ones never start.
		await Promise.all(this.#outstanding);
		return false;
	}

	async #process(entry: FrontierEntry): Promise<void> {
		try {
			const host = hostOf(entry.url);
			this.#ctx.pool.configure(host, this.#ctx.site.perHost);
			const rules = await this.#robotsFor(entry.url);
			if (rules && !rules.isAllowed(entry.url)) {
				this.#counts.skipped.disallowed += 1;
				if (entry.kind === 'article' && entry.attempts === 0) this.#articlesStarted -= 1;
				this.#frontier.markFailed(entry.url, DISALLOWED);
				this.#log.info({url: redactUrl(entry.url), robots: rules.source, reason: rules.reason}, 'disallowed by robots.txt');
				return;
			}
			if (entry.kind === 'article') await this.#visitArticle(entry, host);
			else await this.#readDiscovery(entry, host);
		} catch (error) {
			if (isFatal(error)) return this.#onFatal(error);
			this.#giveUp(entry, error);
		}
	}

	async #visitArticle(entry: FrontierEntry, host: string): Promise<void> {
		const ctx = this.#ctx;
		const headers = {...this.#agentHeaders(), ...(await this.#conditionalHeaders(entry.url))};
		const options: ArchiveUrlOptions = {headers, ...(ctx.site.render ? {render: ctx.site.render} : {})};
		const outcome = ctx.archiveLimitsRequests ? await this.#archiveRequestByRequest(entry.url, options) : await this.#archiveInOneSlot(entry.url, options, host);
		if (outcome === NOT_STARTED) return;
		const info = {site: ctx.site.name, revisit: entry.revisit, attempts: entry.attempts + 1};
		if (outcome.version === null) {
			const error = outcome.error ?? new NewsvaultError('ERR_NETWORK', `"${redactUrl(entry.url)}": nothing was stored`);
			if (isFatal(error)) return this.#onFatal(error);
			if (this.#retryLater(entry, error)) return;
			this.#giveUp(entry, error);
			ctx.onOutcome?.(outcome, info);
			return;
		}
		this.#counts.fetched += 1;
		const change = outcome.change ?? 'new';
		this.#counts[change === 'not-modified' ? 'notModified' : change] += 1;
		if (!outcome.ok) countFailure(this.#counts, outcome.error?.code ?? 'ERR_EXTRACT');
		const record = recordVisit(this.#articles.get(entry.url), {
			at: new Date(ctx.time.now()),
			publishedAt: outcome.snapshot?.article.publishedAt ?? null,
			comments: outcome.snapshot ? outcome.snapshot.comments.items.length : null,
		});
		this.#articles.set(entry.url, record);
		this.#frontier.recordArticle(entry.url, record);
		// Without include patterns, links on articles are not followed (see scope.ts), so the page is not parsed again.
		if (ctx.site.include.length > 0 && outcome.page && outcome.page.status < 300 && outcome.page.html) {
			this.#intake.addLinks(discoverLinks(outcome.page.body, outcome.page.finalUrl, outcome.page.html), 'article');
		}
		this.#frontier.markDone(entry.url, 'article');
		this.#log.debug({url: redactUrl(entry.url), change, version: outcome.version}, 'archived');
		ctx.onOutcome?.(outcome, info);
		this.#completed();
	}

	async #archiveRequestByRequest(url: string, options: ArchiveUrlOptions): Promise<ArchiveOutcome | typeof NOT_STARTED> {
		const requests = pageRequests(this.#ctx.pool, this.#signal, (host, error) => this.#pauseHostIfAsked(host, error));
		const outcome = await this.#ctx.archive(url, options, requests.limit);
		return requests.stoppedBeforeStart() ? NOT_STARTED : outcome;
	}

	async #archiveInOneSlot(url: string, options: ArchiveUrlOptions, host: string): Promise<ArchiveOutcome | typeof NOT_STARTED> {
		return this.#ctx.pool.run(
			host,
			async () => {
				const result = await this.#ctx.archive(url, options, UNLIMITED);
				if (result.error) this.#pauseHostIfAsked(host, result.error);
				return result;
			},
			this.#signal,
		);
	}

	async #readDiscovery(entry: FrontierEntry, host: string): Promise<void> {
		let page: Page | typeof NOT_STARTED;
		try {
			page = await this.#ctx.pool.run(
				host,
				() =>
					this.#ctx.discoveryFetcher.fetch({url: entry.url, headers: this.#agentHeaders()}).catch((error: unknown) => {
						this.#pauseHostIfAsked(host, error);
						throw error;
					}),
				this.#signal,
			);
		} catch (error) {
			if (this.#retryLater(entry, error)) return;
			this.#giveUp(entry, error);
			return;
		}
		if (page === NOT_STARTED) return;
		this.#counts.discoveryPages += 1;
		const found = discoverLinks(page.body, page.finalUrl, page.html);
		this.#intake.addLinks(found, found.type === 'html' ? 'listing' : found.type === 'urlset' ? 'sitemap' : 'feed');
		this.#frontier.markDone(entry.url, entry.kind);
		this.#log.debug({url: redactUrl(entry.url), type: found.type, links: found.links.length, sitemaps: found.sitemaps.length}, 'read for links');
		this.#completed();
	}

	async #robotsFor(url: string): Promise<RobotsRules | null> {
		const {robots, pool, site} = this.#ctx;
		if (!robots) return null;
		const host = hostOf(url);
		pool.configure(host, site.perHost);
		const rules = await robots.forUrl(url);
		const origin = new URL(url).origin;
		if (!this.#robotsApplied.has(origin)) {
			this.#robotsApplied.add(origin);
			if (rules.crawlDelayMs !== null) pool.raiseDelay(host, rules.crawlDelayMs);
			if (site.sitemapsFromRobots) for (const sitemap of rules.sitemaps) this.#intake.addSitemap(sitemap);
			if (rules.source === 'unreachable') this.#log.warn({origin, reason: rules.reason}, 'robots.txt unreachable: the host is skipped this run');
			else this.#log.debug({origin, source: rules.source, crawlDelayMs: rules.crawlDelayMs, sitemaps: rules.sitemaps.length}, 'robots.txt');
		}
		return rules;
	}

	#retryLater(entry: FrontierEntry, error: unknown): boolean {
		const decision = retryDecision(error, entry.attempts + 1, this.#ctx.random);
		if (!decision.retry) return false;
		const at = this.#ctx.time.now() + decision.delayMs;
		this.#counts.retries += 1;
		this.#frontier.markFailed(entry.url, failureReason(error), at);
		this.#log.info({url: redactUrl(entry.url), attempt: entry.attempts, delayMs: decision.delayMs, why: decision.reason, error: describe(error)}, 'will retry');
		return true;
	}

	/** Inside the host's slot, so the pause is in place before the host's next request may start. */
	#pauseHostIfAsked(host: string, error: unknown): void {
		const pause = hostPauseMs(error);
		if (pause === null) return;
		this.#ctx.pool.pause(host, this.#ctx.time.now() + pause);
		this.#log.info({host, pauseMs: pause}, 'host asked us to wait (Retry-After)');
	}

	#giveUp(entry: FrontierEntry, error: unknown): void {
		const reason = failureReason(error);
		countFailure(this.#counts, reason);
		this.#frontier.markFailed(entry.url, reason);
		this.#log.warn({url: redactUrl(entry.url), kind: entry.kind, attempts: entry.attempts, error: describe(error)}, 'failed');
		this.#completed();
	}

	#completed(): void {
		this.#completions += 1;
		if (this.#completions % CHECKPOINT_EVERY === 0) this.#checkpoint('running').catch((error: unknown) => this.#onFatal(error));
		const {onProgress} = this.#ctx;
		if (!onProgress) return;
		const size = this.#frontier.size();
		const elapsedMs = this.#ctx.time.now() - this.#startedMs;
		onProgress({
			site: this.#ctx.site.name,
			done: size.done + size.failed,
			queued: size.pending,
			inFlight: size.inFlight,
			failed: this.#counts.failed.total,
			fetched: this.#counts.fetched,
			elapsedMs,
			pagesPerSecond: elapsedMs > 0 ? (this.#counts.fetched * 1000) / elapsedMs : 0,
		});
	}

	#checkpoint(status: RunInfo['status']): Promise<void> {
		const finished = status === 'finished';
		return this.#files.checkpoint({
			run: {...this.#run, status},
			lastFinishedRunAt: finished ? this.#run.startedAt : this.#lastFinishedRunAt,
			frontier: finished ? null : this.#frontier.snapshot(),
			articles: Object.fromEntries(this.#articles),
		});
	}

	#onFatal(error: unknown): void {
		this.#fatal ??= error;
		this.#log.error({error: describe(error)}, 'stopping the run: the archive cannot be written');
		this.#stop.abort();
	}

	async #conditionalHeaders(url: string): Promise<Record<string, string>> {
		const visit = await this.#ctx.latestVisit(url).catch(() => null);
		const headers: Record<string, string> = {};
		if (visit?.etag) headers['if-none-match'] = visit.etag;
		if (visit?.lastModified) headers['if-modified-since'] = visit.lastModified;
		return headers;
	}

	#agentHeaders(): Record<string, string> {
		return this.#ctx.userAgent ? {'user-agent': this.#ctx.userAgent} : {};
	}

	/** Seed, feed and sitemap URLs: their origins' robots.txt is read up front for the sitemaps it names. */
	#siteUrls(): string[] {
		const {site} = this.#ctx;
		const origins = new Map<string, string>();
		for (const url of [...site.seeds, ...site.feeds, ...site.sitemaps]) origins.set(new URL(url).origin, url);
		return [...origins.values()];
	}
}

/** Articles a restored run already spent of its `maxPages`: finished, given up, or waiting for a retry. */
function countStartedArticles(frontier: MemoryFrontier): number {
	const snapshot = frontier.snapshot();
	const done = snapshot.done.filter((entry) => entry.kind === 'article').length;
	const failed = snapshot.failed.filter((entry) => entry.kind === 'article' && entry.code !== DISALLOWED).length;
	const retrying = snapshot.pending.filter((entry) => entry.kind === 'article' && entry.attempts > 0).length;
	return done + failed + retrying;
}

function isFatal(error: unknown): boolean {
	return error instanceof NewsvaultError && FATAL_CODES.has(error.code);
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
