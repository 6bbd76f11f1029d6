import type {Writable} from 'node:stream';
import {WARCRecord, WARCSerializer} from 'warcio';
import {canonicalJson} from '../snapshot/content.js';
import {openSink} from './export-sink.js';
import type {ArchiveStore} from './store.js';
import type {VersionInfo, VisitRecord} from './types.js';

const WARC_VERSION = 'WARC/1.1';

/**
 * Headers that described the bytes on the wire, not the body newsvault kept: the raw
 * body is stored after content-encoding was undone, so replaying these would make a
 * reader try to gunzip plain HTML or stop at the wrong length.
 */
const WIRE_HEADERS = new Set(['content-encoding', 'transfer-encoding', 'content-length']);

export interface WarcExportOptions {
	/** Only these URLs. @default every archived URL */
	urls?: Iterable<string>;
	/** gzip each record (a `.warc.gz`). @default true when `out` is a path ending in `.gz`, else false */
	gzip?: boolean;
	/** The time written in the warcinfo record. @default new Date() */
	now?: Date;
}

export interface ExportSummary {
	urls: number;
	versions: number;
	records: number;
}

/**
 * Export versions as WARC/1.1 (ISO 28500), which replay tools open: a warcinfo record,
 * then per version a `response` record (the raw body as first fetched, with its HTTP
 * status line and headers rebuilt from the log) and, when extraction succeeded, a
 * `metadata` record holding the Snapshot JSON, linked by `WARC-Concurrent-To`.
 */
export async function exportWarc(store: ArchiveStore, out: Writable | string, options: WarcExportOptions = {}): Promise<ExportSummary> {
	const gzip = options.gzip ?? (typeof out === 'string' && out.endsWith('.gz'));
	const sink = await openSink(out);
	const summary: ExportSummary = {urls: 0, versions: 0, records: 0};
	const emit = async (record: WARCRecord): Promise<void> => {
		await sink.write(await WARCSerializer.serialize(record, {gzip}));
		summary.records += 1;
	};
	try {
		const filename = typeof out === 'string' ? out.split(/[\\/]/).pop() : undefined;
		await emit(
			WARCRecord.createWARCInfo(
				{filename, warcVersion: WARC_VERSION, date: (options.now ?? new Date()).toISOString()},
				{software: 'newsvault', format: 'WARC File Format 1.1', archive: store.dir},
			),
		);
		for await (const url of options.urls ?? store.urls()) {
			summary.urls += 1;
			const visits = await store.visits(url);
			for (const version of await store.history(url)) {
				const visit = firstVisit(version, visits);
				if (!visit) continue;
				summary.versions += 1;
				const response = responseRecord(visit, await store.readBlob(version.rawSha256));
				await emit(response);
				if (version.snapshotSha256) {
					const snapshot = await store.readSnapshot(version.snapshotSha256);
					await emit(metadataRecord(visit, version, response, new TextEncoder().encode(canonicalJson(snapshot))));
				}
			}
		}
	} catch (error) {
		await sink.abort();
		throw error;
	}
	await sink.finish();
	return summary;
}

/** The visit that started a version (its bytes are the version's bytes). */
function firstVisit(version: VersionInfo, visits: readonly VisitRecord[]): VisitRecord | undefined {
	return visits.find((visit) => visit.rawSha256 === version.rawSha256 && visit.at === version.firstSeen && visit.snapshotSha256 === version.snapshotSha256);
}

function responseRecord(visit: VisitRecord, body: Uint8Array): WARCRecord {
	const httpHeaders: [string, string][] = Object.entries(visit.headers).filter(([name]) => !WIRE_HEADERS.has(name.toLowerCase()));
	httpHeaders.push(['content-length', String(body.byteLength)]);
	return WARCRecord.create(
		{
			url: visit.finalUrl,
			date: warcDate(visit.at),
			type: 'response',
			warcVersion: WARC_VERSION,
			statusline: `HTTP/1.1 ${visit.status} ${visit.statusText}`.trimEnd(),
			httpHeaders,
		},
		[body],
	);
}

function metadataRecord(visit: VisitRecord, version: VersionInfo, response: WARCRecord, json: Uint8Array): WARCRecord {
	const warcHeaders: Record<string, string> = {
		'Content-Type': 'application/json',
		'WARC-Concurrent-To': response.warcHeaders.headers.get('WARC-Record-ID') ?? '',
		// Extension fields (ISO 28500 §5.1 allows them): which newsvault version this is.
		'Newsvault-Version': version.id,
		'Newsvault-Last-Seen': version.lastSeen,
	};
	if (version.contentSha256) warcHeaders['Newsvault-Content-Sha256'] = version.contentSha256;
	return WARCRecord.create({url: visit.finalUrl, date: warcDate(visit.at), type: 'metadata', warcVersion: WARC_VERSION, warcHeaders}, [json]);
}

/** WARC-Date is UTC (`…Z`); the log keeps the time as fetched, possibly with an offset. */
function warcDate(at: string): string {
	return new Date(at).toISOString();
}
