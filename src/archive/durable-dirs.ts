import {statSync, type Stats} from 'node:fs';
import path from 'node:path';
import {fsyncFd, makeFolder, withFd} from './file-io.js';
import {errnoOf} from './io-errors.js';

/**
 * Folder entries that survive a power cut. A new file or folder is durable only once
 * the folder holding its name is fsynced; this module does that without one writer
 * waiting on fsyncs it does not need (concurrent fsyncs of a folder are shared, a new
 * folder's entry is fsynced while its first file is written), and without any writer
 * acknowledging data that sits in a folder whose own entry is not durable yet.
 *
 * Another process's entries are trusted once they are old enough to have been written
 * back by the kernel (RECENT_ENTRY_MS); younger ones have their folders fsynced here
 * before anything relies on them: that writer may not have fsynced yet, or crashed
 * before it could, and without a file-system journal (as on this project's own VM)
 * nothing else would make them durable.
 *
 * State is per process (folders are shared by every store in it): work in flight, and
 * a bounded set of folders known durable, so it stays small however long the process
 * writes.
 */

/**
 * An entry older than this is on disk even if its creator never fsynced it: Linux writes
 * dirty metadata back within 30 s (dirty_expire_centisecs = 3000) plus a 5 s flusher
 * period; two minutes leaves room for a busy disk. Younger entries made by others are
 * fsynced by whoever relies on them.
 */
const RECENT_ENTRY_MS = 120_000;

/**
 * Folders remembered as durable. A crawl creates about three folders a page (two blob
 * prefix folders and the URL's); 4,096 (well under a megabyte) keeps every folder that
 * is in use, since each use moves it to the back, while the many that are written once
 * drop out. A forgotten folder is stat'ed again, which is correct, only slower.
 */
const KNOWN_DURABLE_KEPT = 4096;

/**
 * Folders known durable, least recently used first, with when that was learnt: after
 * RECENT_ENTRY_MS a folder is checked again (if it was deleted and made anew meanwhile,
 * it is young again).
 */
const knownDurable = new Map<string, number>();

interface Creation {
	/** Settles once the folder exists. */
	exists: Promise<void>;
	/** Settles once its entry in the parent folder is durable. */
	durable: Promise<void>;
}

/** Folders this process is creating, until their entry in the parent folder is fsynced. */
const creating = new Map<string, Creation>();

interface DirSync {
	/** The fsync running now. */
	current: Promise<void> | null;
	/** The fsync that starts when `current` ends, shared by everyone who asked meanwhile. */
	next: Promise<void> | null;
}

const syncs = new Map<string, DirSync>();

/**
 * Create `dir` and any missing parents, and return once every created folder's entry is
 * durable, including folders another write in this process is still creating: a blob
 * in `ab/cd/` must not be acknowledged while `ab`'s entry is still only in memory.
 */
export async function ensureDir(dir: string): Promise<void> {
	await (await createDirs(dir)).durable;
}

/**
 * Create `dir` and any missing parents; returns once the folder exists, with `durable`,
 * which settles once its entry and its ancestors' are durable. A caller writes its file
 * into the folder while the parents are fsynced, and awaits `durable` before relying on it.
 */
export async function createDirs(dir: string): Promise<{durable: Promise<void>}> {
	const target = path.resolve(dir);
	const creation = creating.get(target) ?? startCreation(target);
	await creation.exists;
	const durable = Promise.all([creation.durable, pendingDurability(target)]).then(ignore);
	// The caller may fail before it awaits `durable`; its own failure is the one to report.
	durable.catch(ignore);
	return {durable};
}

/**
 * Settles once the folders this process is creating among `dir` and its ancestors are
 * durable. Call it after observing that `dir` exists: entries are registered before their
 * mkdir is issued and removed only after their parent's fsync, so any folder whose mkdir
 * ran before that observation and is not durable yet is found here.
 */
export function pendingDurability(dir: string): Promise<void> {
	const pending: Promise<void>[] = [];
	for (let folder = path.resolve(dir); folder !== path.dirname(folder); folder = path.dirname(folder)) {
		const creation = creating.get(folder);
		if (creation) pending.push(creation.durable);
	}
	if (pending.length === 0) return Promise.resolve();
	const durable = Promise.all(pending).then(ignore);
	// The caller may fail before it awaits this; its own failure is the one to report.
	durable.catch(ignore);
	return durable;
}

function startCreation(dir: string): Creation {
	const made = makeDir(dir);
	const durable = made.then(async ({created, parentDurable}) => {
		const parent = path.dirname(dir);
		if (!created) return settleRecent(dir);
		await Promise.all([fsyncDir(parent), parentDurable ?? settleRecent(parent)]);
		rememberDurable(dir);
	});
	const creation: Creation = {exists: made.then(ignore), durable};
	const done = (): void => void creating.delete(dir);
	durable.then(done, done);
	creation.exists.catch(ignore);
	creating.set(dir, creation);
	return creation;
}

/**
 * mkdir one level, creating missing parents first. `created` is false when the folder
 * already existed; `parentDurable` settles when the parents this call created are durable.
 */
async function makeDir(dir: string): Promise<{created: boolean; parentDurable?: Promise<void>}> {
	try {
		await makeFolder(dir);
		return {created: true};
	} catch (error) {
		if (errnoOf(error) === 'EEXIST') return {created: false};
		if (errnoOf(error) !== 'ENOENT' || path.dirname(dir) === dir) throw error;
	}
	const parent = await createDirs(path.dirname(dir));
	try {
		await makeFolder(dir);
		return {created: true, parentDurable: parent.durable};
	} catch (error) {
		if (errnoOf(error) === 'EEXIST') return {created: false, parentDurable: parent.durable};
		throw error;
	}
}

/**
 * Make sure `entry` (a file or folder that exists) and the folders above it are durable
 * when another writer may have just made them: walking up from `entry`, every entry
 * younger than RECENT_ENTRY_MS has its folder fsynced. The walk stops at a folder known
 * durable or an old entry, so in steady state it costs at most one stat per folder every
 * two minutes. `info` is `entry`'s stat when the caller already has it.
 */
export async function settleRecent(entry: string, info?: Stats): Promise<void> {
	// Folders to fsync, and folders durable once that is done (each recent one's parent is fsynced).
	const parents: string[] = [];
	const settled: string[] = [];
	let current = path.resolve(entry);
	let stats = info;
	while (!isKnownDurable(current)) {
		const parent = path.dirname(current);
		if (parent === current) break;
		stats ??= statSync(current);
		if (stats.isDirectory()) settled.push(current);
		if (!isRecent(stats)) break;
		parents.push(parent);
		current = parent;
		stats = undefined;
	}
	await Promise.all(parents.map((folder) => fsyncDir(folder)));
	for (const folder of settled) rememberDurable(folder);
}

/** A folder whose entry this process made durable, or found old enough to be. */
function rememberDurable(dir: string, at = Date.now()): void {
	const key = path.resolve(dir);
	knownDurable.delete(key);
	knownDurable.set(key, at);
	for (const folder of knownDurable.keys()) {
		if (knownDurable.size <= KNOWN_DURABLE_KEPT) break;
		knownDurable.delete(folder);
	}
}

function isKnownDurable(dir: string): boolean {
	const at = knownDurable.get(dir);
	if (at === undefined) return false;
	if (Date.now() - at >= RECENT_ENTRY_MS) {
		knownDurable.delete(dir);
		return false;
	}
	rememberDurable(dir, at);
	return true;
}

/**
 * Made within RECENT_ENTRY_MS, by its birth time (a folder's mtime and ctime change with
 * every entry added to it). Where the file system keeps no birth time, the ctime stands
 * in: never younger than the birth, so an entry is never taken for older than it is.
 * A time in the future (a clock set back) counts as recent.
 */
export function isRecent(info: Stats): boolean {
	const born = info.birthtimeMs > 0 ? info.birthtimeMs : info.ctimeMs;
	return Date.now() - born < RECENT_ENTRY_MS;
}

/**
 * fsync a folder, so that the entries created, renamed or removed in it before this call
 * survive a power cut. Concurrent callers share work (group commit): a call made while
 * an fsync of the folder runs waits for the next one, which starts after the running
 * one ends and so after the caller's change; everyone who asks meanwhile shares it.
 */
export function fsyncDir(dir: string): Promise<void> {
	const key = path.resolve(dir);
	let state = syncs.get(key);
	if (!state) {
		state = {current: null, next: null};
		syncs.set(key, state);
	}
	const running = state.current;
	if (running === null) return startSync(key, state);
	const shared = state;
	shared.next ??= running.then(ignore, ignore).then(() => {
		shared.next = null;
		return startSync(key, shared);
	});
	return shared.next;
}

function startSync(key: string, state: DirSync): Promise<void> {
	const run: Promise<void> = syncNow(key).finally(() => {
		if (state.current === run) state.current = null;
		if (state.current === null && state.next === null) syncs.delete(key);
	});
	state.current = run;
	return run;
}

function syncNow(dir: string): Promise<void> {
	return withFd(dir, fsyncFd);
}

/** For a promise whose outcome another caller handles (or that is only waited on). */
function ignore(): void {
	// Nothing to do: see where it is used.
}
