import type {Command} from 'commander';
import {loadConfig, schedule} from '../../index.js';
import type {CommandContext} from '../context.js';
import {UsageError, writeJson, writeLine} from '../io.js';
import {type CrawlRunFlags, openCrawl, stopOnSignals, summaryLine, withCrawlRunOptions} from './crawl.js';

type ScheduleFlags = CrawlRunFlags;

export function registerSchedule(program: Command, ctx: CommandContext): void {
	const command = program
		.command('schedule')
		.description('run each site\'s crawl on its cron expression (5 fields, or 6 with seconds first) until stopped')
		.option('--config <file>', 'crawl config (JSON) whose sites have a "schedule"');
	withCrawlRunOptions(command, 'info').action(async (flags: ScheduleFlags) => {
		if (!flags.config) throw new UsageError('schedule needs --config FILE');
		const loaded = await loadConfig(flags.config);
		const {config, deps, logger, close} = await openCrawl(flags.ignoreRobots ? {...loaded, respectRobots: false} : loaded, flags, ctx.io);
		const stop = stopOnSignals(ctx.io, logger);
		try {
			await schedule(config, deps, {
				signal: stop.signal,
				revisit: flags.revisit,
				logger,
				onRun: (site, result) => {
					if ('error' in result) {
						const message = result.error instanceof Error ? result.error.message : String(result.error);
						if (flags.json) writeJson(ctx.io, {site, ok: false, error: message});
						else writeLine(ctx.io.stderr, `${site}: run failed: ${message}`);
						return;
					}
					if (flags.json) writeJson(ctx.io, {site, ok: true, summary: result.summary});
					else writeLine(ctx.io.stdout, `${site}: ${summaryLine(result.summary)}`);
				},
			});
		} finally {
			stop.dispose();
			await close();
		}
	});
}
