import type {Command} from 'commander';
import {
	diffSnapshots,
	formatHtml,
	formatJson,
	formatMarkdown,
	formatText,
	hasChanges,
	IGNORABLE_FIELDS,
	NewsvaultError,
	type DiffOptions,
} from '../../index.js';
import {type CommandContext, type CommonOptions, EXIT, oneOf, openStore, withCommonOptions} from '../context.js';

const FORMATS = ['text', 'json', 'md', 'html'] as const;

interface DiffFlags extends CommonOptions {
	from?: string;
	to?: string;
	format: (typeof FORMATS)[number];
	exitCode?: boolean;
	ignoreField: string[];
	ignorePattern: string[];
	color?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerDiff(program: Command, ctx: CommandContext): void {
	const command = program
		.command('diff')
		.description('what changed between two versions of a URL (default: the last two)')
		.argument('<url>', 'an archived URL')
		.option('--from <v>', 'older version: id (v1), date or date-time (the version current then), previous, latest')
		.option('--to <v>', 'newer version, same forms (default: latest)')
		.option('--format <format>', 'text | json | md | html', oneOf('--format', FORMATS), 'text')
		.option('--exit-code', 'exit 1 when there are changes (for scripts)')
		.option('--ignore-field <field>', `leave a field out (${IGNORABLE_FIELDS.join(', ')}); repeatable`, collect, [])
		.option('--ignore-pattern <regex>', 'remove text matching this regular expression before comparing; repeatable', collect, [])
		.option('--no-color', 'plain text even on a terminal');
	withCommonOptions(command).action(async (url: string, options: DiffFlags) => {
		const store = await openStore(options, ctx.io);
		const versions = await store.history(url);
		const to = await store.read(url, options.to ?? 'latest');
		// By default, compare with the version just before `to`; a URL with one version diffs against itself (no changes).
		const before = versions[versions.findIndex((v) => v.id === to.version.id) - 1];
		const from = await store.read(url, options.from ?? before?.id ?? to.version.id);
		if (!from.snapshot || !to.snapshot) {
			const missing = from.snapshot ? to.version.id : from.version.id;
			throw new NewsvaultError('ERR_EXTRACT', `version ${missing} of "${url}" has no snapshot (extraction failed on that visit), so it cannot be diffed`);
		}
		const report = diffSnapshots(from.snapshot, to.snapshot, {
			from: from.version.id,
			to: to.version.id,
			ignore: {fields: options.ignoreField, patterns: options.ignorePattern.map((source) => parsePattern(source))},
		} satisfies DiffOptions);
		const format = options.json ? 'json' : options.format;
		const color = format === 'text' && options.color !== false && Boolean(ctx.io.stdout.isTTY) && !ctx.io.env['NO_COLOR'];
		const rendered = {
			text: () => formatText(report, {color}),
			json: () => formatJson(report),
			md: () => formatMarkdown(report),
			html: () => formatHtml(report),
		}[format]();
		ctx.io.stdout.write(rendered);
		if (options.exitCode && hasChanges(report)) ctx.setExit(EXIT.failed);
	});
}

function parsePattern(source: string): RegExp {
	try {
		return new RegExp(source, 'gu');
	} catch (error) {
		throw new NewsvaultError('ERR_USAGE', `--ignore-pattern "${source}" is not a valid regular expression: ${(error as Error).message}`);
	}
}
