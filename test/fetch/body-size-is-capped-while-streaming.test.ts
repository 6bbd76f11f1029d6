import zlib from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {HttpFetcher} from '../../src/fetch/index.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {caught, getPrefix} from './caught.js';

const CAP = 64 * 1024;
/** A body far past the cap; the server stops writing when the client hangs up. */
const ENDLESS_LIMIT = 64 * 1024 * 1024;
const BOMB_SIZE = 32 * 1024 * 1024;

let server: TestServer;
let bytesSentEndlessly = 0;
const gzipBomb = zlib.gzipSync(Buffer.alloc(BOMB_SIZE, 0x20));
const brotliBomb = zlib.brotliCompressSync(Buffer.alloc(BOMB_SIZE, 0x20));
const fetcher = new HttpFetcher({maxBytes: CAP});

beforeAll(async () => {
	server = await startServer((req, res) => {
		const path = req.url ?? '/';
		if (path === '/endless') {
			res.writeHead(200, {'content-type': 'text/html'});
			const chunk = Buffer.alloc(16 * 1024, 0x61);
			const pump = (): void => {
				while (!res.destroyed && bytesSentEndlessly < ENDLESS_LIMIT) {
					bytesSentEndlessly += chunk.length;
					if (!res.write(chunk)) return void res.once('drain', pump);
				}
				res.end();
			};
			return pump();
		}
		if (path === '/declared-huge') return void res.writeHead(200, {'content-type': 'text/html', 'content-length': String(CAP * 10)}).end();
		if (path === '/gzip-bomb') return void res.writeHead(200, {'content-type': 'text/html', 'content-encoding': 'gzip'}).end(gzipBomb);
		if (path === '/br-bomb') return void res.writeHead(200, {'content-type': 'text/html', 'content-encoding': 'br'}).end(brotliBomb);
		if (path === '/just-under') return void res.writeHead(200, {'content-type': 'text/html'}).end(Buffer.alloc(CAP, 0x62));
		res.writeHead(404).end();
	});
});

afterAll(async () => {
	await fetcher.close();
	await server.close();
});

describe('body size cap', () => {
	it('refuses an endless body once it passes maxBytes, without downloading the rest', async () => {
		const error = await caught(fetcher.fetch({url: `${server.url}endless`}));
		expect(error.code).toBe('ERR_TOO_LARGE');
		expect(error.retryable).toBe(false);
		expect(error.message).toMatch(new RegExp(`${getPrefix(`${server.url}endless`)}body is larger than 64 KiB as received \\(maxBytes ${CAP}\\)$`));
		expect(bytesSentEndlessly).toBeLessThan(ENDLESS_LIMIT);
	});

	it('refuses a body whose Content-Length is over the cap before reading it', async () => {
		const error = await caught(fetcher.fetch({url: `${server.url}declared-huge`}));
		expect(error.code).toBe('ERR_TOO_LARGE');
		expect(error.message).toContain(`(Content-Length ${CAP * 10})`);
	});

	it('refuses gzip and brotli bombs whose compressed size is under the cap', async () => {
		expect(gzipBomb.length).toBeLessThan(CAP);
		expect(brotliBomb.length).toBeLessThan(CAP);
		for (const path of ['gzip-bomb', 'br-bomb']) {
			const error = await caught(fetcher.fetch({url: `${server.url}${path}`}));
			expect(error.code, path).toBe('ERR_TOO_LARGE');
			expect(error.message).toMatch(new RegExp(`${getPrefix(`${server.url}${path}`)}body is larger than 64 KiB once decompressed \\(maxBytes ${CAP}\\)$`));
		}
	});

	it('accepts a body exactly at the cap', async () => {
		const page = await fetcher.fetch({url: `${server.url}just-under`});
		expect(page.body).toHaveLength(CAP);
	});
});
