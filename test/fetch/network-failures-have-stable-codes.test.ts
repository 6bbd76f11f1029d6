import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {FetchError, HttpFetcher} from '../../src/fetch/index.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {caught, getPrefix} from './caught.js';

let server: TestServer;
let arrived: (() => void) | undefined;
/** Short enough that waiting for a silent server costs little; no test asserts on elapsed time. */
const SHORT_TIMEOUT_MS = 300;
const fetcher = new HttpFetcher({timeoutMs: SHORT_TIMEOUT_MS, connectTimeoutMs: SHORT_TIMEOUT_MS});

beforeAll(async () => {
	server = await startServer((req, res) => {
		const path = req.url ?? '/';
		if (path === '/silent') {
			arrived?.();
			return;
		}
		if (path === '/stalls-mid-body') {
			res.writeHead(200, {'content-type': 'text/html', 'content-length': '1000'});
			res.write('<p>'.padEnd(500, 'x'));
			return;
		}
		if (path === '/reset-mid-body') {
			res.writeHead(200, {'content-type': 'text/html', 'content-length': '1000'});
			res.write('<p>'.padEnd(500, 'x'), () => res.socket?.destroy());
			return;
		}
		if (path === '/reset-chunked') {
			res.writeHead(200, {'content-type': 'text/html'});
			res.write('<p>'.padEnd(500, 'x'), () => res.socket?.destroy());
			return;
		}
		if (path === '/short-body') {
			res.writeHead(200, {'content-type': 'text/html', 'content-length': '1000'});
			res.write('<p>'.padEnd(500, 'x'), () => res.socket?.end());
			return;
		}
		if (path === '/ok') return void res.writeHead(200, {'content-type': 'text/html'}).end('<p>ok</p>');
		res.writeHead(404).end();
	});
});

afterAll(async () => {
	await fetcher.close();
	await server.close();
});

describe('network failures', () => {
	it('times out when the server never answers, as a retryable ERR_TIMEOUT', async () => {
		const error = await caught(fetcher.fetch({url: `${server.url}silent`}));
		expect(error).toBeInstanceOf(FetchError);
		expect(error.code).toBe('ERR_TIMEOUT');
		expect(error.retryable).toBe(true);
		expect(error.message).toMatch(new RegExp(`${getPrefix(`${server.url}silent`)}no complete response within ${SHORT_TIMEOUT_MS} ms \\(timeoutMs\\)$`));
	});

	it('times out when the body stops arriving halfway', async () => {
		const error = await caught(fetcher.fetch({url: `${server.url}stalls-mid-body`}));
		expect(error.code).toBe('ERR_TIMEOUT');
	});

	it('reports a refused connection as retryable ERR_CONNECTION_REFUSED', async () => {
		const closed = http.createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const {port} = closed.address() as AddressInfo;
		await new Promise<void>((resolve) => closed.close(() => resolve()));
		const url = `http://127.0.0.1:${port}/`;
		const error = await caught(fetcher.fetch({url}));
		expect(error.code).toBe('ERR_CONNECTION_REFUSED');
		expect(error.retryable).toBe(true);
		expect(error.message).toMatch(new RegExp(`${getPrefix(url)}connection refused by 127\\.0\\.0\\.1:${port}$`));
	});

	it('reports a connection reset halfway through the body as retryable ERR_CONNECTION_RESET', async () => {
		for (const path of ['reset-mid-body', 'reset-chunked']) {
			const error = await caught(fetcher.fetch({url: `${server.url}${path}`}));
			expect(error.code, path).toBe('ERR_CONNECTION_RESET');
			expect(error.retryable).toBe(true);
			expect(error.message).toMatch(new RegExp(`${getPrefix(`${server.url}${path}`)}connection closed before the whole body arrived`));
		}
	});

	it('reports a body shorter than its Content-Length as ERR_CONNECTION_RESET', async () => {
		const error = await caught(fetcher.fetch({url: `${server.url}short-body`}));
		expect(error.code).toBe('ERR_CONNECTION_RESET');
		expect(error.retryable).toBe(true);
	});

	it('reports an unknown host as ERR_DNS (or a timeout where the resolver cannot answer)', async () => {
		// RFC 2606 reserves .invalid: it never resolves, so no real network is touched.
		const url = 'http://newsvault-test.invalid/';
		const error = await caught(fetcher.fetch({url}));
		expect(['ERR_DNS', 'ERR_TIMEOUT']).toContain(error.code);
		if (error.code === 'ERR_DNS') expect(error.message).toMatch(new RegExp(`${getPrefix(url)}host "newsvault-test\\.invalid" not found`));
	});

	it('stops with ERR_ABORTED, not retryable, when the caller aborts', async () => {
		const controller = new AbortController();
		arrived = () => controller.abort();
		const error = await caught(fetcher.fetch({url: `${server.url}silent`, signal: controller.signal}));
		arrived = undefined;
		expect(error.code).toBe('ERR_ABORTED');
		expect(error.retryable).toBe(false);
		expect(error.message).toMatch(new RegExp(`${getPrefix(`${server.url}silent`)}aborted by the caller$`));
	});

	it('does not start a request whose signal is already aborted', async () => {
		const error = await caught(fetcher.fetch({url: `${server.url}ok`, signal: AbortSignal.abort()}));
		expect(error.code).toBe('ERR_ABORTED');
	});

	it('keeps working after failures', async () => {
		const page = await fetcher.fetch({url: `${server.url}ok`});
		expect(page.html).toBe('<p>ok</p>');
	});
});
