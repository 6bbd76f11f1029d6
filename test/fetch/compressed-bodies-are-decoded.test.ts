import zlib from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {HttpFetcher} from '../../src/fetch/index.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {caught, getPrefix} from './caught.js';

const HTML = '<!doctype html><title>Galaxy S26 review</title><p>Café “smart” prices: 999 €</p>';
const bytes = Buffer.from(HTML, 'utf8');

const BODIES: Record<string, {encoding: string; body: Buffer}> = {
	'/gzip': {encoding: 'gzip', body: zlib.gzipSync(bytes)},
	'/br': {encoding: 'br', body: zlib.brotliCompressSync(bytes)},
	'/deflate': {encoding: 'deflate', body: zlib.deflateSync(bytes)},
	'/raw-deflate': {encoding: 'deflate', body: zlib.deflateRawSync(bytes)},
	'/gzip-then-br': {encoding: 'gzip, br', body: zlib.brotliCompressSync(zlib.gzipSync(bytes))},
	'/corrupt-gzip': {encoding: 'gzip', body: Buffer.from('this is not gzip at all')},
	'/zstd': {encoding: 'zstd', body: Buffer.from([0x28, 0xb5, 0x2f, 0xfd])},
};

let server: TestServer;
let acceptEncoding: string | undefined;
const fetcher = new HttpFetcher();

beforeAll(async () => {
	server = await startServer((req, res) => {
		acceptEncoding = req.headers['accept-encoding'];
		const entry = BODIES[req.url ?? ''];
		if (!entry) return void res.writeHead(404).end();
		res.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'content-encoding': entry.encoding}).end(entry.body);
	});
});

afterAll(async () => {
	await fetcher.close();
	await server.close();
});

describe('content-encoding', () => {
	it('announces the codings it can undo', async () => {
		await fetcher.fetch({url: `${server.url}gzip`});
		expect(acceptEncoding).toBe('gzip, deflate, br');
	});

	for (const path of ['gzip', 'br', 'deflate', 'raw-deflate', 'gzip-then-br']) {
		it(`decodes a ${path} body into the original bytes and text`, async () => {
			const page = await fetcher.fetch({url: `${server.url}${path}`});
			expect(Buffer.from(page.body).equals(bytes)).toBe(true);
			expect(page.html).toBe(HTML);
			expect(page.headers['content-encoding']).toBe(BODIES[`/${path}`]?.encoding);
		});
	}

	it('reports a corrupt gzip body as ERR_DECODE', async () => {
		const error = await caught(fetcher.fetch({url: `${server.url}corrupt-gzip`}));
		expect(error.code).toBe('ERR_DECODE');
		expect(error.message).toMatch(new RegExp(`${getPrefix(`${server.url}corrupt-gzip`)}could not decode the gzip body: `));
	});

	it('reports a coding it does not know as ERR_DECODE, naming it', async () => {
		const error = await caught(fetcher.fetch({url: `${server.url}zstd`}));
		expect(error.code).toBe('ERR_DECODE');
		expect(error.message).toContain('unsupported Content-Encoding "zstd"');
	});
});
