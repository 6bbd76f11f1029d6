import {InvalidArgumentError, type Command} from 'commander';
import pino, {type Logger} from 'pino';
import {
	ArchiveStore,
	configFromFlags,
	DISCOVERY_CONTENT_TYPES,
	HttpFetcher,
	crawl,
	createProgressRenderer,
	loadConfig,
	type ArchiveOutcome,
	type CrawlConfig,
	type CrawlSummary,
	type RevisitMode,
} from '../../index.js';
import {archiveDir, type CommandContext, type CommonOptions, EXIT, oneOf, positiveInt, withCommonOptions} from '../context.js';
import {createFetchers, type FetchFlags, withFetchOptions} from '../fetchers.js';
import {type CliIO, UsageError, writeJson, writeLine} from '../io.js';
import {outcomeJson, outcomeLine} from './archive.js';

const LOG_LEVELS = ['silent', 'error', 'warn', 'info', 'debug', 'trace'] as const;
const REVISIT_MODES: readonly RevisitMode[] = ['due', 'all'];

/** The flags `crawl` and `schedule` share. */
export interface CrawlRunFlags extends CommonOptions, FetchFlags {
	config?: string;
	revisit: RevisitMode;
	ignoreRobots?: boolean;
	logLevel: (typeof LOG_LEVELS)[number];
}

interface CrawlFlags extends CrawlRunFlags {
	seed: string[];
	feed: string[];
	sitemap: string[];
	include: string[];
	exclude: string[];
	maxPages?: number;
	concurrency?: number;
	hostConcurrency?: number;
	delayMs?: number;
	resume?: boolean;
	site: string[];
}

function wholeNumber(name: string) {
	return (value: string): number => {
		const n = Number(value);
		if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number (0 or more), got "${value}"`);
		return n;
	};
}

const repeatable = (value: string, previous: string[]): string[] => [...previous, value];

export function withCrawlRunOptions(command: Command, defaultLogLevel: CrawlRunFlags['logLevel']): Command {
	return withFetchOptions(withCommonOptions(command))
		.option('--revisit <mode>', 'due: re-visit known articles when their age says so; all: every known article now', oneOf('--revisit', REVISIT_MODES), 'due')
		.option('--ignore-robots', 'do not read or obey robots.txt (only for sites you may crawl regardless)')
		.option('--log-level <level>', `structured logs on stderr: ${LOG_LEVELS.join(', ')}`, oneOf('--log-level', LOG_LEVELS), defaultLogLevel);
}

export function registerCrawl(program: Command, ctx: CommandContext): void {
	const command = program
		.command('crawl')
		.description('discover articles from seeds, feeds and sitemaps and archive them; known articles are re-visited when due')
		.option('--config <file>', 'crawl config (JSON): sites, seeds, feeds, sitemaps, include/exclude, politeness')
		.option('--seed <url>', 'a listing page to discover articles from; repeatable', repeatable, [])
		.option('--feed <url>', 'an RSS or Atom feed; repeatable', repeatable, [])
		.option('--sitemap <url>', 'a sitemap or sitemap index (.xml or .xml.gz); repeatable', repeatable, [])
		.option('--include <regex>', 'article URLs match this; repeatable', repeatable, [])
		.option('--exclude <regex>', 'never fetch URLs matching this; repeatable', repeatable, [])
		.option('--max-pages <n>', 'articles archived per site per run at most', positiveInt('--max-pages'))
		.option('--concurrency <n>', 'requests in flight across all hosts', positiveInt('--concurrency'))
		.option('--host-concurrency <n>', 'requests in flight per host (default 2)', positiveInt('--host-concurrency'))
		.option('--delay-ms <ms>', 'gap between requests to one host (default 1000; robots.txt Crawl-delay can raise it)', wholeNumber('--delay-ms'))
		.option('--site <name>', 'with --config: crawl only this site; repeatable', repeatable, [])
		.option('--resume', 'continue the interrupted run of each site instead of starting over');
	withCrawlRunOptions(command, 'warn').action(async (flags: CrawlFlags) => {
		const {config, deps, logger, close} = await openCrawl(await crawlConfig(flags), flags, ctx.io);
		const stop = stopOnSignals(ctx.io, logger);
		const progress = createProgressRenderer(ctx.io.stderr);
		try {
			const summary = await crawl(config, deps, {
				signal: stop.signal,
				resume: flags.resume ?? false,
				revisit: flags.revisit,
				...(flags.site.length > 0 ? {sites: flags.site} : {}),
				logger,
				onProgress: progress.update,
				onOutcome: (outcome, info) => {
					progress.done();
					report(outcome, info.site, flags, ctx);
				},
			});
			progress.done();
			if (flags.json) writeJson(ctx.io, {summary});
			else writeLine(ctx.io.stdout, summaryLine(summary));
			if (summary.failed.total > 0) ctx.setExit(EXIT.failed);
		} finally {
			progress.done();
			stop.dispose();
			await close();
		}
	});
}

/** The config from --config, or one site from --seed/--feed/--sitemap; flags given on the command line win. */
async function crawlConfig(flags: CrawlFlags): Promise<CrawlConfig> {
	const fromFlags = flags.seed.length + flags.feed.length + flags.sitemap.length > 0;
	if (flags.config && fromFlags) throw new UsageError('use --config or --seed/--feed/--sitemap, not both');
	if (!flags.config) {
		if (flags.site.length > 0) throw new UsageError('--site needs --config');
		return configFromFlags({
			seeds: flags.seed,
			feeds: flags.feed,
			sitemaps: flags.sitemap,
			include: flags.include,
			exclude: flags.exclude,
			...(flags.maxPages !== undefined ? {maxPages: flags.maxPages} : {}),
			...(flags.concurrency !== undefined ? {concurrency: flags.concurrency} : {}),
			...(flags.hostConcurrency !== undefined ? {hostConcurrency: flags.hostConcurrency} : {}),
			...(flags.delayMs !== undefined ? {delayMs: flags.delayMs} : {}),
			...(flags.render ? {render: flags.render} : {}),
			...(flags.ignoreRobots ? {respectRobots: false} : {}),
		});
	}
	if (flags.include.length + flags.exclude.length > 0) throw new UsageError('--include and --exclude go in the config file with --config');
	const config = await loadConfig(flags.config);
	return {
		...config,
		...(flags.concurrency !== undefined ? {concurrency: flags.concurrency} : {}),
		...(flags.ignoreRobots ? {respectRobots: false} : {}),
		sites: config.sites.map((site) => ({
			...site,
			...(flags.maxPages !== undefined ? {maxPages: flags.maxPages} : {}),
			perHost: {
				concurrency: flags.hostConcurrency ?? site.perHost.concurrency,
				delayMs: flags.delayMs ?? site.perHost.delayMs,
			},
		})),
	};
}

/**
 * The archive (--archive, else the config's, else the default), the fetchers (the
 * discovery one reads feeds, sitemaps and robots.txt under the same limits), a stderr
 * logger, and the config with the effective User-Agent.
 */
export async function openCrawl(loaded: CrawlConfig, flags: CrawlRunFlags, io: CliIO) {
	const dir = flags.archive || !loaded.archive ? archiveDir(flags, io) : loaded.archive;
	const store = await ArchiveStore.open(dir);
	const userAgent = flags.userAgent ?? loaded.userAgent ?? io.env['NEWSVAULT_USER_AGENT'];
	const config: CrawlConfig = userAgent ? {...loaded, userAgent} : loaded;
	const fetchers = createFetchers({...flags, ...(userAgent ? {userAgent} : {})}, io);
	const discoveryFetcher = new HttpFetcher({
		contentTypes: [...DISCOVERY_CONTENT_TYPES],
		...(flags.timeout ? {timeoutMs: flags.timeout} : {}),
		...(flags.maxBytes ? {maxBytes: flags.maxBytes} : {}),
		...(userAgent ? {userAgent} : {}),
	});
	const logger: Logger = pino({level: flags.logLevel}, io.stderr);
	const close = async (): Promise<void> => {
		await discoveryFetcher.close();
		await fetchers.close();
	};
	return {config, deps: {...fetchers, store, discoveryFetcher}, logger, close};
}

/**
 * SIGINT/SIGTERM stop gracefully: pages in flight finish, the state is saved, and the
 * command returns (exit 0). A second Ctrl-C quits at once.
 */
export function stopOnSignals(io: CliIO, logger: Logger): {signal: AbortSignal; dispose(): void} {
	const controller = new AbortController();
	const onSignal = (signal: NodeJS.Signals): void => {
		if (controller.signal.aborted) {
			dispose();
			process.kill(process.pid, signal);
			return;
		}
		writeLine(io.stderr, `newsvault: ${signal}: finishing the pages in flight and saving the state (again to quit now)`);
		logger.info({signal}, 'stopping');
		controller.abort();
	};
	const dispose = (): void => {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
	};
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
	return {signal: controller.signal, dispose};
}

function report(outcome: ArchiveOutcome, site: string, flags: CrawlFlags, ctx: CommandContext): void {
	if (flags.json) writeJson(ctx.io, {site, ...outcomeJson(outcome)});
	else writeLine(outcome.ok ? ctx.io.stdout : ctx.io.stderr, outcomeLine(outcome));
}

/** `crawl: 22 new, 3 changed, 40 unchanged, 5 not modified, 1 failed (ERR_TIMEOUT 1) in 12.3 s` */
export function summaryLine(summary: CrawlSummary): string {
	const reasons = Object.entries(summary.failed.byReason).map(([code, n]) => `${code} ${n}`).join(', ');
	const failed = `${summary.failed.total} failed${reasons ? ` (${reasons})` : ''}`;
	const skipped = summary.skipped.notDue + summary.skipped.disallowed + summary.skipped.overLimit;
	const parts = [
		`${summary.new} new`,
		`${summary.changed} changed`,
		`${summary.unchanged} unchanged`,
		`${summary.notModified} not modified`,
		failed,
		...(skipped > 0 ? [`${skipped} skipped (${summary.skipped.notDue} not due, ${summary.skipped.disallowed} robots.txt, ${summary.skipped.overLimit} over --max-pages)`] : []),
	];
	const state = summary.interrupted ? '; interrupted, continue with --resume' : '';
	return `crawl: ${parts.join(', ')} in ${(summary.durationMs / 1000).toFixed(1)} s${state}`;
}
