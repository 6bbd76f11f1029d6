import {describe, expect, it} from 'vitest';
import {HttpFetcher, parseHttpUrl, type HttpFetcherOptions} from '../../src/fetch/index.js';
import {caught} from './caught.js';

describe('parseHttpUrl', () => {
	it('returns a URL for http and https', () => {
		expect(parseHttpUrl('https://www.gsmarena.com/news.php3').href).toBe('https://www.gsmarena.com/news.php3');
		expect(parseHttpUrl(' http://example.com ').href).toBe('http://example.com/');
	});

	it('rejects text that is not a URL with ERR_INVALID_URL, quoting it', async () => {
		const error = await caught(() => parseHttpUrl('www.phonearena.com/news'));
		expect(error.code).toBe('ERR_INVALID_URL');
		expect(error.message).toMatch(/^"www\.phonearena\.com\/news" is not a valid URL: /);
	});

	it('rejects other schemes with ERR_UNSUPPORTED_SCHEME, without leaking credentials', async () => {
		const error = await caught(() => parseHttpUrl('ftp://user:secret@files.example/a.html'));
		expect(error.code).toBe('ERR_UNSUPPORTED_SCHEME');
		expect(error.message).toContain('ftp:');
		expect(error.message).not.toContain('secret');
		expect((await caught(() => parseHttpUrl('file:///etc/passwd'))).code).toBe('ERR_UNSUPPORTED_SCHEME');
	});

	it('is applied by fetch too, before any network work', async () => {
		const fetcher = new HttpFetcher();
		try {
			expect((await caught(fetcher.fetch({url: 'not a url'}))).code).toBe('ERR_INVALID_URL');
			expect((await caught(fetcher.fetch({url: 'ftp://files.example/'}))).code).toBe('ERR_UNSUPPORTED_SCHEME');
		} finally {
			await fetcher.close();
		}
	});
});

describe('HttpFetcher options', () => {
	const bad: Array<[string, unknown, RegExp]> = [
		['timeoutMs', -5, /^HttpFetcher option timeoutMs must be a positive whole number, got -5$/],
		['connectTimeoutMs', 0, /connectTimeoutMs must be a positive whole number, got 0$/],
		['maxBytes', 1.5, /maxBytes must be a positive whole number, got 1\.5$/],
		['maxRedirects', -1, /maxRedirects must be a whole number, 0 or more, got -1$/],
		['userAgent', '', /userAgent must be a non-empty one-line string, got ""$/],
		['userAgent', 'bot\r\nX-Evil: 1', /userAgent must be a non-empty one-line string, got "bot\\r\\nX-Evil: 1"$/],
		['headers', {'bad name': 'x'}, /headers has an invalid header name, got "bad name"$/],
		['contentTypes', [], /contentTypes must be a non-empty list of lower-case type\/subtype strings, got \[\]$/],
		['timeout', 5000, /^HttpFetcher option timeout is not an HttpFetcher option \(known: userAgent, timeoutMs/],
	];

	for (const [name, value, message] of bad) {
		it(`rejects ${name}: ${JSON.stringify(value)} at construction with ERR_CONFIG`, async () => {
			const error = await caught(() => new HttpFetcher({[name]: value} as HttpFetcherOptions));
			expect(error.code).toBe('ERR_CONFIG');
			expect(error.message).toMatch(message);
		});
	}

	it('fills in documented defaults', async () => {
		const fetcher = new HttpFetcher();
		expect(fetcher.options).toMatchObject({timeoutMs: 30_000, connectTimeoutMs: 10_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 10, headers: {}});
		await fetcher.close();
	});
});
