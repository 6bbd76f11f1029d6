import type {Command} from 'commander';
import {NewsvaultError} from '../../index.js';
import {type CommandContext, type CommonOptions, archiveDir, openStore, withCommonOptions} from '../context.js';
import {writeJson, writeLine} from '../io.js';

export function registerHistory(program: Command, ctx: CommandContext): void {
	const command = program.command('history').description('the versions of a URL, oldest first').argument('<url>', 'an archived URL');
	withCommonOptions(command).action(async (url: string, options: CommonOptions) => {
		const store = await openStore(options, ctx.io);
		const versions = await store.history(url);
		if (versions.length === 0) {
			throw new NewsvaultError('ERR_NOT_FOUND', `no versions of "${url}" in archive "${archiveDir(options, ctx.io)}" (archive it first: newsvault archive ${url})`);
		}
		if (options.json) {
			writeJson(ctx.io, {
				url,
				versions: versions.map((v) => ({
					id: v.id,
					firstSeen: v.firstSeen,
					lastSeen: v.lastSeen,
					status: v.status,
					snapshotSha256: v.snapshotSha256,
					rawSha256: v.rawSha256,
					summary: v.summary,
					visits: v.visits,
				})),
			});
			return;
		}
		writeLine(ctx.io.stdout, url);
		for (const v of versions) {
			const seen = v.firstSeen === v.lastSeen ? v.firstSeen : `${v.firstSeen} → ${v.lastSeen}`;
			writeLine(ctx.io.stdout, `  ${v.id.padEnd(4)} ${seen}  ${v.visits} visit${v.visits === 1 ? '' : 's'}  HTTP ${v.status}  ${v.summary ?? ''}`.trimEnd());
		}
	});
}
