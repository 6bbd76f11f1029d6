import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {FetchError, HttpFetcher, parseRetryAfter} from '../../src/fetch/index.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {caught, getPrefix} from './caught.js';

let server: TestServer;
const fetcher = new HttpFetcher();

beforeAll(async () => {
	server = await startServer((req, res) => {
		const path = req.url ?? '/';
		if (path === '/missing') return void res.writeHead(404, {'content-type': 'text/html'}).end('<h1>Not here</h1>');
		if (path === '/busy') return void res.writeHead(503, {'retry-after': '120'}).end();
		if (path === '/slow-down') {
			return void res.writeHead(429, {date: 'Wed, 21 Oct 2026 07:28:00 GMT', 'retry-after': 'Wed, 21 Oct 2026 07:30:00 GMT'}).end();
		}
		if (path === '/gone') return void res.writeHead(410).end();
		if (path === '/cached') {
			if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, {etag: '"v1"'}).end();
			return void res.writeHead(200, {'content-type': 'text/html', etag: '"v1"'}).end('<p>v1</p>');
		}
		if (path === '/always-304') return void res.writeHead(304).end();
		res.writeHead(500).end();
	});
});

afterAll(async () => {
	await fetcher.close();
	await server.close();
});

describe('HTTP error statuses', () => {
	it('reports 404 as a non-retryable ERR_HTTP_STATUS with the status', async () => {
		const error = await caught(fetcher.fetch({url: `${server.url}missing`}));
		expect(error).toBeInstanceOf(FetchError);
		expect(error.code).toBe('ERR_HTTP_STATUS');
		expect(error.retryable).toBe(false);
		expect((error as FetchError).status).toBe(404);
		expect(error.message).toMatch(new RegExp(`${getPrefix(`${server.url}missing`)}404 Not Found$`));
	});

	it('reports 503 as retryable, with Retry-After seconds in milliseconds', async () => {
		const error = (await caught(fetcher.fetch({url: `${server.url}busy`}))) as FetchError;
		expect(error.code).toBe('ERR_HTTP_STATUS');
		expect(error.retryable).toBe(true);
		expect(error.status).toBe(503);
		expect(error.retryAfterMs).toBe(120_000);
		expect(error.message).toMatch(new RegExp(`${getPrefix(`${server.url}busy`)}503 Service Unavailable \\(Retry-After: 120 s\\)$`));
	});

	it('reads a Retry-After date against the response Date, so the local clock does not matter', async () => {
		const error = (await caught(fetcher.fetch({url: `${server.url}slow-down`}))) as FetchError;
		expect(error.status).toBe(429);
		expect(error.retryable).toBe(true);
		expect(error.retryAfterMs).toBe(120_000);
	});

	it('leaves retryAfterMs unset when the server gave none, and 410 is not retryable', async () => {
		const error = (await caught(fetcher.fetch({url: `${server.url}gone`}))) as FetchError;
		expect(error.status).toBe(410);
		expect(error.retryable).toBe(false);
		expect(error.retryAfterMs).toBeUndefined();
	});

	it('returns 304 Not Modified as a page with an empty body when the request was conditional', async () => {
		const first = await fetcher.fetch({url: `${server.url}cached`});
		expect(first.headers['etag']).toBe('"v1"');
		const again = await fetcher.fetch({url: `${server.url}cached`, headers: {'If-None-Match': first.headers['etag'] ?? ''}});
		expect(again.status).toBe(304);
		expect(again.body).toHaveLength(0);
		expect(again.html).toBe('');
	});

	it('treats a 304 to an unconditional request as an error', async () => {
		const error = await caught(fetcher.fetch({url: `${server.url}always-304`}));
		expect(error.code).toBe('ERR_HTTP_STATUS');
		expect(error.message).toContain('304 Not Modified to a request that was not conditional');
	});
});

describe('parseRetryAfter', () => {
	const now = Date.parse('2026-10-21T07:28:00Z');

	it('reads delay-seconds', () => {
		expect(parseRetryAfter('0', now)).toBe(0);
		expect(parseRetryAfter(' 30 ', now)).toBe(30_000);
	});

	it('reads an HTTP-date relative to the reference time, never negative', () => {
		expect(parseRetryAfter('Wed, 21 Oct 2026 07:29:30 GMT', now)).toBe(90_000);
		expect(parseRetryAfter('Wed, 21 Oct 2026 07:00:00 GMT', now)).toBe(0);
	});

	it('ignores missing or unreadable values', () => {
		expect(parseRetryAfter(undefined, now)).toBeUndefined();
		expect(parseRetryAfter('', now)).toBeUndefined();
		expect(parseRetryAfter('soon', now)).toBeUndefined();
		expect(parseRetryAfter('-5', now)).toBeUndefined();
	});
});
