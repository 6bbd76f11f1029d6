import pino, {type Logger} from 'pino';
import {NewsvaultError} from '../errors.js';
import {HttpFetcher} from '../fetch/http.js';
import {DEFAULT_USER_AGENT} from '../fetch/http-options.js';
import type {Fetcher, Page} from '../fetch/types.js';
import {archiveUrl, type ArchiveOutcome, type ArchiveUrlOptions, type PipelineDeps} from '../pipeline/index.js';
import type {CrawlConfig} from './config.js';
import {HostPool, NOT_STARTED} from './hosts.js';
import {hostOf} from './normalize.js';
import {limitedDeps} from './page-requests.js';
import type {RevisitMode} from './revisit.js';
import {RobotsCache} from './robots.js';
import {runSite, type SiteRunContext} from './site-run.js';
import {addCounts, type CrawlProgress, type CrawlSummary, type OutcomeInfo, type SiteRunSummary} from './summary.js';
import {systemTime, type CrawlTime} from './time.js';

/**
 * `crawl(config, deps)`: discover articles from each site's seeds, feeds and sitemaps and
 * archive them through `archiveUrl`, politely (robots.txt, per-host limits, Retry-After),
 * incrementally (conditional requests, re-visits by article age) and resumably (state
 * journaled under `<archive>/crawl/<site>/`). Sites run side by side under one global
 * concurrency limit.
 *
 * @example
 * const store = await ArchiveStore.open('archive');
 * const fetcher = new HttpFetcher();
 * const summary = await crawl(await loadConfig('crawl.json'), {fetcher, store}, {signal});
 * console.log(summary.new, summary.changed, summary.failed.byReason);
 */

export interface CrawlDeps extends PipelineDeps {
	/**
	 * Fetches robots.txt, feeds, sitemaps and listing pages (which are read, never archived).
	 * @default an HttpFetcher that accepts HTML, XML, feeds, text and gzip, closed after the run
	 */
	discoveryFetcher?: Fetcher;
	/** Where `crawl/<site>/` state and run reports go. @default store.dir */
	archiveDir?: string;
	/** The clock for delays, backoffs and record times. @default the system clock */
	time?: CrawlTime;
	/** [0, 1) for retry jitter. @default Math.random */
	random?: () => number;
	/** Archive one article. @default archiveUrl with these deps */
	archive?: (url: string, options: ArchiveUrlOptions) => Promise<ArchiveOutcome>;
}

export interface CrawlOptions {
	/** Stop: pages in flight finish and are recorded, the state is saved, and `crawl` returns normally. */
	signal?: AbortSignal;
	/** Continue each site's interrupted run instead of starting a new one. @default false */
	resume?: boolean;
	/** `due`: re-visit known articles when the revisit policy says so; `all`: every known article now. @default 'due' */
	revisit?: RevisitMode;
	/** Crawl only these sites (by name). @default every site */
	sites?: readonly string[];
	/** Every article's final outcome (after retries). */
	onOutcome?: (outcome: ArchiveOutcome, info: OutcomeInfo) => void;
	/** After every finished URL; see `createProgressRenderer`. */
	onProgress?: (progress: CrawlProgress) => void;
	/** Structured logs. @default silent */
	logger?: Logger;
}

/** What discovery reads besides HTML: feeds, sitemaps (plain and gzipped) and robots.txt, under the types servers really send. */
export const DISCOVERY_CONTENT_TYPES = [
	'text/html',
	'application/xhtml+xml',
	'application/xml',
	'text/xml',
	'application/rss+xml',
	'application/atom+xml',
	'application/rdf+xml',
	'text/plain',
	'application/gzip',
	'application/x-gzip',
	'application/octet-stream',
] as const;

export async function crawl(config: CrawlConfig, deps: CrawlDeps, options: CrawlOptions = {}): Promise<CrawlSummary> {
	const sites = selectSites(config, options.sites);
	const time = deps.time ?? systemTime;
	const logger = options.logger ?? pino({level: 'silent'});
	const signal = options.signal ?? new AbortController().signal;
	const pool = new HostPool({concurrency: config.concurrency, time});
	const ownFetcher = deps.discoveryFetcher
		? null
		: new HttpFetcher({contentTypes: [...DISCOVERY_CONTENT_TYPES], ...(config.userAgent ? {userAgent: config.userAgent} : {})});
	const discoveryFetcher = deps.discoveryFetcher ?? (ownFetcher as Fetcher);
	const headers: Record<string, string> = config.userAgent ? {'user-agent': config.userAgent} : {};
	const fetchRobots = async (url: string): Promise<Page> => {
		const page = await pool.run(hostOf(url), () => discoveryFetcher.fetch({url, headers}), signal);
		if (page === NOT_STARTED) throw new NewsvaultError('ERR_ABORTED', `[GET] "${url}": aborted by the caller`);
		return page;
	};
	const robots = config.respectRobots ? new RobotsCache(fetchRobots, config.userAgent ?? DEFAULT_USER_AGENT) : null;
	const own = deps.archive;
	const archive: SiteRunContext['archive'] = own
		? (url, archiveOptions) => own(url, archiveOptions)
		: (url, archiveOptions, limit) => archiveUrl(url, limitedDeps(deps, limit), archiveOptions);
	const latestVisit = async (url: string) => deps.store.latestVisit(url);
	const archiveDir = deps.archiveDir ?? deps.store.dir;
	if (!config.respectRobots) logger.warn('robots.txt is ignored (respectRobots: false)');

	try {
		const results = await Promise.allSettled(
			sites.map((site) =>
				runSite({
					site,
					archiveDir,
					archive,
					archiveLimitsRequests: own === undefined,
					latestVisit,
					discoveryFetcher,
					pool,
					robots,
					userAgent: config.userAgent,
					time,
					random: deps.random ?? Math.random,
					logger,
					signal,
					resume: options.resume ?? false,
					revisit: options.revisit ?? 'due',
					...(options.onOutcome ? {onOutcome: options.onOutcome} : {}),
					...(options.onProgress ? {onProgress: options.onProgress} : {}),
				}),
			),
		);
		const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
		if (failure) throw failure.reason;
		const summaries = results.map((result) => (result as PromiseFulfilledResult<SiteRunSummary>).value);
		return {...addCounts(summaries), interrupted: summaries.some((site) => site.status === 'interrupted'), sites: summaries};
	} finally {
		await ownFetcher?.close();
	}
}

function selectSites(config: CrawlConfig, names: readonly string[] | undefined): CrawlConfig['sites'] {
	if (!names) return config.sites;
	const known = new Set(config.sites.map((site) => site.name));
	const unknown = names.filter((name) => !known.has(name));
	if (unknown.length > 0) {
		throw new NewsvaultError('ERR_CONFIG', `no site named ${unknown.map((name) => `"${name}"`).join(', ')} in the config (sites: ${[...known].join(', ')})`);
	}
	return config.sites.filter((site) => names.includes(site.name));
}

export {CrawlConfigSchema, loadConfig, parseConfig, configFromFlags, type CrawlConfig, type CrawlConfigInput, type SiteConfig, type CrawlFlags} from './config.js';
export {DEFAULT_REVISIT_POLICY, isDue, nextVisitAt, revisitIntervalMs, recordVisit, parseDuration, type RevisitPolicy, type RevisitMode, type ArticleRecord} from './revisit.js';
export {normalizeUrl} from './normalize.js';
export {discoverLinks, type Discovered} from './discover.js';
export {MemoryFrontier, type Frontier, type FrontierEntry, type FrontierSnapshot, type FrontierCounts} from './frontier.js';
export {createProgressRenderer, formatProgress} from './progress.js';
export {systemTime, type CrawlTime} from './time.js';
export type {CrawlSummary, SiteRunSummary, CrawlCounts, CrawlProgress, OutcomeInfo} from './summary.js';
