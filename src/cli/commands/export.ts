import type {Command} from 'commander';
import {exportJsonl, exportWarc} from '../../index.js';
import {type CommandContext, type CommonOptions, oneOf, openStore, withCommonOptions} from '../context.js';
import {writeJson, writeLine} from '../io.js';

const FORMATS = ['warc', 'jsonl'] as const;

interface ExportFlags extends CommonOptions {
	format: (typeof FORMATS)[number];
	output?: string;
	url: string[];
	gzip?: boolean;
}

export function registerExport(program: Command, ctx: CommandContext): void {
	const command = program
		.command('export')
		.description('export the archive as WARC (for replay tools) or JSON Lines (one snapshot per line)')
		.option('--format <format>', 'warc | jsonl', oneOf('--format', FORMATS), 'warc')
		.option('-o, --output <file>', 'write to this file (default: stdout)')
		.option('--url <url>', 'export only this URL; repeatable', (value: string, previous: string[]) => [...previous, value], [])
		.option('--gzip', 'WARC: gzip each record (the default when --output ends in .gz)');
	withCommonOptions(command).action(async (options: ExportFlags) => {
		const store = await openStore(options, ctx.io);
		const out = options.output ?? ctx.io.stdout;
		const urls = options.url.length > 0 ? options.url : undefined;
		const summary =
			options.format === 'warc' ? await exportWarc(store, out, {urls, gzip: options.gzip}) : await exportJsonl(store, out, {urls});
		// The export itself may be on stdout, so the summary goes to stderr unless written to a file.
		if (options.json && options.output) writeJson(ctx.io, summary);
		else writeLine(options.output ? ctx.io.stdout : ctx.io.stderr, `exported ${summary.versions} versions of ${summary.urls} URLs (${summary.records} records)${options.output ? ` to ${options.output}` : ''}`);
	});
}
