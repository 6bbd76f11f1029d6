import {randomBytes} from 'node:crypto';
import {closeSync, fstatSync, linkSync, renameSync, unlinkSync} from 'node:fs';
import path from 'node:path';
import {createDirs, fsyncDir, isRecent, pendingDurability, settleRecent} from './durable-dirs.js';
import {createExclusive, fsyncFd, openForAppend, withFd, writeAll} from './file-io.js';

/**
 * Crash-safe file writes. A reader sees either the old file or the whole new one,
 * never a prefix: data goes to a temporary file in the same folder (same file system,
 * so the rename is atomic), is fsynced, then renamed into place, and the folder is
 * fsynced so the rename itself survives a power cut. (Why the calls other than fsync
 * are synchronous: see file-io.ts.)
 */

/** Suffix of in-flight temporary files; readers and `verify` skip names ending in it. */
export const TEMP_SUFFIX = '.tmp';

export function isTempName(fileName: string): boolean {
	return fileName.endsWith(TEMP_SUFFIX);
}

/**
 * Temporary names are `<pid>-<random>-<counter>`: the random part, drawn once per process,
 * keeps a process that reuses a crashed one's pid from meeting its leftover files.
 */
const TEMP_TAG = `${process.pid}-${randomBytes(4).toString('hex')}`;
let tempCounter = 0;

/** Replace `file` with `data` atomically. */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
	const temp = await writeTemp(file, data);
	try {
		renameSync(temp, file);
	} catch (error) {
		removeQuietly(temp);
		throw error;
	}
	await fsyncDir(path.dirname(file));
}

/**
 * Create `file` with `data` unless it already exists; never overwrites. Returns false
 * when another writer (or an earlier run) got there first. `link` fails with EEXIST
 * instead of replacing, which is what makes this safe between processes.
 */
export async function createFileOnce(file: string, data: Uint8Array | string): Promise<boolean> {
	const temp = await writeTemp(file, data);
	let created = true;
	try {
		linkSync(temp, file);
	} catch (error) {
		if (!isErrno(error, 'EEXIST')) throw error;
		created = false;
	} finally {
		removeQuietly(temp);
	}
	// The file another writer made is relied on from now on: it must be durable too.
	await (created ? fsyncDir(path.dirname(file)) : settleRecent(file));
	return created;
}

/** What identifies a file's current content for a cache: an append changes the size. */
export interface FileIdentity {
	size: number;
	mtimeMs: number;
	ino: number;
}

/**
 * Append `data` with one write call and fsync it; returns the file's identity after the
 * append. Callers hold the file's lock, so appends from several writers never interleave.
 * When the file is new (this call created it, or another writer did moments ago), its
 * folder is fsynced too, in parallel with the file: a new file's name is durable only
 * once its folder is.
 */
export function appendDurable(file: string, data: string): Promise<FileIdentity> {
	return withFd(openForAppend(file), async (fd) => {
		writeAll(fd, data);
		// The size and mtime are final after the write (fsync does not change them).
		const after = fstatSync(fd);
		await Promise.all([fsyncFd(fd), isRecent(after) ? settleRecent(file, after) : undefined]);
		return {size: after.size, mtimeMs: after.mtimeMs, ino: after.ino};
	});
}

/** Write and fsync a temporary file next to `file`; returns once it and its folder are durable. */
async function writeTemp(file: string, data: Uint8Array | string): Promise<string> {
	const dir = path.dirname(file);
	tempCounter += 1;
	const temp = path.join(dir, `.${path.basename(file)}.${TEMP_TAG}-${tempCounter}${TEMP_SUFFIX}`);
	// The folder usually exists: try the file first, and create folders only when it says they are missing.
	// A new folder's entry is fsynced while the file is written: both must be durable before the rename, not one after the other.
	let fd: number;
	let durable: Promise<void>;
	try {
		fd = await createExclusive(temp);
		durable = Promise.all([pendingDurability(dir), settleRecent(dir)]).then(() => undefined);
		// Awaited below; if the write fails first, that failure is the one reported.
		durable.catch(() => undefined);
	} catch (error) {
		if (!isErrno(error, 'ENOENT')) throw error;
		({durable} = await createDirs(dir));
		fd = await createExclusive(temp);
	}
	try {
		writeAll(fd, data);
		await fsyncFd(fd);
		await durable;
	} catch (error) {
		closeSync(fd);
		removeQuietly(temp);
		throw error;
	}
	closeSync(fd);
	return temp;
}

/**
 * Clean-up after a failure that is already being reported: the temporary file may not
 * exist, and a second error here must not hide the first one.
 */
function removeQuietly(file: string): void {
	try {
		unlinkSync(file);
	} catch {
		// See above: nothing to add to the error already on its way.
	}
}

function isErrno(error: unknown, code: string): boolean {
	return Boolean(error && typeof error === 'object' && 'code' in error && error.code === code);
}
