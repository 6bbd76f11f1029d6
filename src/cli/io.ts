import type {Writable} from 'node:stream';

/** Where a command writes and what it reads from its environment; injected so the CLI runs in-process in tests. */
export interface CliIO {
	stdout: Writable & {isTTY?: boolean};
	stderr: Writable & {isTTY?: boolean};
	env: NodeJS.ProcessEnv;
	cwd: string;
}

/** Exit codes: 0 success, 1 some work failed, 2 usage error. */
export const EXIT = {ok: 0, failed: 1, usage: 2} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function writeLine(stream: NodeJS.WritableStream, line: string): void {
	stream.write(`${line}\n`);
}

export function writeJson(io: CliIO, value: unknown, pretty = false): void {
	writeLine(io.stdout, pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value));
}

/** A usage error: the CLI prints its message and exits 2. */
export class UsageError extends Error {
	override readonly name = 'UsageError';
}
