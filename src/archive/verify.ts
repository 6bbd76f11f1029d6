import path from 'node:path';
import {NewsvaultError} from '../errors.js';
import {contentHash} from '../snapshot/content.js';
import {SnapshotSchema} from '../snapshot/schema.js';
import {isTempName} from './atomic.js';
import type {BlobStore} from './blobs.js';
import {readFormat} from './format.js';
import {archiveReadError} from './io-errors.js';
import {FORMAT_FILE, LOCK_FILE, LOG_FILE, URL_FILE, URLS_DIR, urlFolder, urlKey} from './layout.js';
import {parseLog} from './log.js';
import {listDir, readOptional} from './optional-read.js';
import {deriveHistory} from './versions.js';
import type {VerifyProblem, VerifyReport} from './types.js';

/** What the blob scan found: intact blobs, and blobs that exist but are damaged. */
interface BlobScan {
	intact: Set<string>;
	damaged: Set<string>;
}

/**
 * Check a whole archive without changing it: every blob against its hash, every log
 * line, every blob a log line refers to, every snapshot against the schema and its
 * recorded content hash, and that stored version ids agree with the derived ones (a
 * disagreement means two writers raced past the lock).
 */
export async function verifyArchive(dir: string, blobs: BlobStore): Promise<VerifyReport> {
	const problems: VerifyProblem[] = [];
	const checked = {blobs: 0, urls: 0, visits: 0};
	try {
		const hasFormat = await checkFormat(dir, problems);
		const scan: BlobScan = {intact: new Set(), damaged: new Set()};
		for await (const file of blobs.files()) {
			checked.blobs += 1;
			if (file.claimed === null) {
				problems.push({path: file.relative, problem: 'not a blob file name (expected <sha256>.gz under its two-level prefix folder)'});
				continue;
			}
			const problem = await blobProblem(blobs, file.relative, file.claimed);
			if (problem) problems.push({path: file.relative, problem});
			(problem ? scan.damaged : scan.intact).add(file.claimed);
		}
		const snapshots = new SnapshotChecker(blobs);
		for (const host of await listDir(path.join(dir, URLS_DIR))) {
			for (const folder of await listDir(path.join(dir, URLS_DIR, host))) {
				checked.urls += 1;
				checked.visits += await checkUrlFolder(dir, path.join(URLS_DIR, host, folder), scan, snapshots, problems);
			}
		}
		if (!hasFormat && checked.blobs + checked.urls > 0) {
			problems.push({path: FORMAT_FILE, problem: 'missing: the folder has archive data but no format marker'});
		}
	} catch (error) {
		throw archiveReadError(dir, error);
	}
	return {ok: problems.length === 0, checked, problems};
}

/** Whether a format marker exists; a foreign or damaged one is a problem. */
async function checkFormat(dir: string, problems: VerifyProblem[]): Promise<boolean> {
	try {
		return (await readFormat(dir)) !== null;
	} catch (error) {
		if (!(error instanceof NewsvaultError) || error.code !== 'ERR_ARCHIVE_CORRUPT') throw error;
		problems.push({path: FORMAT_FILE, problem: error.message});
		return true;
	}
}

async function blobProblem(blobs: BlobStore, relative: string, claimed: string): Promise<string | null> {
	let actual: string;
	try {
		actual = await blobs.hashFile(relative);
	} catch (error) {
		if (error instanceof NewsvaultError && error.code === 'ERR_ARCHIVE_CORRUPT') return 'not valid gzip data (the file was changed or damaged)';
		throw error;
	}
	return actual === claimed ? null : `content hashes to ${actual}, not to its name (the file was changed or damaged)`;
}

/** Check one URL folder; returns the number of visits checked. */
async function checkUrlFolder(dir: string, relative: string, scan: BlobScan, snapshots: SnapshotChecker, problems: VerifyProblem[]): Promise<number> {
	const url = (await readOptional(path.join(dir, relative, URL_FILE)))?.trim();
	if (!url) {
		// A folder holding only a lock or temporary files is a first write that has not finished.
		const content = (await listDir(path.join(dir, relative))).filter((name) => !isTempName(name) && name !== LOCK_FILE && !name.startsWith(`${LOCK_FILE}.`));
		if (content.length > 0) problems.push({path: path.join(relative, URL_FILE), problem: 'missing or empty: the folder does not say which URL it holds'});
		return 0;
	}
	let key: string | null = null;
	try {
		key = urlKey(url);
		if (urlFolder(key) !== relative) problems.push({path: relative, problem: `folder does not match its URL "${url}" (expected "${urlFolder(key)}")`});
	} catch {
		problems.push({path: path.join(relative, URL_FILE), problem: `not a valid URL: "${url}"`});
	}
	const logPath = path.join(relative, LOG_FILE);
	const log = parseLog((await readOptional(path.join(dir, logPath))) ?? '');
	for (const {line, problem} of log.problems) problems.push({path: `${logPath}:${line}`, problem});
	const history = deriveHistory(log.records);
	const report = (recordIndex: number, problem: string): void => {
		problems.push({path: `${logPath}:${log.lineNumbers[recordIndex] ?? '?'}`, problem});
	};
	const exists = (sha: string): boolean => scan.intact.has(sha) || scan.damaged.has(sha);
	const versionIds = new Set(history.versions.map((version) => version.id));
	let visitIndex = 0;
	for (const [recordIndex, record] of log.records.entries()) {
		if (record.type === 'attachment') {
			if (!exists(record.sha256)) report(recordIndex, `attachment "${record.name}" blob ${record.sha256} is missing`);
			if (!versionIds.has(record.versionId)) report(recordIndex, `attachment "${record.name}" names unknown version ${record.versionId}`);
			continue;
		}
		const derived = history.derived[visitIndex];
		visitIndex += 1;
		if (key !== null && record.url !== key) report(recordIndex, `visit is for "${record.url}", the folder holds "${key}"`);
		if (derived && (derived.versionId !== record.versionId || derived.change !== record.change)) {
			report(recordIndex, `log says ${record.versionId} (${record.change}) but the visit belongs to ${derived.versionId} (${derived.change}): two writers raced past the lock`);
		}
		const references: [string, string | null][] = [
			['raw body', record.rawSha256],
			['snapshot', record.snapshotSha256],
			...Object.entries(record.attachments).map(([name, sha]): [string, string] => [`attachment "${name}"`, sha]),
		];
		for (const [what, sha] of references) {
			if (sha !== null && !exists(sha)) report(recordIndex, `${what} blob ${sha} is missing`);
		}
		if (record.snapshotSha256 !== null && scan.intact.has(record.snapshotSha256)) {
			const problem = await snapshots.check(record.snapshotSha256, record.contentSha256);
			if (problem) report(recordIndex, problem);
		}
	}
	return history.visits.length;
}

/** Parses each snapshot blob once, however many visits share it. */
class SnapshotChecker {
	readonly #blobs: BlobStore;
	readonly #contentHashes = new Map<string, string | null>();

	constructor(blobs: BlobStore) {
		this.#blobs = blobs;
	}

	/** A problem with an (intact) snapshot blob, or null. */
	async check(sha256: string, expectedContent: string | null): Promise<string | null> {
		let actual = this.#contentHashes.get(sha256);
		if (actual === undefined) {
			actual = await this.#contentHashOf(sha256);
			this.#contentHashes.set(sha256, actual);
		}
		if (actual === null) return `snapshot blob ${sha256} is not a valid Snapshot`;
		if (actual !== expectedContent) return `snapshot blob ${sha256} has content hash ${actual}, the log says ${expectedContent}`;
		return null;
	}

	async #contentHashOf(sha256: string): Promise<string | null> {
		const text = new TextDecoder().decode(await this.#blobs.get(sha256));
		try {
			const result = SnapshotSchema.safeParse(JSON.parse(text));
			return result.success ? contentHash(result.data) : null;
		} catch {
			// Not JSON at all: reported by the caller as "not a valid Snapshot".
			return null;
		}
	}
}
