import type {Command} from 'commander';
import {commentTimeline, NewsvaultError, type ArchiveStore, type CommentLife, type VersionInfo} from '../../index.js';
import {type CommandContext, type CommonOptions, archiveDir, openStore, withCommonOptions} from '../context.js';
import {writeJson, writeLine} from '../io.js';

interface HistoryOptions extends CommonOptions {
	comments?: boolean;
}

export function registerHistory(program: Command, ctx: CommandContext): void {
	const command = program
		.command('history')
		.description('the versions of a URL, oldest first, with what changed in each')
		.argument('<url>', 'an archived URL')
		.option('--comments', 'instead: every comment with the versions it was first and last seen in, and when it vanished');
	withCommonOptions(command).action(async (url: string, options: HistoryOptions) => {
		const store = await openStore(options, ctx.io);
		const versions = await store.history(url);
		if (versions.length === 0) {
			throw new NewsvaultError('ERR_NOT_FOUND', `no versions of "${url}" in archive "${archiveDir(options, ctx.io)}" (archive it first: newsvault archive ${url})`);
		}
		if (options.comments) return printComments(ctx, url, await timeline(store, url, versions), options.json);
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

async function timeline(store: ArchiveStore, url: string, versions: readonly VersionInfo[]): Promise<CommentLife[]> {
	const snapshots = [];
	for (const version of versions) snapshots.push({id: version.id, snapshot: (await store.read(url, version.id)).snapshot});
	return commentTimeline(snapshots);
}

function printComments(ctx: CommandContext, url: string, lives: readonly CommentLife[], json?: boolean): void {
	if (json) {
		writeJson(ctx.io, {
			url,
			comments: lives.map(({comment, firstSeen, lastSeen, removedIn}) => ({
				id: comment.id,
				number: comment.number,
				author: comment.author.name,
				text: comment.text,
				firstSeen,
				lastSeen,
				removedIn,
			})),
		});
		return;
	}
	writeLine(ctx.io.stdout, url);
	for (const {comment, firstSeen, lastSeen, removedIn} of lives) {
		const seen = firstSeen === lastSeen ? firstSeen : `${firstSeen}–${lastSeen}`;
		const gone = removedIn ? `  REMOVED in ${removedIn}` : '';
		const label = `${comment.number === null ? '' : `${comment.number}. `}${comment.author.name ?? '(anonymous)'}`;
		const excerpt = comment.text.length > 60 ? `${comment.text.slice(0, 59)}…` : comment.text;
		writeLine(ctx.io.stdout, `  ${seen.padEnd(8)} ${label}: ${excerpt}${gone}`);
	}
}
