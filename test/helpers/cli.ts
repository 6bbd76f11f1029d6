import {Writable} from 'node:stream';
import {run} from '../../src/cli/program.js';

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** Run the CLI in-process, as `newsvault <args>` would, capturing its output. */
export async function cli(args: string[], options: {cwd?: string; env?: NodeJS.ProcessEnv} = {}): Promise<CliResult> {
	let stdout = '';
	let stderr = '';
	const sink = (append: (text: string) => void) =>
		new Writable({
			write(chunk, _encoding, callback) {
				append(String(chunk));
				callback();
			},
		});
	const code = await run(args, {
		stdout: sink((text) => (stdout += text)),
		stderr: sink((text) => (stderr += text)),
		env: options.env ?? {},
		cwd: options.cwd ?? process.cwd(),
	});
	return {code, stdout, stderr};
}
