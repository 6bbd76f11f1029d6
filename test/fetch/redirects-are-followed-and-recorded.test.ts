import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {HttpFetcher} from '../../src/fetch/index.js';
import {FetchError} from '../../src/fetch/errors.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {caught, getPrefix} from './caught.js';

let server: TestServer;
let other: TestServer;
const seenByOther: Array<Record<string, string | string[] | undefined>> = [];
const fetcher = new HttpFetcher();

beforeAll(async () => {
	other = await startServer((req, res) => {
		seenByOther.push(req.headers);
		res.writeHead(200, {'content-type': 'text/html'}).end('<p>other origin</p>');
	});
	server = await startServer((req, res) => {
		const path = req.url ?? '/';
		const redirect = (status: number, location: string): void => void res.writeHead(status, {location}).end();
		if (path === '/old') return redirect(301, '/moved');
		if (path === '/moved') return redirect(302, 'final?from=moved');
		if (path === '/final?from=moved') return void res.writeHead(200, {'content-type': 'text/html'}).end('<h1>final</h1>');
		if (path === '/loop-a') return redirect(307, '/loop-b');
		if (path === '/loop-b') return redirect(308, '/loop-a');
		const hop = /^\/hop\/(\d+)$/.exec(path);
		if (hop) return redirect(302, `/hop/${Number(hop[1]) + 1}`);
		if (path === '/to-ftp') return redirect(301, 'ftp://files.example/x');
		if (path === '/to-other') return redirect(302, `${other.url}landing`);
		if (path === '/no-location') return void res.writeHead(302).end();
		res.writeHead(404).end();
	});
});

afterAll(async () => {
	await fetcher.close();
	await server.close();
	await other.close();
});

describe('redirects', () => {
	it('follows 301 and 302 with relative Locations and records every hop', async () => {
		const page = await fetcher.fetch({url: `${server.url}old`});
		expect(page.url).toBe(`${server.url}old`);
		expect(page.finalUrl).toBe(`${server.url}final?from=moved`);
		expect(page.redirects).toEqual([`${server.url}old`, `${server.url}moved`, `${server.url}final?from=moved`]);
		expect(page.status).toBe(200);
		expect(page.html).toBe('<h1>final</h1>');
	});

	it('lists just the requested URL when there was no redirect', async () => {
		const page = await fetcher.fetch({url: `${server.url}final?from=moved`});
		expect(page.redirects).toEqual([`${server.url}final?from=moved`]);
	});

	it('stops a redirect loop at the first repeated URL', async () => {
		const error = await caught(fetcher.fetch({url: `${server.url}loop-a`}));
		expect(error).toBeInstanceOf(FetchError);
		expect(error.code).toBe('ERR_REDIRECT_LOOP');
		expect(error.retryable).toBe(false);
		expect(error.message).toMatch(new RegExp(`${getPrefix(`${server.url}loop-b`)}redirect loop: .*loop-a -> .*loop-b -> .*loop-a$`));
	});

	it('gives up after maxRedirects hops', async () => {
		const error = await caught(fetcher.fetch({url: `${server.url}hop/0`}));
		expect(error.code).toBe('ERR_TOO_MANY_REDIRECTS');
		expect(error.message).toMatch(new RegExp(`${getPrefix(`${server.url}hop/10`)}more than 10 redirects \\(maxRedirects\\)`));
	});

	it('follows exactly maxRedirects hops, and refuses any when it is 0', async () => {
		const three = new HttpFetcher({maxRedirects: 3});
		const none = new HttpFetcher({maxRedirects: 0});
		try {
			const error = await caught(three.fetch({url: `${server.url}hop/0`}));
			expect(error.code).toBe('ERR_TOO_MANY_REDIRECTS');
			expect((error as FetchError).url).toBe(`${server.url}hop/3`);
			expect((await caught(none.fetch({url: `${server.url}old`}))).code).toBe('ERR_TOO_MANY_REDIRECTS');
			const page = await three.fetch({url: `${server.url}moved`});
			expect(page.redirects).toHaveLength(2);
		} finally {
			await three.close();
			await none.close();
		}
	});

	it('refuses a redirect to a scheme other than http(s)', async () => {
		const error = await caught(fetcher.fetch({url: `${server.url}to-ftp`}));
		expect(error.code).toBe('ERR_UNSUPPORTED_SCHEME');
		expect(error.message).toContain('ftp://files.example/x');
	});

	it('reports a redirect status without a Location as an HTTP status error', async () => {
		const error = await caught(fetcher.fetch({url: `${server.url}no-location`}));
		expect(error.code).toBe('ERR_HTTP_STATUS');
		expect(error.message).toMatch(new RegExp(`${getPrefix(`${server.url}no-location`)}302 Found without a Location to follow$`));
	});

	it('does not carry cookies or credentials to another origin', async () => {
		const page = await fetcher.fetch({url: `${server.url}to-other`, headers: {Cookie: 'session=secret', Authorization: 'Bearer secret', 'X-Trace': 'kept'}});
		expect(page.finalUrl).toBe(`${other.url}landing`);
		const headers = seenByOther.at(-1);
		expect(headers?.['cookie']).toBeUndefined();
		expect(headers?.['authorization']).toBeUndefined();
		expect(headers?.['x-trace']).toBe('kept');
	});
});
