import {createHash} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {promisify} from 'node:util';
import {gunzip, gzip} from 'node:zlib';
import {NewsvaultError} from '../errors.js';
import {createFileOnce, isTempName} from './atomic.js';
import {settleRecent} from './durable-dirs.js';
import {statOrNull} from './file-io.js';
import {archiveReadError, archiveWriteError, isMissing} from './io-errors.js';
import {BLOBS_DIR, blobFile, blobNameHash} from './layout.js';
import {listDir} from './optional-read.js';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export function sha256Hex(bytes: Uint8Array | string): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Content-addressed byte storage: a blob's name is the sha256 of its uncompressed
 * bytes, computed here and never taken from the caller, so storing the same bytes twice
 * writes one file and reading checks what was written.
 */
export class BlobStore {
	readonly #root: string;
	/** Blobs being written by this process: a second put of the same bytes waits for the first instead of writing again. */
	readonly #writing = new Map<string, Promise<void>>();

	constructor(root: string) {
		this.#root = root;
	}

	/**
	 * Store `bytes`; returns their sha256 once the blob is durable. Costs one hash and
	 * one stat when the blob exists.
	 */
	async put(bytes: Uint8Array): Promise<string> {
		const sha256 = sha256Hex(bytes);
		let write = this.#writing.get(sha256);
		if (!write) {
			write = this.#write(sha256, bytes).finally(() => this.#writing.delete(sha256));
			this.#writing.set(sha256, write);
		}
		await write;
		return sha256;
	}

	async #write(sha256: string, bytes: Uint8Array): Promise<void> {
		const file = path.join(this.#root, blobFile(sha256));
		try {
			const existing = statOrNull(file);
			// Stored before, possibly by another process moments ago: make sure it is durable before a log line names it.
			if (existing) return await settleRecent(file, existing);
			await createFileOnce(file, await gzipAsync(bytes));
		} catch (error) {
			throw archiveWriteError(this.#root, error);
		}
	}

	async has(sha256: string): Promise<boolean> {
		try {
			return statOrNull(path.join(this.#root, blobFile(sha256))) !== null;
		} catch (error) {
			throw archiveReadError(this.#root, error);
		}
	}

	/** The bytes of a blob, checked against its name. */
	async get(sha256: string): Promise<Uint8Array> {
		const relative = blobFile(sha256);
		let compressed: Buffer;
		try {
			compressed = await readFile(path.join(this.#root, relative));
		} catch (error) {
			if (isMissing(error)) {
				throw new NewsvaultError('ERR_NOT_FOUND', `no blob ${sha256} in archive "${this.#root}" (run \`newsvault verify\` if a version refers to it)`);
			}
			throw archiveReadError(this.#root, error);
		}
		const bytes = await decompress(compressed, relative);
		const actual = sha256Hex(bytes);
		if (actual !== sha256) {
			throw new NewsvaultError('ERR_ARCHIVE_CORRUPT', `blob "${relative}" is corrupt: its content hashes to ${actual}; run \`newsvault verify\``);
		}
		return bytes;
	}

	/** Every file under the blob folder, as paths relative to the archive root, with the hash its name claims (null for a stray file). */
	async *files(): AsyncIterable<{relative: string; claimed: string | null}> {
		for (const first of await listDir(path.join(this.#root, BLOBS_DIR))) {
			for (const second of await listDir(path.join(this.#root, BLOBS_DIR, first))) {
				for (const name of await listDir(path.join(this.#root, BLOBS_DIR, first, second))) {
					if (isTempName(name)) continue;
					const relative = path.join(BLOBS_DIR, first, second, name);
					const claimed = blobNameHash(name);
					yield {relative, claimed: claimed && relative === blobFile(claimed) ? claimed : null};
				}
			}
		}
	}

	/** Read a blob file by relative path and hash its uncompressed bytes (for `verify`). */
	async hashFile(relative: string): Promise<string> {
		let compressed: Buffer;
		try {
			compressed = await readFile(path.join(this.#root, relative));
		} catch (error) {
			throw archiveReadError(this.#root, error);
		}
		return sha256Hex(await decompress(compressed, relative));
	}
}

async function decompress(compressed: Uint8Array, relative: string): Promise<Uint8Array> {
	try {
		return new Uint8Array(await gunzipAsync(compressed));
	} catch (error) {
		throw new NewsvaultError('ERR_ARCHIVE_CORRUPT', `blob "${relative}" is corrupt: not valid gzip data; run \`newsvault verify\``, {cause: error});
	}
}

