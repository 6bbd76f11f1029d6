import path from 'node:path';
import {InvalidArgumentError, type Command} from 'commander';
import {ArchiveStore} from '../index.js';
import {type CliIO, type ExitCode, EXIT} from './io.js';

/** What every command's action gets: the IO, and a way to report its exit code. */
export interface CommandContext {
	io: CliIO;
	setExit(code: ExitCode): void;
}

export interface CommonOptions {
	archive?: string;
	json?: boolean;
}

/** `--archive DIR` and `--json`, which every command takes. */
export function withCommonOptions(command: Command): Command {
	return command
		.option('--archive <dir>', 'archive folder (default: $NEWSVAULT_ARCHIVE or ./archive)')
		.option('--json', 'machine-readable output on stdout (logs stay on stderr)');
}

export function archiveDir(options: CommonOptions, io: CliIO): string {
	return path.resolve(io.cwd, options.archive ?? io.env['NEWSVAULT_ARCHIVE'] ?? 'archive');
}

export async function openStore(options: CommonOptions, io: CliIO): Promise<ArchiveStore> {
	return ArchiveStore.open(archiveDir(options, io));
}

export function positiveInt(name: string) {
	return (value: string): number => {
		const n = Number(value);
		if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive integer, got "${value}"`);
		return n;
	};
}

export function oneOf<T extends string>(name: string, allowed: readonly T[]) {
	return (value: string): T => {
		if (!(allowed as readonly string[]).includes(value)) {
			throw new InvalidArgumentError(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
		}
		return value as T;
	};
}

/** A point in time written in ISO 8601 with its offset or `Z` (`2025-03-01T21:05:00Z`): a date alone is ambiguous. */
export function isoInstant(name: string) {
	return (value: string): string => {
		const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i.test(value) ? Date.parse(value) : Number.NaN;
		if (Number.isNaN(ms)) throw new InvalidArgumentError(`${name} must be a time in ISO 8601 with its offset, like 2025-03-01T21:05:00Z, got "${value}"`);
		return new Date(ms).toISOString();
	};
}

export {EXIT};
