import {readFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {decodeBody, detectCharset, encodingForLabel, HttpFetcher} from '../../src/fetch/index.js';
import {startServer, type TestServer} from '../helpers/server.js';

const ascii = (text: string): Buffer => Buffer.from(text, 'latin1');

/** "“Smart” quotes cost €5 – café": 0x93/0x94 quotes, 0x80 euro, 0x96 en dash, 0xE9 é in windows-1252. */
const CP1252_TEXT = '“Smart” quotes cost €5 – café';
const CP1252_BYTES = Buffer.concat([ascii('<p>'), Buffer.from([0x93]), ascii('Smart'), Buffer.from([0x94]), ascii(' quotes cost '), Buffer.from([0x80]), ascii('5 '), Buffer.from([0x96]), ascii(' caf'), Buffer.from([0xe9]), ascii('</p>')]);
/** 日本語のニュース in Shift_JIS. */
const SJIS_TEXT = '日本語のニュース';
const SJIS_BYTES = Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x83, 0x6a, 0x83, 0x85, 0x81, 0x5b, 0x83, 0x58]);

const PAGES: Record<string, {type: string | null; body: Buffer}> = {
	'/cp1252-header': {type: 'text/html; charset=windows-1252', body: CP1252_BYTES},
	'/cp1252-meta': {type: 'text/html', body: Buffer.concat([ascii('<html><head><meta charset="windows-1252"></head><body>'), CP1252_BYTES])},
	'/cp1252-undeclared': {type: 'text/html', body: CP1252_BYTES},
	'/latin1-header': {type: 'text/html; charset=ISO-8859-1', body: Buffer.concat([ascii('<p>M'), Buffer.from([0xfc]), ascii('nchen, Gr'), Buffer.from([0xfc, 0xdf]), ascii('e</p>')])},
	'/sjis-meta': {
		type: 'text/html',
		body: Buffer.concat([ascii('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>'), SJIS_BYTES, ascii('</title>')]),
	},
	'/bom-beats-header': {type: 'text/html; charset=windows-1252', body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>naïve café</p>', 'utf8')])},
};

let server: TestServer;
const fetcher = new HttpFetcher();

beforeAll(async () => {
	server = await startServer((req, res) => {
		const page = PAGES[req.url ?? ''];
		if (!page) return void res.writeHead(404).end();
		res.writeHead(200, page.type ? {'content-type': page.type} : {}).end(page.body);
	});
});

afterAll(async () => {
	await fetcher.close();
	await server.close();
});

describe('charset of fetched pages', () => {
	it('decodes windows-1252 smart quotes and the euro sign from the header charset', async () => {
		const page = await fetcher.fetch({url: `${server.url}cp1252-header`});
		expect(page.html).toBe(`<p>${CP1252_TEXT}</p>`);
		expect({charset: page.charset, source: page.charsetSource}).toEqual({charset: 'windows-1252', source: 'header'});
	});

	it('decodes windows-1252 from <meta charset> alone', async () => {
		const page = await fetcher.fetch({url: `${server.url}cp1252-meta`});
		expect(page.html).toContain(CP1252_TEXT);
		expect({charset: page.charset, source: page.charsetSource}).toEqual({charset: 'windows-1252', source: 'meta'});
	});

	it('falls back to windows-1252 for undeclared bytes that are not UTF-8', async () => {
		const page = await fetcher.fetch({url: `${server.url}cp1252-undeclared`});
		expect(page.html).toContain(CP1252_TEXT);
		expect({charset: page.charset, source: page.charsetSource}).toEqual({charset: 'windows-1252', source: 'default'});
	});

	it('decodes an ISO-8859-1 header (which browsers read as windows-1252)', async () => {
		const page = await fetcher.fetch({url: `${server.url}latin1-header`});
		expect(page.html).toBe('<p>München, Grüße</p>');
		expect(page.charset).toBe('windows-1252');
	});

	it('decodes Shift_JIS declared by <meta http-equiv>', async () => {
		const page = await fetcher.fetch({url: `${server.url}sjis-meta`});
		expect(page.html).toContain(`<title>${SJIS_TEXT}</title>`);
		expect({charset: page.charset, source: page.charsetSource}).toEqual({charset: 'shift_jis', source: 'meta'});
	});

	it('lets a UTF-8 byte-order mark beat the header, and drops the mark from the text', async () => {
		const page = await fetcher.fetch({url: `${server.url}bom-beats-header`});
		expect(page.html).toBe('<p>naïve café</p>');
		expect({charset: page.charset, source: page.charsetSource}).toEqual({charset: 'utf-8', source: 'bom'});
	});
});

describe('detectCharset', () => {
	it('reads UTF-16 byte-order marks', () => {
		const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>ü</p>', 'utf16le')]);
		expect(detectCharset(le, 'text/html; charset=utf-8')).toEqual({charset: 'utf-16le', source: 'bom'});
		expect(decodeBody(le, 'utf-16le')).toBe('<p>ü</p>');
		expect(detectCharset(Buffer.from([0xfe, 0xff, 0x00, 0x3c]), null)).toEqual({charset: 'utf-16be', source: 'bom'});
	});

	it('ignores a header charset no decoder knows and moves on to the meta tag', () => {
		expect(detectCharset(ascii('<meta charset=euc-jp>'), 'text/html; charset=klingon')).toEqual({charset: 'euc-jp', source: 'meta'});
	});

	it('skips a <meta> inside a comment or an attribute value, as the WHATWG prescan does', () => {
		const tricky = ascii('<!-- <meta charset="shift_jis"> --><img alt="<meta charset=gbk>"><meta charset="koi8-r">');
		expect(detectCharset(tricky, null)).toEqual({charset: 'koi8-r', source: 'meta'});
	});

	it('needs http-equiv=content-type before trusting a charset in content', () => {
		expect(detectCharset(ascii('<meta content="text/html; charset=gbk"><p>plain</p>'), null).source).toBe('sniff');
		expect(detectCharset(ascii('<meta content="text/html; charset=\'gbk\'" http-equiv=Content-Type>'), null)).toEqual({charset: 'gbk', source: 'meta'});
	});

	it('turns a meta claim of UTF-16 into UTF-8, since the tag itself was read as ASCII', () => {
		expect(detectCharset(ascii('<meta charset="utf-16">'), null)).toEqual({charset: 'utf-8', source: 'meta'});
	});

	it('finds a meta charset after 1024 bytes of head, and ignores one past the prescan window', () => {
		const late = ascii(`<head><script>${'x'.repeat(2000)}</script><meta charset="iso-8859-2">`);
		expect(detectCharset(late, null)).toEqual({charset: 'iso-8859-2', source: 'meta'});
		const tooLate = ascii(`<head><script>${'x'.repeat(5000)}</script><meta charset="iso-8859-2">`);
		expect(detectCharset(tooLate, null).source).toBe('sniff');
	});

	it('prefers valid UTF-8 bytes over a stale legacy meta, and keeps the meta for legacy bytes', () => {
		expect(detectCharset(Buffer.from('<meta charset="gb2312"><p>日本</p>', 'utf8'), null)).toEqual({charset: 'utf-8', source: 'sniff'});
		expect(detectCharset(Buffer.concat([ascii('<meta charset="gb2312">'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3])]), null)).toEqual({charset: 'gbk', source: 'meta'});
	});

	it('calls undeclared valid UTF-8 utf-8', () => {
		expect(detectCharset(Buffer.from('<p>Grüße</p>', 'utf8'), 'text/html')).toEqual({charset: 'utf-8', source: 'sniff'});
	});

	it('always names a charset that decodeBody accepts, whatever the bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 300}), fc.option(fc.string({maxLength: 40}), {nil: null}), (bytes, header) => {
				const {charset, source} = detectCharset(bytes, header);
				expect(encodingForLabel(charset)).toBe(charset);
				expect(['header', 'bom', 'meta', 'sniff', 'default']).toContain(source);
				expect(typeof decodeBody(bytes, charset)).toBe('string');
			}),
		);
	});
});

describe('decodeBody', () => {
	it('decodes every windows-1252 byte as the WHATWG index says, despite Node\'s Latin-1 TextDecoder', () => {
		const all = Uint8Array.from({length: 256}, (_, byte) => byte);
		const decoded = decodeBody(all, 'iso-8859-1');
		const reference = iconv.decode(Buffer.from(all), 'windows-1252');
		// iconv-lite leaves the five unassigned bytes undefined; WHATWG maps them to their C1 code points.
		const UNASSIGNED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
		for (const byte of all) {
			const expected = UNASSIGNED.includes(byte) ? String.fromCharCode(byte) : reference[byte];
			expect(decoded[byte], `byte 0x${byte.toString(16)}`).toBe(expected);
		}
	});

	it('decodes Shift_JIS and EUC-JP, and falls back to UTF-8 for an unknown label', () => {
		expect(decodeBody(SJIS_BYTES, 'Shift_JIS')).toBe(SJIS_TEXT);
		expect(decodeBody(Buffer.from([0xc6, 0xfc, 0xcb, 0xdc]), 'euc-jp')).toBe('日本');
		expect(decodeBody(Buffer.from('Grüße', 'utf8'), 'no-such-charset')).toBe('Grüße');
	});
});

const CORPUS = '/work/shared/corpus';
const LEGACY_PAGES = [
	{page: 'articles/news/winfuture-de-nasa-plus', text: 'Gebühren'},
	{page: 'comments/snippets/kyffhaeuser-nachrichten.de-Regen', text: 'für'},
	{page: 'comments/snippets/nnz-online.de-Quantensprung', text: 'für'},
];

describe('corpus pages saved in ISO-8859-1', () => {
	for (const {page, text} of LEGACY_PAGES) {
		it(`decodes ${path.basename(page)} by its meta declaration`, () => {
			const bytes = readFileSync(path.join(CORPUS, page, 'source.html'));
			const detected = detectCharset(bytes, null);
			expect(detected).toEqual({charset: 'windows-1252', source: 'meta'});
			const html = decodeBody(bytes, detected.charset);
			expect(html).toContain(text);
			expect(html).not.toContain('\uFFFD');
		});
	}

	it('decodes the Readability "qq" page, re-saved as UTF-8 under a stale gb2312 meta, without replacement characters', () => {
		const bytes = readFileSync(path.join(CORPUS, 'articles/readability/qq/source.html'));
		const html = decodeBody(bytes, detectCharset(bytes, null).charset);
		expect(html).toContain('DeepMind新电脑已可利用记忆自学');
		expect(html).not.toContain('\uFFFD');
	});
});
