import {randomBytes} from 'node:crypto';
import {link, mkdir, open, rename, unlink} from 'node:fs/promises';
import path from 'node:path';

/**
 * Crash-safe file writes. A reader sees either the old file or the whole new one,
 * never a prefix: data goes to a temporary file in the same folder (same file system,
 * so the rename is atomic), is fsynced, then renamed into place, and the folder is
 * fsynced so the rename itself survives a power cut.
 */

/** Suffix of in-flight temporary files; readers and `verify` skip names ending in it. */
export const TEMP_SUFFIX = '.tmp';

export function isTempName(fileName: string): boolean {
	return fileName.endsWith(TEMP_SUFFIX);
}

/** Create `dir` and its parents; fsync every parent that gained an entry. */
export async function ensureDir(dir: string): Promise<void> {
	const first = await mkdir(dir, {recursive: true});
	if (first === undefined) return;
	const created = path.relative(path.dirname(first), dir).split(path.sep);
	let parent = path.dirname(first);
	for (const name of created) {
		await fsyncDir(parent);
		parent = path.join(parent, name);
	}
}

/** Replace `file` with `data` atomically. */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
	const temp = await writeTemp(file, data);
	try {
		await rename(temp, file);
	} catch (error) {
		await removeQuietly(temp);
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
	try {
		await link(temp, file);
	} catch (error) {
		if (isErrno(error, 'EEXIST')) return false;
		throw error;
	} finally {
		await removeQuietly(temp);
	}
	await fsyncDir(path.dirname(file));
	return true;
}

/**
 * Append `data` with one write call and fsync it. Callers hold the file's lock, so
 * appends from several writers never interleave.
 */
export async function appendDurable(file: string, data: string): Promise<void> {
	const handle = await open(file, 'a');
	try {
		await handle.writeFile(data);
		await handle.sync();
	} finally {
		await handle.close();
	}
}

export async function fsyncDir(dir: string): Promise<void> {
	const handle = await open(dir, 'r');
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}

async function writeTemp(file: string, data: Uint8Array | string): Promise<string> {
	await ensureDir(path.dirname(file));
	const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
	const handle = await open(temp, 'wx');
	try {
		await handle.writeFile(data);
		await handle.sync();
	} catch (error) {
		await handle.close();
		await removeQuietly(temp);
		throw error;
	}
	await handle.close();
	return temp;
}

/**
 * Clean-up after a failure that is already being reported: the temporary file may not
 * exist, and a second error here must not hide the first one.
 */
async function removeQuietly(file: string): Promise<void> {
	await unlink(file).catch(() => undefined);
}

function isErrno(error: unknown, code: string): boolean {
	return Boolean(error && typeof error === 'object' && 'code' in error && error.code === code);
}
