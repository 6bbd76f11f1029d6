import {createReadStream} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {WARCParser, type WARCRecord} from 'warcio';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ArchiveStore, exportJsonl, exportWarc} from '../../src/archive/index.js';
import {SnapshotSchema} from '../../src/snapshot/schema.js';
import {makePage, makeSnapshot} from '../helpers/snapshot-factory.js';
import {tmpDir} from '../helpers/tmp-dir.js';

const URL_A = 'https://www.phonearena.com/news/pixel-10-price_id5';
const URL_B = 'https://www.gsmarena.com/news-9000.php';

let dir: string;
let cleanup: () => Promise<void>;
let store: ArchiveStore;
beforeEach(async () => {
	({dir, cleanup} = await tmpDir());
	store = await ArchiveStore.open(path.join(dir, 'archive'));
	const headers = {'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'content-length': '12', etag: '"e1"'};
	await store.put({url: URL_A, page: makePage({url: URL_A, html: '<h1>Old price</h1>', headers}), snapshot: makeSnapshot({source: {url: URL_A}, article: {title: 'Old price'}})});
	// Unchanged visit: no new WARC record.
	await store.put({
		url: URL_A,
		page: makePage({url: URL_A, html: '<h1>Old price</h1>', headers, fetchedAt: '2025-05-01T13:00:00.000Z'}),
		snapshot: makeSnapshot({source: {url: URL_A}, article: {title: 'Old price'}}),
	});
	await store.put({
		url: URL_A,
		page: makePage({url: URL_A, html: '<h1>New price</h1>', headers, fetchedAt: '2025-05-01T14:00:00.000Z'}),
		snapshot: makeSnapshot({source: {url: URL_A}, article: {title: 'New price'}}),
	});
	// Extraction failed: a response record, no snapshot record.
	await store.put({url: URL_B, page: makePage({url: URL_B, status: 404, statusText: 'Not Found', html: 'gone'}), snapshot: null});
});
afterEach(() => cleanup());

async function records(file: string): Promise<{record: WARCRecord; payload: string}[]> {
	const out: {record: WARCRecord; payload: string}[] = [];
	for await (const record of new WARCParser(createReadStream(file))) {
		out.push({record, payload: await record.contentText()});
	}
	return out;
}

describe('exportWarc', () => {
	it('writes a warcinfo record, then a response and a snapshot record per version, that warcio parses back', async () => {
		const file = path.join(dir, 'out.warc.gz');
		const summary = await exportWarc(store, file, {now: new Date('2025-06-01T00:00:00.000Z')});
		const parsed = await records(file);

		expect(summary).toEqual({urls: 2, versions: 3, records: 1 + 3 + 2});
		expect((await readFile(file)).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
		// URLs in folder order (by host), versions oldest first, each snapshot right after its response.
		expect(parsed.map(({record}) => [record.warcType, record.warcTargetURI ?? null])).toEqual([
			['warcinfo', null],
			['response', URL_B],
			['response', URL_A],
			['metadata', URL_A],
			['response', URL_A],
			['metadata', URL_A],
		]);
		expect(parsed[0]?.record.warcHeader('WARC-Date')).toBe('2025-06-01T00:00:00.000Z');
		for (const {record} of parsed) expect(record.warcHeaders.protocol).toBe('WARC/1.1');

		const responses = parsed.filter(({record}) => record.warcType === 'response');
		expect(responses.map(({payload}) => payload).sort()).toEqual(['<h1>New price</h1>', '<h1>Old price</h1>', 'gone']);
		const gone = responses.find(({payload}) => payload === 'gone');
		expect(gone?.record.httpHeaders?.statusCode).toBe(404);
		const old = responses.find(({payload}) => payload === '<h1>Old price</h1>');
		expect(old?.record.httpHeaders?.headers.get('etag')).toBe('"e1"');
		// The body is stored decoded, so the export must not claim it is still gzip-encoded.
		expect(old?.record.httpHeaders?.headers.get('content-encoding')).toBeNull();
		expect(old?.record.httpHeaders?.headers.get('content-length')).toBe('18');

		const metadata = parsed.filter(({record}) => record.warcType === 'metadata');
		const titles = metadata.map(({payload}) => SnapshotSchema.parse(JSON.parse(payload)).article.title);
		expect(titles.sort()).toEqual(['New price', 'Old price']);
		for (const {record} of metadata) {
			const concurrent = record.warcHeader('WARC-Concurrent-To');
			expect(responses.some(({record: response}) => response.warcHeader('WARC-Record-ID') === concurrent)).toBe(true);
			expect(record.warcHeader('Newsvault-Version')).toMatch(/^v[12]$/);
		}
	});

	it('writes plain WARC to a stream and limits the export to the URLs asked for', async () => {
		const stream = new PassThrough();
		const chunks: Buffer[] = [];
		stream.on('data', (chunk: Buffer) => chunks.push(chunk));
		const summary = await exportWarc(store, stream, {urls: [URL_B]});
		stream.end();
		const text = Buffer.concat(chunks).toString('utf8');

		expect(summary).toEqual({urls: 1, versions: 1, records: 2});
		expect(text.startsWith('WARC/1.1\r\n')).toBe(true);
		expect(text).toContain(`WARC-Target-URI: ${URL_B}`);
		expect(text).not.toContain(URL_A);
	});
});

describe('exportJsonl', () => {
	it('writes one line per version with a snapshot', async () => {
		const file = path.join(dir, 'out.jsonl');
		const summary = await exportJsonl(store, file);
		const lines = (await readFile(file, 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as {url: string; version: string; snapshot: unknown});

		expect(summary.versions).toBe(2);
		expect(lines.map((line) => [line.url, line.version, SnapshotSchema.parse(line.snapshot).article.title])).toEqual([
			[URL_A, 'v1', 'Old price'],
			[URL_A, 'v2', 'New price'],
		]);
	});
});
