import type {Writable} from 'node:stream';
import {openSink} from './export-sink.js';
import type {ArchiveStore} from './store.js';
import type {ExportSummary} from './warc.js';

export interface JsonlExportOptions {
	/** Only these URLs. @default every archived URL */
	urls?: Iterable<string>;
}

/**
 * JSON Lines export: one line per version that has a Snapshot, oldest first per URL:
 * `{"url", "version", "firstSeen", "lastSeen", "summary", "snapshot"}`, where
 * `snapshot` is the Snapshot exactly as `show --json` prints it. Versions whose
 * extraction failed have no Snapshot and are left out.
 */
export async function exportJsonl(store: ArchiveStore, out: Writable | string, options: JsonlExportOptions = {}): Promise<ExportSummary> {
	const sink = await openSink(out);
	const summary: ExportSummary = {urls: 0, versions: 0, records: 0};
	try {
		for await (const url of options.urls ?? store.urls()) {
			summary.urls += 1;
			for (const version of await store.history(url)) {
				if (!version.snapshotSha256) continue;
				const snapshot = await store.readSnapshot(version.snapshotSha256);
				const line = {url, version: version.id, firstSeen: version.firstSeen, lastSeen: version.lastSeen, summary: version.summary, snapshot};
				await sink.write(`${JSON.stringify(line)}\n`);
				summary.versions += 1;
				summary.records += 1;
			}
		}
	} catch (error) {
		await sink.abort();
		throw error;
	}
	await sink.finish();
	return summary;
}
