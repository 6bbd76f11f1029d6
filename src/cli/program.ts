import {Command, CommanderError} from 'commander';
import {describeError, NewsvaultError, VERSION} from '../index.js';
import {registerArchive} from './commands/archive.js';
import {registerCrawl} from './commands/crawl.js';
import {registerDiff} from './commands/diff.js';
import {registerExport} from './commands/export.js';
import {registerVerify} from './commands/verify.js';
import {registerExtract} from './commands/extract.js';
import {registerHistory} from './commands/history.js';
import {registerSchedule} from './commands/schedule.js';
import {registerSchema} from './commands/schema.js';
import {registerServe} from './commands/serve.js';
import {registerShow} from './commands/show.js';
import type {CommandContext} from './context.js';
import {type CliIO, EXIT, type ExitCode, UsageError, writeLine} from './io.js';

/** Errors that mean "the command line was wrong", which exit 2 rather than 1. */
const USAGE_CODES = new Set(['ERR_INVALID_URL', 'ERR_UNSUPPORTED_SCHEME', 'ERR_USAGE', 'ERR_CONFIG']);

/**
 * Run the CLI in-process: parse `argv` (the arguments after `newsvault`), run the command,
 * and return its exit code. Nothing here calls process.exit, so tests call it directly.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<ExitCode> {
	let exitCode: ExitCode = EXIT.ok;
	const ctx: CommandContext = {
		io,
		setExit(code) {
			if (code > exitCode) exitCode = code;
		},
	};
	const program = new Command()
		.name('newsvault')
		.description('Archive phone-news articles and their comment threads, keep every version, and show what changed.')
		.version(VERSION)
		// Program options only before the subcommand, so `show --version v2` reaches `show`.
		.enablePositionalOptions()
		.showHelpAfterError('(run with --help for usage)')
		.exitOverride()
		.configureOutput({
			writeOut: (text) => io.stdout.write(text),
			writeErr: (text) => io.stderr.write(text),
		});
	for (const register of [registerArchive, registerHistory, registerShow, registerDiff, registerExtract, registerVerify, registerExport, registerCrawl, registerSchedule, registerSchema, registerServe]) {
		register(program, ctx);
	}
	for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());

	try {
		await program.parseAsync([...argv], {from: 'user'});
		return exitCode;
	} catch (error) {
		if (error instanceof CommanderError) {
			// --help and --version end in a "CommanderError" with exit code 0.
			return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
		}
		const usage = error instanceof UsageError || (error instanceof NewsvaultError && USAGE_CODES.has(error.code));
		writeLine(io.stderr, `newsvault: ${describeError(error)}`);
		return usage ? EXIT.usage : EXIT.failed;
	}
}
