import {randomBytes} from 'node:crypto';
import {hostname} from 'node:os';
import {closeSync, readFileSync, statSync, unlinkSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {NewsvaultError} from '../errors.js';
import {ensureDir} from './durable-dirs.js';
import {createExclusive, writeAll} from './file-io.js';
import {errnoOf} from './io-errors.js';

/**
 * A lock file shared by processes: whoever creates it with `open(…, 'wx')` holds it.
 * It records the holder's pid and host so a lock left by a crashed process can be
 * recognised and broken instead of blocking the archive forever.
 */

/**
 * How long to wait for another holder before giving up. Holders keep the lock for one
 * read-decide-append (milliseconds); a minute covers a slow disk and a long queue of
 * writers, and still fails a wedged run in a time a person notices.
 */
const LOCK_WAIT_MS = 60_000;

/**
 * A lock older than this is stale even if its pid is alive (the pid may have been
 * reused, or the holder is on another host sharing the folder). It is far above any
 * legitimate hold (see LOCK_WAIT_MS) yet short enough to unblock a crashed run.
 */
const STALE_LOCK_MS = 120_000;

/**
 * A lock file is created empty and written right after; one still empty or unreadable
 * after this long belongs to a writer that died in between.
 */
const UNWRITTEN_LOCK_MS = 10_000;

/** Back-off between attempts: short first, so uncontended waits stay quick. */
const FIRST_RETRY_MS = 2;
const MAX_RETRY_MS = 100;

interface LockOwner {
	pid: number;
	host: string;
	token: string;
	at: string;
}

export interface LockOptions {
	/** @default 60_000 */
	waitMs?: number;
	/** Turn a file-system error of the lock itself into the caller's error type; errors of `fn` pass through untouched. */
	ioError?: (error: unknown) => Error;
}

/** Run `fn` while holding `lockFile`; the lock is released even when `fn` throws. */
export async function withLock<T>(lockFile: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
	const mapError = options.ioError ?? ((error: unknown) => error);
	const release = await acquire(lockFile, options.waitMs ?? LOCK_WAIT_MS).catch((error: unknown) => {
		throw mapError(error);
	});
	try {
		return await fn();
	} finally {
		await release().catch((error: unknown) => {
			throw mapError(error);
		});
	}
}

async function acquire(lockFile: string, waitMs: number): Promise<() => Promise<void>> {
	const owner: LockOwner = {pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex'), at: new Date().toISOString()};
	const deadline = Date.now() + waitMs;
	let delay = FIRST_RETRY_MS;
	for (;;) {
		if (await tryCreate(lockFile, owner)) return () => release(lockFile, owner.token);
		const held = inspect(lockFile);
		if (held && isStale(held)) {
			await breakStale(lockFile, held.raw);
			continue;
		}
		if (Date.now() >= deadline) {
			const who = held?.owner ? ` by pid ${held.owner.pid} on ${held.owner.host} since ${held.owner.at}` : '';
			throw new NewsvaultError(
				'ERR_ARCHIVE_LOCKED',
				`archive is locked${who}: "${lockFile}"; if no other newsvault is running, delete that file`,
				{retryable: true},
			);
		}
		await sleep(delay + Math.random() * delay);
		delay = Math.min(delay * 2, MAX_RETRY_MS);
	}
}

/** Lock files are tiny and never fsynced (a lock need not survive a power cut); only creating one leaves the event loop (see file-io.ts). */
async function tryCreate(lockFile: string, owner: LockOwner): Promise<boolean> {
	let fd;
	try {
		fd = await openExclusive(lockFile);
	} catch (error) {
		if (errnoOf(error) === 'EEXIST') return false;
		throw error;
	}
	try {
		writeAll(fd, JSON.stringify(owner));
	} finally {
		closeSync(fd);
	}
	return true;
}

/** Create the file, or fail with EEXIST; the folder is created only when missing (it usually exists). */
async function openExclusive(file: string): Promise<number> {
	try {
		return await createExclusive(file);
	} catch (error) {
		if (errnoOf(error) !== 'ENOENT') throw error;
	}
	await ensureDir(path.dirname(file));
	return createExclusive(file);
}

interface HeldLock {
	raw: string;
	owner: LockOwner | null;
	ageMs: number;
}

/** The current lock, or null when it vanished between our attempt and this look. */
function inspect(lockFile: string): HeldLock | null {
	try {
		const raw = readFileSync(lockFile, 'utf8');
		const info = statSync(lockFile);
		return {raw, owner: parseOwner(raw), ageMs: Date.now() - info.mtimeMs};
	} catch (error) {
		if (errnoOf(error) === 'ENOENT') return null;
		throw error;
	}
}

function parseOwner(raw: string): LockOwner | null {
	try {
		const value: unknown = JSON.parse(raw);
		if (value && typeof value === 'object' && 'pid' in value && typeof value.pid === 'number') return value as LockOwner;
	} catch {
		// Empty or half-written: the holder is between create and write, or died there.
	}
	return null;
}

function isStale(held: HeldLock): boolean {
	if (!held.owner) return held.ageMs > UNWRITTEN_LOCK_MS;
	if (held.ageMs > STALE_LOCK_MS) return true;
	return held.owner.host === hostname() && !processAlive(held.owner.pid);
}

function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to another user.
		return errnoOf(error) !== 'ESRCH';
	}
}

/**
 * Remove a stale lock without removing a fresh one by mistake: two waiters can both
 * see the same stale lock, and the slower one must not delete the lock the faster one
 * has just created. A second lock (`.break`) lets one breaker at a time re-check that
 * the file still holds the stale content before deleting it.
 */
async function breakStale(lockFile: string, staleRaw: string): Promise<void> {
	const breaker = `${lockFile}.break`;
	const breakerOwner: LockOwner = {pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex'), at: new Date().toISOString()};
	if (!(await tryCreate(breaker, breakerOwner))) {
		const held = inspect(breaker);
		if (held && isStale(held)) removeIfThere(breaker);
		return;
	}
	try {
		const current = inspect(lockFile);
		if (current && current.raw === staleRaw) removeIfThere(lockFile);
	} finally {
		removeIfThere(breaker);
	}
}

/** Release only our own lock: if it was broken as stale meanwhile, the file is someone else's now. */
async function release(lockFile: string, token: string): Promise<void> {
	let raw = '';
	try {
		raw = readFileSync(lockFile, 'utf8');
	} catch (error) {
		if (errnoOf(error) !== 'ENOENT') throw error;
	}
	if (parseOwner(raw)?.token === token) removeIfThere(lockFile);
}

function removeIfThere(file: string): void {
	try {
		unlinkSync(file);
	} catch (error) {
		if (errnoOf(error) !== 'ENOENT') throw error;
	}
}
