import {readFileSync} from 'node:fs';
import {stat} from 'node:fs/promises';
import path from 'node:path';
import {NewsvaultError, redactUrl} from '../errors.js';
import {canonicalJson, contentHash} from '../snapshot/content.js';
import {SnapshotSchema, type Snapshot} from '../snapshot/schema.js';
import {appendDurable, createFileOnce} from './atomic.js';
import {BlobStore} from './blobs.js';
import {ensureDir, settleRecent} from './durable-dirs.js';
import {readTextOrNull} from './file-io.js';
import {ensureFormat, readFormat} from './format.js';
import {archiveReadError, archiveWriteError, isMissing} from './io-errors.js';
import {LOCK_FILE, LOG_FILE, URL_FILE, URLS_DIR, urlFolder, urlKey} from './layout.js';
import {withLock} from './lock.js';
import {LogCache, type LogView} from './log-cache.js';
import {listDir, readOptional} from './optional-read.js';
import {serializeRecord} from './log.js';
import {decideChange, deriveHistory, resolveVersion, versionId} from './versions.js';
import {verifyArchive} from './verify.js';
import type {
	ArchiveOptions,
	AttachmentRecord,
	PutInput,
	PutResult,
	StoredVersion,
	VerifyReport,
	VersionInfo,
	VisitRecord,
} from './types.js';

/** Attachment names are file-like labels (`screenshot.png`); they are keys in the log, never paths. */
const ATTACHMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * URLs whose folder this store has checked or claimed, remembered so that re-visits skip
 * reading url.txt (which never changes once written). 4,096 covers the URLs a crawl has
 * in flight many times over, in well under a megabyte.
 */
const CLAIMED_URLS_KEPT = 4096;

/** Response headers not kept in the log: session cookies are credentials, not page content. */
const DROPPED_HEADERS = new Set(['set-cookie']);

/**
 * The versioned archive: content-addressed blobs plus an append-only visit log per URL
 * (layout in layout.ts). Any number of stores and processes may write one archive at
 * once: writes to a URL are queued within a process and locked across processes.
 *
 * @example
 * const store = await ArchiveStore.open('archive');
 * const {change, version} = await store.put({url, page, snapshot});
 * const {snapshot} = await store.read(url, 'v1');
 */
export class ArchiveStore {
	/** Absolute path of the archive folder. */
	readonly dir: string;
	readonly #blobs: BlobStore;
	readonly #now: () => Date;
	readonly #lockWaitMs: number | undefined;
	/** Per URL, the end of this store's chain of writes to it: each write starts after the previous one settles. */
	readonly #tails = new Map<string, Promise<void>>();
	readonly #logs = new LogCache();
	/** In insertion order, oldest first; see CLAIMED_URLS_KEPT. */
	readonly #claimed = new Set<string>();
	#ready: Promise<void> | null = null;

	private constructor(dir: string, options: ArchiveOptions) {
		this.dir = dir;
		this.#blobs = new BlobStore(dir);
		this.#now = options.now ?? (() => new Date());
		this.#lockWaitMs = options.lockWaitMs;
	}

	/**
	 * Open an archive folder. Creates nothing until the first write; a missing or empty
	 * folder reads as an empty archive. Fails with ERR_ARCHIVE_CORRUPT on a foreign or
	 * newer format.
	 */
	static async open(dir: string, options: ArchiveOptions = {}): Promise<ArchiveStore> {
		const root = path.resolve(dir);
		const info = await stat(root).catch((error: unknown) => {
			if (isMissing(error)) return null;
			throw archiveReadError(root, error);
		});
		if (info && !info.isDirectory()) throw new NewsvaultError('ERR_ARCHIVE_IO', `cannot open archive "${root}": it is a file, not a folder`);
		await readFormat(root);
		return new ArchiveStore(root, options);
	}

	/** Record one visit: store its raw body and snapshot, decide whether it starts a new version, append it to the URL's log. */
	async put(input: PutInput): Promise<PutResult> {
		const key = urlKey(input.url);
		const snapshot = input.snapshot === null ? null : validSnapshot(input.snapshot, key);
		const attachmentEntries = Object.entries(input.attachments ?? {}).map(([name, bytes]) => [checkAttachmentName(name), bytes] as const);
		await this.#ensureWritable();
		// Blobs are content-addressed and written once, so they need no lock; only the log does.
		// They and the URL folder's url.txt are independent writes, so their fsyncs overlap;
		// all of them are durable before the log line that names them is written.
		const writes = allOrFirstError([
			this.#blobs.put(input.page.body),
			snapshot ? this.#blobs.put(new TextEncoder().encode(canonicalJson(snapshot))) : Promise.resolve(null),
			allOrFirstError(attachmentEntries.map(([, bytes]) => this.#blobs.put(bytes))),
			this.#claimFolder(key),
		] as const);
		// Hashing the content is CPU work: it runs while the writes above wait for the disk.
		const contentSha256 = snapshot ? contentHash(snapshot) : null;
		const [rawSha256, snapshotSha256, attachmentShas] = await writes;
		const attachments = Object.fromEntries(attachmentEntries.map(([name], index) => [name, attachmentShas[index] ?? '']));
		return this.#locked(key, async (log) => {
			const history = deriveHistory(log.records);
			const latest = history.versions.at(-1);
			const {page} = input;
			const change = decideChange(latest, {status: page.status, contentSha256, rawSha256});
			const startsVersion = change === 'new' || change === 'changed';
			const previousVisit = history.visits.at(-1);
			// The caller's summarize runs under the lock: "previous" must be the version this visit really follows.
			const summary = startsVersion && snapshot && input.summarize ? input.summarize(await this.#previousSnapshot(latest), snapshot) : null;
			const visit: VisitRecord = {
				type: 'visit',
				at: page.fetchedAt,
				url: key,
				finalUrl: page.finalUrl,
				status: page.status,
				statusText: page.statusText,
				mode: page.mode,
				contentType: page.contentType,
				// A 304 need not repeat the validators; the ones in force are still the previous visit's.
				etag: page.headers['etag'] ?? (change === 'not-modified' ? previousVisit?.etag ?? null : null),
				lastModified: page.headers['last-modified'] ?? (change === 'not-modified' ? previousVisit?.lastModified ?? null : null),
				headers: Object.fromEntries(Object.entries(page.headers).filter(([name]) => !DROPPED_HEADERS.has(name.toLowerCase()))),
				rawSha256,
				snapshotSha256,
				contentSha256,
				versionId: startsVersion || !latest ? versionId(history.versions.length) : latest.id,
				change,
				summary,
				attachments,
			};
			const after = deriveHistory((await this.#append(key, log, visit)).records);
			const version = after.versions.find((candidate) => candidate.id === visit.versionId);
			if (!version) throw new Error(`internal: version ${visit.versionId} missing after put`);
			return {change, version, visit};
		});
	}

	/** Versions of a URL, oldest first; [] when the URL was never archived. */
	async history(url: string): Promise<VersionInfo[]> {
		return deriveHistory((await this.#readLog(urlKey(url))).records).versions;
	}

	/** Every recorded visit, in log order. */
	async visits(url: string): Promise<VisitRecord[]> {
		return deriveHistory((await this.#readLog(urlKey(url))).records).visits;
	}

	/** The last visit, with the validators (etag, lastModified) for a conditional re-visit; null when never visited. */
	async latestVisit(url: string): Promise<VisitRecord | null> {
		return (await this.visits(url)).at(-1) ?? null;
	}

	/** One version: `latest` by default, an id (`v2`) or a unique prefix of its content hash. */
	async read(url: string, version?: string): Promise<StoredVersion> {
		const info = resolveVersion(await this.history(url), urlKey(url), version);
		const snapshot = info.snapshotSha256 ? await this.readSnapshot(info.snapshotSha256) : null;
		return {version: info, snapshot, raw: () => this.readBlob(info.rawSha256)};
	}

	/** A blob's bytes; ERR_ARCHIVE_CORRUPT when they no longer match their hash. */
	readBlob(sha256: string): Promise<Uint8Array> {
		return this.#blobs.get(sha256);
	}

	/** A stored Snapshot blob, validated against the schema. */
	async readSnapshot(sha256: string): Promise<Snapshot> {
		const text = new TextDecoder().decode(await this.readBlob(sha256));
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch (error) {
			throw new NewsvaultError('ERR_ARCHIVE_CORRUPT', `snapshot blob ${sha256} is not valid JSON; run \`newsvault verify\``, {cause: error});
		}
		const result = SnapshotSchema.safeParse(value);
		if (!result.success) {
			throw new NewsvaultError('ERR_ARCHIVE_CORRUPT', `snapshot blob ${sha256} does not match the Snapshot schema: ${firstIssue(result.error)}`, {
				cause: result.error,
			});
		}
		return result.data;
	}

	/** Every archived URL, in folder order (by host, then path). */
	async *urls(): AsyncIterable<string> {
		const root = path.join(this.dir, URLS_DIR);
		try {
			for (const host of await listDir(root)) {
				for (const folder of await listDir(path.join(root, host))) {
					const url = await readOptional(path.join(root, host, folder, URL_FILE));
					if (url !== null && url.trim() !== '') yield url.trim();
				}
			}
		} catch (error) {
			throw archiveReadError(this.dir, error);
		}
	}

	/** Check every blob hash, log line and blob reference. */
	verify(): Promise<VerifyReport> {
		return verifyArchive(this.dir, this.#blobs);
	}

	/**
	 * Add an evidence file (e.g. `screenshot.png`) to an existing version; returns its
	 * blob sha256. `version` takes the same references as `read`.
	 */
	async putAttachment(url: string, version: string, name: string, bytes: Uint8Array): Promise<string> {
		const key = urlKey(url);
		checkAttachmentName(name);
		resolveVersion(await this.history(key), key, version);
		await this.#ensureWritable();
		const [sha256] = await allOrFirstError([this.#blobs.put(bytes), this.#claimFolder(key)] as const);
		await this.#locked(key, async (log) => {
			const target = resolveVersion(deriveHistory(log.records).versions, key, version);
			const record: AttachmentRecord = {type: 'attachment', at: this.#now().toISOString(), versionId: target.id, name, sha256};
			await this.#append(key, log, record);
		});
		return sha256;
	}

	async #previousSnapshot(latest: VersionInfo | undefined): Promise<Snapshot | null> {
		return latest?.snapshotSha256 ? this.readSnapshot(latest.snapshotSha256) : null;
	}

	/**
	 * Run `fn` with the URL's current log, queued behind this process's other writes to
	 * the URL and holding the URL's lock against other processes, so the log cannot
	 * change between reading it and appending to it. Different URLs never wait for each other.
	 */
	async #locked<T>(key: string, fn: (log: LogView) => Promise<T>): Promise<T> {
		const lockFile = path.join(this.dir, urlFolder(key), LOCK_FILE);
		const write = (this.#tails.get(key) ?? Promise.resolve()).then(() =>
			withLock(lockFile, async () => fn(await this.#readLogForAppend(key)), {
				waitMs: this.#lockWaitMs,
				ioError: (error) => archiveWriteError(this.dir, error),
			}),
		);
		const tail = write.then(ignore, ignore);
		this.#tails.set(key, tail);
		try {
			return await write;
		} finally {
			if (this.#tails.get(key) === tail) this.#tails.delete(key);
		}
	}

	/**
	 * Write url.txt on first use (durably, before the folder's log can exist); refuse a
	 * folder that already belongs to another URL (a hash collision). url.txt never changes
	 * once written, so no lock is needed, and an existing one costs one read.
	 */
	async #claimFolder(key: string): Promise<void> {
		if (this.#claimed.has(key)) return;
		const folder = path.join(this.dir, urlFolder(key));
		const file = path.join(folder, URL_FILE);
		try {
			let owner = readTextOrNull(file);
			if (owner === null) owner = (await createFileOnce(file, `${key}\n`)) ? key : readFileSync(file, 'utf8');
			// Made by another writer moments ago, perhaps not durable yet; this store's log is about to live in that folder.
			else await settleRecent(file);
			if (owner.trim() === key) {
				this.#rememberClaim(key);
				return;
			}
			throw new NewsvaultError('ERR_ARCHIVE_CORRUPT', `folder "${folder}" already holds "${redactUrl(owner.trim())}", not "${redactUrl(key)}"`);
		} catch (error) {
			throw archiveWriteError(this.dir, error);
		}
	}

	#rememberClaim(key: string): void {
		this.#claimed.add(key);
		for (const oldest of this.#claimed) {
			if (this.#claimed.size <= CLAIMED_URLS_KEPT) break;
			this.#claimed.delete(oldest);
		}
	}

	/**
	 * The log, read under the lock, ending on a line boundary. After a crash mid-append
	 * the file ends in a fragment: ending that line first means the fragment is decided
	 * once and for all (an unparsable line, or a whole record that then counts) before
	 * this writer derives version ids from the log.
	 */
	async #readLogForAppend(key: string): Promise<LogView> {
		const log = await this.#readLog(key);
		if (log.endsWithNewline) return log;
		try {
			await appendDurable(this.#logFile(key), '\n');
		} catch (error) {
			throw archiveWriteError(this.dir, error);
		}
		return this.#readLog(key);
	}

	/** Append `record` to the log read as `log` (under the lock); returns the log with it. */
	async #append(key: string, log: LogView, record: VisitRecord | AttachmentRecord): Promise<LogView> {
		const file = this.#logFile(key);
		const line = serializeRecord(record);
		try {
			return this.#logs.appended(file, log, record, line, await appendDurable(file, line));
		} catch (error) {
			throw archiveWriteError(this.dir, error);
		}
	}

	async #readLog(key: string): Promise<LogView> {
		try {
			return this.#logs.read(this.#logFile(key));
		} catch (error) {
			throw archiveReadError(this.dir, error);
		}
	}

	#logFile(key: string): string {
		return path.join(this.dir, urlFolder(key), LOG_FILE);
	}

	/** Create the folder and its format marker once per store; a failed attempt is retried by the next write. */
	async #ensureWritable(): Promise<void> {
		this.#ready ??= (async () => {
			await ensureDir(this.dir);
			await ensureFormat(this.dir, this.#now());
		})().catch((error: unknown) => {
			this.#ready = null;
			throw archiveWriteError(this.dir, error);
		});
		return this.#ready;
	}
}

/**
 * Wait for every promise, then fail with the first error if any failed: the caller's
 * writes are all finished (none still running against the folder) when it learns of a failure.
 */
async function allOrFirstError<T extends readonly unknown[]>(promises: {[K in keyof T]: Promise<T[K]>}): Promise<T> {
	const results = await Promise.allSettled(promises);
	const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
	if (failed) throw failed.reason;
	return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** For the chain of a URL's writes: the next write waits for the previous one to settle, whatever its outcome (its caller has it). */
function ignore(): void {
	// Nothing to do: see above.
}

function validSnapshot(snapshot: Snapshot, key: string): Snapshot {
	const result = SnapshotSchema.safeParse(snapshot);
	if (!result.success) {
		// The snapshot came from extraction, not from the archive: the archive itself is fine.
		throw new NewsvaultError('ERR_EXTRACT', `refusing to store an invalid snapshot of "${redactUrl(key)}": ${firstIssue(result.error)}`, {
			cause: result.error,
		});
	}
	return result.data;
}

function checkAttachmentName(name: string): string {
	if (!ATTACHMENT_NAME.test(name)) {
		throw new NewsvaultError('ERR_USAGE', `attachment name "${name}" is not allowed: use letters, digits, ".", "_" and "-" (e.g. "screenshot.png")`);
	}
	return name;
}

function firstIssue(error: {issues: readonly {path: readonly PropertyKey[]; message: string}[]}): string {
	const issue = error.issues[0];
	if (!issue) return 'invalid';
	return `${issue.path.length ? issue.path.map(String).join('.') : 'snapshot'}: ${issue.message}`;
}
