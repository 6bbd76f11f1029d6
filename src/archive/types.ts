import type {Page} from '../fetch/types.js';
import type {Snapshot} from '../snapshot/schema.js';

/**
 * What a visit found compared with the latest version:
 * - `new`: the first version of this URL;
 * - `changed`: the content differs, so the visit starts a new version;
 * - `unchanged`: same content, the latest version's `lastSeen` moves;
 * - `not-modified`: the server answered 304 to a conditional request.
 */
export type ChangeKind = 'new' | 'changed' | 'unchanged' | 'not-modified';

/** One line of `versions.jsonl`: one visit to the URL. Every hash is computed by the store. */
export interface VisitRecord {
	type: 'visit';
	/** When the response started (the Page's `fetchedAt`). */
	at: string;
	/** The archived URL (the key, normalised, without fragment). */
	url: string;
	finalUrl: string;
	status: number;
	statusText: string;
	mode: 'http' | 'browser';
	contentType: string | null;
	etag: string | null;
	lastModified: string | null;
	/** Response headers as received (lower-case names), minus `set-cookie`; used to rebuild WARC records. */
	headers: Record<string, string>;
	rawSha256: string;
	/** Canonical-JSON Snapshot blob, or null when extraction failed. */
	snapshotSha256: string | null;
	/** `contentHash(snapshot)`, or null when extraction failed (versions are then told apart by `rawSha256`). */
	contentSha256: string | null;
	/** The version this visit belongs to (`v1`, `v2`, …). */
	versionId: string;
	change: ChangeKind;
	/** What changed, from `PutInput.summarize`; only on `changed` visits. */
	summary: string | null;
	/** Evidence files stored with the visit: name → blob sha256. */
	attachments: Record<string, string>;
}

/** A line of `versions.jsonl` that adds an evidence file to an existing version. */
export interface AttachmentRecord {
	type: 'attachment';
	at: string;
	versionId: string;
	name: string;
	sha256: string;
}

export type LogRecord = VisitRecord | AttachmentRecord;

/**
 * One version of a URL: a run of visits that saw the same content.
 *
 * Ids are `v1`, `v2`, … in the order versions were first seen: short, sortable per
 * URL, easy to type, and stable because the log is append-only. Lookups also accept a
 * unique prefix (4+ hex characters) of the version's content hash, which names the
 * same content across archives and never shifts.
 */
export interface VersionInfo {
	id: string;
	/** The visit that first saw this content. */
	firstSeen: string;
	/** The last visit that saw the same content (or was answered 304). */
	lastSeen: string;
	/** HTTP status of the first visit. */
	status: number;
	snapshotSha256: string | null;
	rawSha256: string;
	contentSha256: string | null;
	summary: string | null;
	/** How many visits belong to this version. */
	visits: number;
	/** Evidence files of this version: name → blob sha256. */
	attachments: Record<string, string>;
}

export interface PutInput {
	/** The requested URL: the key versions are kept under. */
	url: string;
	/** The fetch result; its raw body is stored even when extraction failed. */
	page: Page;
	/** The extracted Snapshot, or null when extraction failed (the visit is still recorded). */
	snapshot: Snapshot | null;
	/** Describe a content change; called only when a visit starts a new version with a snapshot. */
	summarize?: (previous: Snapshot | null, next: Snapshot) => string;
	/** Evidence files (e.g. `screenshot.png`, `rendered.html`), stored as blobs. */
	attachments?: Record<string, Uint8Array>;
}

export interface PutResult {
	change: ChangeKind;
	/** The version the visit belongs to, as it stands after the visit. */
	version: VersionInfo;
	visit: VisitRecord;
}

export interface StoredVersion {
	version: VersionInfo;
	/** The Snapshot of the version's first visit, or null when extraction failed. */
	snapshot: Snapshot | null;
	/** The raw body of the version's first visit. */
	raw(): Promise<Uint8Array>;
}

export interface VerifyProblem {
	/** Relative to the archive root, with `:<line>` for a log line. */
	path: string;
	problem: string;
}

export interface VerifyReport {
	ok: boolean;
	checked: {blobs: number; urls: number; visits: number};
	problems: VerifyProblem[];
}

export interface ArchiveOptions {
	/** The clock for times the store writes itself (archive creation, attachments). @default () => new Date() */
	now?: () => Date;
	/** How long to wait for another process holding a URL's lock. @default 60_000 */
	lockWaitMs?: number;
}
