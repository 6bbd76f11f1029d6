import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {fetchPage, HttpFetcher} from '../../src/fetch/index.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {caught} from './caught.js';

const HTML = '<!doctype html><html lang="en"><title>Pixel 11 leak</title><p>Comments (21)</p></html>';
let server: TestServer;

beforeAll(async () => {
	server = await startServer((req, res) => {
		res.setHeader('X-Served-By', 'cache-fra');
		res.setHeader('Set-Cookie', ['a=1', 'b=2']);
		res.writeHead(200, 'Fine Thanks', {'Content-Type': 'text/html; charset=utf-8'}).end(HTML);
	});
});

afterAll(() => server.close());

describe('the Page a fetch returns', () => {
	it('carries status, lower-cased headers, content type, bytes, text and charset', async () => {
		const fetcher = new HttpFetcher();
		const page = await fetcher.fetch({url: `${server.url}news/pixel-11`});
		await fetcher.close();
		expect(page.status).toBe(200);
		expect(page.statusText).toBe('Fine Thanks');
		expect(page.headers['x-served-by']).toBe('cache-fra');
		expect(page.headers['set-cookie']).toBe('a=1, b=2');
		expect(Object.keys(page.headers).every((name) => name === name.toLowerCase())).toBe(true);
		expect(page.contentType).toBe('text/html; charset=utf-8');
		expect(Buffer.from(page.body).toString('utf8')).toBe(HTML);
		expect(page.html).toBe(HTML);
		expect({charset: page.charset, source: page.charsetSource, mode: page.mode}).toEqual({charset: 'utf-8', source: 'header', mode: 'http'});
		expect(page.evidence).toBeUndefined();
	});

	it('records when it was fetched and how long it took', async () => {
		const before = Date.now();
		const page = await fetchPage(`${server.url}news/pixel-11`);
		const after = Date.now();
		expect(new Date(page.fetchedAt).toISOString()).toBe(page.fetchedAt);
		expect(Date.parse(page.fetchedAt)).toBeGreaterThanOrEqual(before);
		expect(Date.parse(page.fetchedAt)).toBeLessThanOrEqual(after);
		expect(page.timing.startMs).toBeGreaterThanOrEqual(before);
		expect(page.timing.firstByteMs).not.toBeNull();
		expect(page.timing.totalMs).toBeGreaterThanOrEqual(page.timing.firstByteMs ?? Infinity);
	});

	it('fetchPage applies its options to the one call', async () => {
		const error = await caught(fetchPage(`${server.url}x`, {maxBytes: 16}));
		expect(error.code).toBe('ERR_TOO_LARGE');
		expect(error.message).toContain('(maxBytes 16)');
	});
});
