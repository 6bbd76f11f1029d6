import {closeSync, constants, fsync, mkdir, open, openSync, readFileSync, statSync, writeSync, type Stats} from 'node:fs';
import {promisify} from 'node:util';
import {isMissing} from './io-errors.js';

/**
 * The archive's disk calls, each run where it costs least.
 *
 * Calls that can wait on the disk run on libuv's thread pool, so the event loop keeps
 * extracting other pages meanwhile: fsync (milliseconds), and creating a file or folder
 * (allocating an inode: 250–450 µs a call on the project's VM, whose ext4 has no journal
 * and scans for recently deleted inodes, and which waits while the folder is fsynced).
 *
 * Everything else a put does (stat, link, rename, unlink, close, opening a folder or an
 * existing file, a small write or read) is answered from the kernel's caches and runs
 * synchronously: handing it to the thread pool costs the event loop more than the call.
 * Measured per call on the event loop, same VM: stat 35–40 µs async vs 5–8 µs sync;
 * open+write+close+unlink of a file 185–205 µs vs 45–55 µs. A put makes about forty such
 * calls; done asynchronously they made the crawl's event loop, not the disk, its bottleneck.
 */

const fsyncAsync = promisify(fsync);
const openAsync = promisify(open);
const mkdirAsync = promisify(mkdir);

/** Flush `fd`'s data and metadata to the disk, off the event loop. */
export function fsyncFd(fd: number): Promise<void> {
	return fsyncAsync(fd);
}

/** Create and open a file that must not exist yet (`wx`), off the event loop; resolves to its descriptor. */
export function createExclusive(file: string): Promise<number> {
	return openAsync(file, 'wx');
}

/** Open `file` for appending, creating it when missing (off the event loop only then). */
export async function openForAppend(file: string): Promise<number> {
	try {
		return openSync(file, constants.O_WRONLY | constants.O_APPEND);
	} catch (error) {
		if (!isMissing(error)) throw error;
	}
	return openAsync(file, 'a');
}

/** mkdir one level, off the event loop. */
export async function makeFolder(dir: string): Promise<void> {
	await mkdirAsync(dir);
}

/** Write all of `data` at the file's position (a regular file takes it in one call; the loop is for the rest). */
export function writeAll(fd: number, data: Uint8Array | string): void {
	const bytes = typeof data === 'string' ? Buffer.from(data) : data;
	let offset = 0;
	while (offset < bytes.byteLength) offset += writeSync(fd, bytes, offset, bytes.byteLength - offset);
}

/** Run `fn` with an open descriptor (or `file` opened read-only), and close it whatever happens. */
export async function withFd<T>(file: string | Promise<number>, fn: (fd: number) => Promise<T> | T): Promise<T> {
	const fd = typeof file === 'string' ? openSync(file, 'r') : await file;
	try {
		return await fn(fd);
	} finally {
		closeSync(fd);
	}
}

/** The entry's stat, or null when it does not exist. */
export function statOrNull(file: string): Stats | null {
	try {
		return statSync(file, {throwIfNoEntry: false}) ?? null;
	} catch (error) {
		// ENOTDIR: a parent is a file, so the entry is not there either.
		if (isMissing(error)) return null;
		throw error;
	}
}

/** A small text file's content, or null when it does not exist. */
export function readTextOrNull(file: string): string | null {
	try {
		return readFileSync(file, 'utf8');
	} catch (error) {
		if (isMissing(error)) return null;
		throw error;
	}
}
