import type {Command} from 'commander';
import {type CommandContext, type CommonOptions, EXIT, archiveDir, openStore, withCommonOptions} from '../context.js';
import {writeJson, writeLine} from '../io.js';

export function registerVerify(program: Command, ctx: CommandContext): void {
	const command = program.command('verify').description("check the archive's integrity: every blob hash, every log line, every reference");
	withCommonOptions(command).action(async (options: CommonOptions) => {
		const store = await openStore(options, ctx.io);
		const report = await store.verify();
		if (!report.ok) ctx.setExit(EXIT.failed);
		if (options.json) return writeJson(ctx.io, report);
		const {blobs, urls, visits} = report.checked;
		for (const problem of report.problems) writeLine(ctx.io.stderr, `${problem.path}: ${problem.problem}`);
		writeLine(
			report.ok ? ctx.io.stdout : ctx.io.stderr,
			`${report.ok ? 'ok' : `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`}: ${archiveDir(options, ctx.io)} — ${blobs} blobs, ${urls} URLs, ${visits} visits checked`,
		);
	});
}
