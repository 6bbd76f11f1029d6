import type {Command} from 'commander';
import {archiveUrl, parseHttpUrl, type ArchiveOutcome} from '../../index.js';
import {type CommandContext, type CommonOptions, EXIT, openStore, withCommonOptions} from '../context.js';
import {writeJson, writeLine} from '../io.js';
import {createFetchers, type FetchFlags, withFetchOptions} from '../fetchers.js';

interface ArchiveOptions extends CommonOptions, FetchFlags {}

export function registerArchive(program: Command, ctx: CommandContext): void {
	const command = program
		.command('archive')
		.description('fetch, extract and store URLs now; one line per URL')
		.argument('<url...>', 'article URLs (http or https)');
	withFetchOptions(withCommonOptions(command)).action(async (urls: string[], options: ArchiveOptions) => {
		for (const url of urls) parseHttpUrl(url);
		const store = await openStore(options, ctx.io);
		const fetchers = createFetchers(options, ctx.io);
		try {
			for (const url of urls) {
				const outcome = await archiveUrl(url, {...fetchers, store});
				report(outcome, options, ctx);
				if (!outcome.ok) ctx.setExit(EXIT.failed);
			}
		} finally {
			await fetchers.close();
		}
	});
}

/** The `archive --json` line: a contract other tools read (DESIGN.md). */
export function outcomeJson(outcome: ArchiveOutcome): Record<string, unknown> {
	return {
		url: outcome.url,
		ok: outcome.ok,
		version: outcome.version,
		change: outcome.change,
		title: outcome.title,
		comments: outcome.comments,
		error: outcome.error ? outcome.error.message : null,
		...(outcome.error ? {errorCode: outcome.error.code} : {}),
		...(outcome.page ? {mode: outcome.page.mode} : {}),
		...(outcome.snapshot ? {complete: outcome.snapshot.comments.complete} : {}),
	};
}

/** One human line per URL: what happened, the version, and what was captured. */
export function outcomeLine(outcome: ArchiveOutcome): string {
	if (!outcome.ok && !outcome.version) return `failed     ${outcome.url}: ${outcome.error?.message ?? 'unknown error'}`;
	const change = (outcome.change ?? 'stored').padEnd(10);
	const parts = [`${change} ${outcome.version ?? '-'}  ${outcome.url}`];
	if (outcome.title) parts.push(`"${outcome.title}"`);
	if (outcome.snapshot) {
		const {items, declaredCount, complete} = outcome.snapshot.comments;
		const declared = declaredCount !== null && declaredCount !== items.length ? ` of ${declaredCount} declared` : '';
		parts.push(`${items.length} comments${declared}${complete ? '' : ' (incomplete)'}`);
	}
	if (outcome.page?.mode === 'browser') parts.push('[browser]');
	if (outcome.error) parts.push(`— ${outcome.error.message}`);
	return parts.join('  ');
}

function report(outcome: ArchiveOutcome, options: ArchiveOptions, ctx: CommandContext): void {
	if (options.json) writeJson(ctx.io, outcomeJson(outcome));
	else writeLine(outcome.ok ? ctx.io.stdout : ctx.io.stderr, outcomeLine(outcome));
}
