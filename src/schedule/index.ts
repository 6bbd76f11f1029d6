import {Cron} from 'croner';
import pino, {type Logger} from 'pino';
import {NewsvaultError} from '../errors.js';
import type {CrawlConfig} from '../crawl/config.js';
import {crawl, type CrawlDeps, type CrawlOptions} from '../crawl/index.js';
import type {CrawlSummary} from '../crawl/summary.js';

/**
 * `schedule(config, deps)`: run each site's crawl on its cron expression until the signal
 * aborts. A site never has two runs at once: a run still going when the next is due is
 * skipped (and logged). Each run resumes the site's interrupted run if there is one, so
 * stopping and restarting the scheduler loses nothing: its state is the crawl state.
 *
 * @example
 * const controller = new AbortController();
 * process.on('SIGINT', () => controller.abort());
 * await schedule(await loadConfig('crawl.json'), {fetcher, store}, {signal: controller.signal});
 */

export interface ScheduleDeps extends CrawlDeps {
	/** Runs one site's crawl. @default crawl */
	crawl?: typeof crawl;
}

export interface ScheduleOptions extends Pick<CrawlOptions, 'revisit' | 'onOutcome' | 'onProgress'> {
	/** Stop: no new runs start, runs in progress stop gracefully, and `schedule` resolves when they have. */
	signal?: AbortSignal;
	/** @default silent */
	logger?: Logger;
	/** A run started. */
	onStart?: (site: string) => void;
	/** A run ended, with its summary or the error that ended it. */
	onRun?: (site: string, result: {summary: CrawlSummary} | {error: unknown}) => void;
	/** A run was due while the site's previous run was still going, so it was skipped. */
	onSkip?: (site: string) => void;
}

export async function schedule(config: CrawlConfig, deps: ScheduleDeps, options: ScheduleOptions = {}): Promise<void> {
	const logger = options.logger ?? pino({level: 'silent'});
	const signal = options.signal ?? new AbortController().signal;
	const runCrawl = deps.crawl ?? crawl;
	const scheduled = config.sites.filter((site): site is typeof site & {schedule: string} => site.schedule !== undefined);
	if (scheduled.length === 0) {
		throw new NewsvaultError('ERR_CONFIG', 'no site has a "schedule" (a cron expression such as "0 * * * *"); nothing to run');
	}
	for (const site of config.sites) if (!site.schedule) logger.warn({site: site.name}, 'site has no schedule; it is not crawled by schedule');
	if (signal.aborted) return;

	const running = new Map<string, Promise<void>>();
	const start = (name: string): void => {
		if (signal.aborted) return;
		if (running.has(name)) {
			logger.warn({site: name}, 'run skipped: the previous run of this site is still going');
			options.onSkip?.(name);
			return;
		}
		logger.info({site: name}, 'run starting');
		options.onStart?.(name);
		const run = runCrawl(config, deps, {
			sites: [name],
			signal,
			resume: true,
			logger,
			...(options.revisit ? {revisit: options.revisit} : {}),
			...(options.onOutcome ? {onOutcome: options.onOutcome} : {}),
			...(options.onProgress ? {onProgress: options.onProgress} : {}),
		})
			.then(
				(summary) => {
					logger.info({site: name, new: summary.new, changed: summary.changed, failed: summary.failed.total}, 'run ended');
					return {summary};
				},
				(error: unknown) => {
					logger.error({site: name, error: error instanceof Error ? error.message : String(error)}, 'run failed');
					return {error};
				},
			)
			.then((result) => options.onRun?.(name, result))
			.catch((error: unknown) => logger.error({site: name, error: String(error)}, 'onRun callback threw'))
			.finally(() => running.delete(name));
		running.set(name, run);
	};

	const jobs = scheduled.map((site) => new Cron(site.schedule, {mode: '5-or-6-parts'}, () => start(site.name)));
	for (const [index, job] of jobs.entries()) logger.info({site: scheduled[index]?.name, next: job.nextRun()?.toISOString() ?? null}, 'scheduled');

	await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), {once: true}));
	for (const job of jobs) job.stop();
	await Promise.all(running.values());
	logger.info('schedule stopped');
}
