import {type Command, InvalidArgumentError} from 'commander';
import {serve, SERVE_DEFAULT_HOST as DEFAULT_HOST, SERVE_DEFAULT_PORT as DEFAULT_PORT} from '../../index.js';
import {type CommandContext, type CommonOptions, archiveDir, openStore, withCommonOptions} from '../context.js';
import {writeJson, writeLine} from '../io.js';

interface ServeFlags extends CommonOptions {
	port: number;
	host: string;
}

const MAX_PORT = 65_535;

function portNumber(value: string): number {
	const port = Number(value);
	if (!Number.isInteger(port) || port < 0 || port > MAX_PORT) throw new InvalidArgumentError(`--port must be 0–${MAX_PORT} (0 picks a free port), got "${value}"`);
	return port;
}

export function registerServe(program: Command, ctx: CommandContext): void {
	const command = program
		.command('serve')
		.description('a read-only local web viewer of the archive: URLs, versions, snapshots and diffs')
		.option('--port <n>', 'port to listen on (0 picks a free one)', portNumber, DEFAULT_PORT)
		.option('--host <address>', 'address to listen on (anything but loopback lets other machines read the archive)', DEFAULT_HOST);
	withCommonOptions(command).action(async (flags: ServeFlags) => {
		const store = await openStore(flags, ctx.io);
		const dir = archiveDir(flags, ctx.io);
		const stop = new AbortController();
		const onSignal = (): void => stop.abort();
		process.once('SIGINT', onSignal);
		process.once('SIGTERM', onSignal);
		try {
			const viewer = await serve(store, {port: flags.port, host: flags.host, signal: stop.signal});
			if (flags.json) writeJson(ctx.io, {url: viewer.url, archive: dir});
			else writeLine(ctx.io.stdout, `newsvault serve: ${viewer.url} (archive ${dir}) — Ctrl-C to stop`);
			if (!stop.signal.aborted) await new Promise((resolve) => stop.signal.addEventListener('abort', resolve, {once: true}));
			await viewer.close();
		} finally {
			process.off('SIGINT', onSignal);
			process.off('SIGTERM', onSignal);
		}
	});
}
