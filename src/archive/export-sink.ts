import {randomBytes} from 'node:crypto';
import {createWriteStream} from 'node:fs';
import {open, rename, unlink} from 'node:fs/promises';
import path from 'node:path';
import type {Writable} from 'node:stream';
import {TEMP_SUFFIX} from './atomic.js';
import {ensureDir, fsyncDir} from './durable-dirs.js';
import {exportWriteError} from './io-errors.js';

/**
 * Where an export goes: a stream the caller owns (left open, e.g. stdout), or a file
 * path, written to a temporary file and renamed into place only when complete, so an
 * interrupted export never leaves a truncated file under the final name.
 */
export interface ExportSink {
	write(chunk: Uint8Array | string): Promise<void>;
	/** Flush; for a path, move the finished file into place. */
	finish(): Promise<void>;
	/** Give up after an error; for a path, remove the partial file. */
	abort(): Promise<void>;
}

export async function openSink(out: Writable | string): Promise<ExportSink> {
	if (typeof out !== 'string') return streamSink(out, '<stream>');
	const target = path.resolve(out);
	const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
	try {
		await ensureDir(path.dirname(target));
	} catch (error) {
		throw exportWriteError(target, error);
	}
	const stream = createWriteStream(temp, {flags: 'wx'});
	const sink = streamSink(stream, target);
	return {
		write: sink.write,
		async finish() {
			try {
				await new Promise<void>((resolve, reject) => {
					stream.once('error', reject);
					stream.end(() => resolve());
				});
				const handle = await open(temp, 'r');
				try {
					await handle.sync();
				} finally {
					await handle.close();
				}
				await rename(temp, target);
				await fsyncDir(path.dirname(target));
			} catch (error) {
				await unlink(temp).catch(() => undefined);
				throw exportWriteError(target, error);
			}
		},
		async abort() {
			stream.destroy();
			// The partial file may never have been created; the export's own error is what matters.
			await unlink(temp).catch(() => undefined);
		},
	};
}

function streamSink(stream: Writable, label: string): ExportSink {
	let failure: unknown = null;
	stream.on('error', (error) => {
		failure = error;
	});
	return {
		async write(chunk) {
			if (failure) throw exportWriteError(label, failure);
			if (stream.write(chunk)) return;
			await new Promise<void>((resolve, reject) => {
				const onDrain = (): void => {
					stream.off('error', onError);
					resolve();
				};
				const onError = (error: unknown): void => {
					stream.off('drain', onDrain);
					reject(exportWriteError(label, error));
				};
				stream.once('drain', onDrain);
				stream.once('error', onError);
			});
		},
		async finish() {
			if (failure) throw exportWriteError(label, failure);
		},
		async abort() {},
	};
}
