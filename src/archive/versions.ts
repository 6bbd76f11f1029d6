import {NewsvaultError, redactUrl} from '../errors.js';
import type {ChangeKind, LogRecord, VersionInfo, VisitRecord} from './types.js';

/**
 * Versions are derived from the visit log, never stored separately: a version starts
 * at a visit whose content differs from the current version's and lasts until the
 * next such visit. `put` decides a new visit's change with the same function, so what
 * it writes and what readers derive always agree.
 */

/**
 * Shortest content-hash prefix accepted as a version reference. Four hex characters
 * (65,536 values) is git's minimum too: shorter would match by accident, and a URL
 * rarely has more than a few dozen versions to tell apart.
 */
const MIN_HASH_PREFIX = 4;

/** The HTTP status of an answer to a conditional request whose content did not change. */
const NOT_MODIFIED = 304;

export interface VisitContent {
	status: number;
	contentSha256: string | null;
	rawSha256: string;
}

/** How a visit relates to the latest version (undefined when the URL has none yet). */
export function decideChange(latest: VersionInfo | undefined, visit: VisitContent): ChangeKind {
	if (!latest) return 'new';
	if (visit.status === NOT_MODIFIED) return 'not-modified';
	return sameContent(latest, visit) ? 'unchanged' : 'changed';
}

/**
 * Extracted content is compared when both sides have it; when extraction failed on
 * both, the raw bodies are compared instead; a failed and a successful extraction
 * never count as the same content.
 */
function sameContent(version: VersionInfo, visit: VisitContent): boolean {
	if (version.contentSha256 !== null && visit.contentSha256 !== null) return version.contentSha256 === visit.contentSha256;
	if (version.contentSha256 === null && visit.contentSha256 === null) return version.rawSha256 === visit.rawSha256;
	return false;
}

export function versionId(index: number): string {
	return `v${index + 1}`;
}

export interface DerivedHistory {
	versions: VersionInfo[];
	visits: VisitRecord[];
	/** For each visit (same order), the version it belongs to and the change it made, as derived. */
	derived: {versionId: string; change: ChangeKind}[];
}

export function deriveHistory(records: readonly LogRecord[]): DerivedHistory {
	const versions: VersionInfo[] = [];
	const visits: VisitRecord[] = [];
	const derived: DerivedHistory['derived'] = [];
	for (const record of records) {
		if (record.type === 'attachment') {
			const version = versions.find((candidate) => candidate.id === record.versionId);
			if (version) version.attachments[record.name] = record.sha256;
			continue;
		}
		const current = versions.at(-1);
		const change = decideChange(current, record);
		visits.push(record);
		if (change === 'new' || change === 'changed' || !current) {
			const version = startVersion(versions.length, record);
			versions.push(version);
			derived.push({versionId: version.id, change});
		} else {
			current.visits += 1;
			if (Date.parse(record.at) > Date.parse(current.lastSeen)) current.lastSeen = record.at;
			derived.push({versionId: current.id, change});
		}
	}
	return {versions, visits, derived};
}

function startVersion(index: number, visit: VisitRecord): VersionInfo {
	return {
		id: versionId(index),
		firstSeen: visit.at,
		lastSeen: visit.at,
		status: visit.status,
		snapshotSha256: visit.snapshotSha256,
		rawSha256: visit.rawSha256,
		contentSha256: visit.contentSha256,
		summary: visit.summary,
		visits: 1,
		attachments: {...visit.attachments},
	};
}

/**
 * Find a version by reference: `latest` (or nothing), an id like `v3`, or a unique
 * prefix of its content hash (of its raw-body hash when extraction failed).
 */
export function resolveVersion(versions: readonly VersionInfo[], url: string, ref?: string): VersionInfo {
	const shown = redactUrl(url);
	const latest = versions.at(-1);
	if (!latest) {
		throw new NewsvaultError('ERR_NOT_FOUND', `"${shown}" is not in the archive; run \`newsvault archive ${shown}\` first`);
	}
	const wanted = (ref ?? 'latest').trim().toLowerCase();
	if (wanted === 'latest') return latest;
	if (wanted === 'previous') {
		const previous = versions.at(-2);
		if (previous) return previous;
		throw new NewsvaultError('ERR_NOT_FOUND', `"${shown}" has only one version, so there is no "previous"`);
	}
	const byId = versions.find((version) => version.id === wanted);
	if (byId) return byId;
	const at = versionAtTime(versions, wanted);
	if (at !== undefined) {
		if (at) return at;
		throw new NewsvaultError('ERR_NOT_FOUND', `"${shown}" had no version yet at ${ref}: it was first archived ${versions[0]?.firstSeen}`);
	}
	if (wanted.length >= MIN_HASH_PREFIX && /^[0-9a-f]+$/.test(wanted)) {
		const matches = versions.filter((version) => (version.contentSha256 ?? version.rawSha256).startsWith(wanted));
		if (matches.length === 1 && matches[0]) return matches[0];
		if (matches.length > 1) {
			throw new NewsvaultError(
				'ERR_NOT_FOUND',
				`version "${ref}" of "${shown}" is ambiguous: it matches ${matches.map((version) => version.id).join(', ')}; use the id`,
			);
		}
	}
	const range = versions.length === 1 ? 'v1' : `v1…${latest.id}`;
	throw new NewsvaultError(
		'ERR_NOT_FOUND',
		`no version "${ref}" of "${shown}" (it has ${range}); see \`newsvault history ${shown}\``,
	);
}

/** A date (`2026-11-25`) or date-time names the version current then: the last one first seen at or before it. */
function versionAtTime(versions: readonly VersionInfo[], ref: string): VersionInfo | null | undefined {
	if (!/^\d{4}-\d{2}-\d{2}/.test(ref)) return undefined;
	// A bare date means the end of that day (UTC): "the version on the 25th" includes that day's visits.
	const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(ref) ? `${ref}T23:59:59.999Z` : ref.toUpperCase());
	if (Number.isNaN(time)) return undefined;
	return versions.findLast((version) => Date.parse(version.firstSeen) <= time) ?? null;
}
