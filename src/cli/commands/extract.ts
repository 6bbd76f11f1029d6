import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {Command} from 'commander';
import {extract, NewsvaultError, pageFromBytes, parseHttpUrl} from '../../index.js';
import {type CommandContext, EXIT, isoInstant, oneOf} from '../context.js';
import {writeJson, writeLine} from '../io.js';
import {snapshotText} from '../snapshot-text.js';

interface ExtractFlags {
	url?: string;
	fetchedAt?: string;
	format: 'json' | 'text';
	json?: boolean;
}

export function registerExtract(program: Command, ctx: CommandContext): void {
	program
		.command('extract')
		.description('extract saved HTML files and print the result; stores nothing')
		.argument('<file...>', 'saved HTML files')
		.option('--url <url>', 'the URL the page was saved from (picks the site profile, resolves links)')
		.option('--fetched-at <time>', 'when the page was saved, ISO 8601 (resolves "3 hours ago"; default: the file\'s modification time)', isoInstant('--fetched-at'))
		.option('--format <format>', 'json (the Snapshot) | text (the article body, one block per line)', oneOf('--format', ['json', 'text'] as const), 'json')
		.option('--json', 'same as --format json')
		.action(async (files: string[], options: ExtractFlags) => {
			if (options.url) parseHttpUrl(options.url);
			const format = options.json ? 'json' : options.format;
			for (const file of files) {
				const cannotRead = (error: NodeJS.ErrnoException): never => {
					throw new NewsvaultError('ERR_NOT_FOUND', `cannot read "${file}": ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
				};
				const bytes = await readFile(file).catch(cannotRead);
				// A saved page was fetched about when it was written: relative times ("3 hours ago") count from then.
				const fetchedAt = options.fetchedAt ?? (await stat(file).catch(cannotRead)).mtime.toISOString();
				const url = options.url ?? pathToFileURL(path.resolve(ctx.io.cwd, file)).href;
				const result = extract(pageFromBytes({url, body: bytes, fetchedAt}));
				if (!result.ok) {
					writeLine(ctx.io.stderr, `${file}: ${result.message}`);
					ctx.setExit(EXIT.failed);
					continue;
				}
				if (format === 'text') writeLine(ctx.io.stdout, snapshotText(result.snapshot, {bodyOnly: true}));
				else writeJson(ctx.io, result.snapshot, files.length === 1);
			}
		});
}
