import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {DEFAULT_USER_AGENT, HttpFetcher} from '../../src/fetch/index.js';
import {VERSION} from '../../src/version.js';
import {startServer, type TestServer} from '../helpers/server.js';

let server: TestServer;
let seen: Record<string, string | string[] | undefined> = {};

beforeAll(async () => {
	server = await startServer((req, res) => {
		seen = req.headers;
		res.writeHead(200, {'content-type': 'text/html'}).end('<p>hi</p>');
	});
});

afterAll(() => server.close());

async function headersSentBy(fetcher: HttpFetcher, extra?: Record<string, string>): Promise<typeof seen> {
	try {
		await fetcher.fetch(extra ? {url: server.url, headers: extra} : {url: server.url});
		return seen;
	} finally {
		await fetcher.close();
	}
}

describe('request headers', () => {
	it('sends a User-Agent naming newsvault, its version and a URL by default', async () => {
		const headers = await headersSentBy(new HttpFetcher());
		expect(headers['user-agent']).toBe(DEFAULT_USER_AGENT);
		expect(DEFAULT_USER_AGENT).toBe(`newsvault/${VERSION} (+https://github.com/newsvault/newsvault)`);
		expect(headers['accept']).toMatch(/^text\/html,application\/xhtml\+xml,/);
	});

	it('lets the userAgent option replace it', async () => {
		const headers = await headersSentBy(new HttpFetcher({userAgent: 'ResearchBot/2.0 (+mailto:lab@example.org)'}));
		expect(headers['user-agent']).toBe('ResearchBot/2.0 (+mailto:lab@example.org)');
	});

	it('sends option headers, and lets a request header override both them and the defaults', async () => {
		const fetcher = new HttpFetcher({headers: {'Accept-Language': 'de-DE', 'X-Project': 'newsvault'}});
		const headers = await headersSentBy(fetcher, {'accept-language': 'en-GB', 'User-Agent': 'per-request'});
		expect(headers['accept-language']).toBe('en-GB');
		expect(headers['x-project']).toBe('newsvault');
		expect(headers['user-agent']).toBe('per-request');
	});
});
