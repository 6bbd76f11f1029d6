import type {Command} from 'commander';
import {NewsvaultError, type Snapshot} from '../../index.js';
import {type CommandContext, type CommonOptions, openStore, withCommonOptions} from '../context.js';
import {writeJson, writeLine} from '../io.js';
import {snapshotText} from '../snapshot-text.js';

interface ShowOptions extends CommonOptions {
	version?: string;
}

export function registerShow(program: Command, ctx: CommandContext): void {
	const command = program
		.command('show')
		.description("one version's snapshot (default: the latest)")
		.argument('<url>', 'an archived URL')
		.option('--version <v>', 'version id (v1, v2…), see `newsvault history`');
	withCommonOptions(command).action(async (url: string, options: ShowOptions) => {
		const store = await openStore(options, ctx.io);
		const stored = await store.read(url, options.version);
		const snapshot: Snapshot | null = stored.snapshot;
		if (!snapshot) {
			throw new NewsvaultError('ERR_EXTRACT', `version ${stored.version.id} of "${url}" has no snapshot: extraction failed on that visit (the raw page is archived)`);
		}
		if (options.json) writeJson(ctx.io, snapshot, true);
		else writeLine(ctx.io.stdout, snapshotText(snapshot, {version: stored.version.id}));
	});
}
