import {readFileSync, type Stats} from 'node:fs';
import type {FileIdentity} from './atomic.js';
import {statOrNull} from './file-io.js';
import {parseLog} from './log.js';
import type {LogRecord} from './types.js';

/**
 * Parsed `versions.jsonl` files, kept between reads in this process. A crawl reads a
 * URL's log for the conditional request and again under the lock to append to it; a
 * re-read costs a stat when nothing changed.
 *
 * An entry is used only while the file's size, mtime and inode are what they were when
 * it was read: the log is only ever appended to, so any write by any process (including
 * ending a torn line) changes the size, and a file replaced by another has a new inode.
 * `verify` never uses this cache.
 */

/**
 * Log text kept, in bytes (the parsed records take a few times that in memory). A visit
 * line is about 1 KB, mostly headers, so this holds about a thousand visits: far more
 * than the URLs a crawl has in flight between its lookup and its write (twice its
 * concurrency), while keeping memory flat however many URLs a run archives.
 */
const LOG_CACHE_BYTES = 1024 * 1024;

/** A log as the store uses it: whole records only, frozen because readers share them. */
export interface LogView {
	records: readonly LogRecord[];
	/** False when the file ends in a fragment: the next append must start a new line. */
	endsWithNewline: boolean;
	/** Bytes of the file this view covers (0 when the file does not exist). */
	size: number;
}

const EMPTY: LogView = Object.freeze({records: Object.freeze([]), endsWithNewline: true, size: 0});

interface Entry {
	identity: FileIdentity;
	log: LogView;
}

export class LogCache {
	/** In least-recently-used order (a Map iterates in insertion order). */
	readonly #entries = new Map<string, Entry>();
	#bytes = 0;

	/** The log at `file`, from the cache when the file has not changed since it was read. */
	read(file: string): LogView {
		const info = statOrNull(file);
		if (!info) {
			this.#forget(file);
			return EMPTY;
		}
		const identity = identityOf(info);
		const hit = this.#entries.get(file);
		if (hit && sameIdentity(hit.identity, identity)) {
			this.#entries.delete(file);
			this.#entries.set(file, hit);
			return hit.log;
		}
		// Logs are kilobytes and in the page cache: read synchronously (see file-io.ts).
		const bytes = readFileSync(file);
		const parsed = parseLog(bytes.toString('utf8'));
		const log = frozenView(parsed.records, parsed.endsWithNewline, bytes.length);
		// A file that grew between the stat and the read is not cached: the stat does not describe what was read.
		if (bytes.length === identity.size) this.#remember(file, {identity, log});
		else this.#forget(file);
		return log;
	}

	/**
	 * After this process appended `line` (holding `record`) to the log it read as `before`:
	 * the new view, cached when the file is exactly `before` plus the line.
	 */
	appended(file: string, before: LogView, record: LogRecord, line: string, after: FileIdentity): LogView {
		const log = frozenView([...before.records, freezeRecord(record)], true, after.size);
		if (before.endsWithNewline && after.size === before.size + Buffer.byteLength(line)) this.#remember(file, {identity: after, log});
		else this.#forget(file);
		return log;
	}

	#remember(file: string, entry: Entry): void {
		this.#forget(file);
		if (entry.log.size > LOG_CACHE_BYTES) return;
		this.#entries.set(file, entry);
		this.#bytes += entry.log.size;
		for (const [oldest, {log}] of this.#entries) {
			if (this.#bytes <= LOG_CACHE_BYTES) break;
			this.#entries.delete(oldest);
			this.#bytes -= log.size;
		}
	}

	#forget(file: string): void {
		const entry = this.#entries.get(file);
		if (!entry) return;
		this.#entries.delete(file);
		this.#bytes -= entry.log.size;
	}
}

function identityOf(info: Stats): FileIdentity {
	return {size: info.size, mtimeMs: info.mtimeMs, ino: info.ino};
}

function sameIdentity(a: FileIdentity, b: FileIdentity): boolean {
	return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

function frozenView(records: readonly LogRecord[], endsWithNewline: boolean, size: number): LogView {
	return Object.freeze({records: Object.freeze(records.map(freezeRecord)), endsWithNewline, size});
}

/** Records are shared by every reader of a cached log, so none may change them. */
function freezeRecord(record: LogRecord): LogRecord {
	if (Object.isFrozen(record)) return record;
	if (record.type === 'visit') {
		Object.freeze(record.headers);
		Object.freeze(record.attachments);
	}
	return Object.freeze(record);
}
