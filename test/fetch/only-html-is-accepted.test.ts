import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {HttpFetcher, sniffContentType} from '../../src/fetch/index.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {caught, getPrefix} from './caught.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const RESPONSES: Record<string, {type?: string; body: string | Buffer}> = {
	'/report.pdf': {type: 'application/pdf', body: '%PDF-1.7\n'},
	'/photo.png': {type: 'image/png', body: PNG},
	'/xhtml': {type: 'application/xhtml+xml; charset=utf-8', body: '<html xmlns="http://www.w3.org/1999/xhtml"><p>x</p></html>'},
	'/upper': {type: 'TEXT/HTML; Charset=UTF-8', body: '<p>upper-case type</p>'},
	'/untyped-html': {body: '\n  <!DOCTYPE html><html><body><p>no content type</p></body></html>'},
	'/untyped-binary': {body: PNG},
	'/untyped-text': {body: 'just some words, no markup at all'},
	'/feed.rss': {type: 'application/rss+xml', body: '<?xml version="1.0"?><rss><channel></channel></rss>'},
};

let server: TestServer;
const fetcher = new HttpFetcher();

beforeAll(async () => {
	server = await startServer((req, res) => {
		const entry = RESPONSES[req.url ?? ''];
		if (!entry) return void res.writeHead(404).end();
		// Node adds no Content-Type by itself, so an entry without `type` is served untyped.
		res.writeHead(200, entry.type ? {'content-type': entry.type} : {}).end(entry.body);
	});
});

afterAll(async () => {
	await fetcher.close();
	await server.close();
});

describe('content types', () => {
	for (const [path, type] of [['report.pdf', 'application/pdf'], ['photo.png', 'image/png'], ['feed.rss', 'application/rss+xml']] as const) {
		it(`refuses ${type} with ERR_NOT_HTML, naming the type`, async () => {
			const error = await caught(fetcher.fetch({url: `${server.url}${path}`}));
			expect(error.code).toBe('ERR_NOT_HTML');
			expect(error.retryable).toBe(false);
			expect(error.message).toMatch(new RegExp(`${getPrefix(`${server.url}${path}`)}content type "${type.replace('+', '\\+')}" is not HTML$`));
		});
	}

	it('accepts XHTML and upper-case type names', async () => {
		expect((await fetcher.fetch({url: `${server.url}xhtml`})).html).toContain('<p>x</p>');
		const page = await fetcher.fetch({url: `${server.url}upper`});
		expect(page.contentType).toBe('TEXT/HTML; Charset=UTF-8');
		expect(page.charsetSource).toBe('header');
	});

	it('accepts an untyped body that looks like HTML, with contentType null', async () => {
		const page = await fetcher.fetch({url: `${server.url}untyped-html`});
		expect(page.contentType).toBeNull();
		expect(page.html).toContain('no content type');
	});

	it('refuses an untyped body of binary bytes or plain text', async () => {
		const binary = await caught(fetcher.fetch({url: `${server.url}untyped-binary`}));
		expect(binary.code).toBe('ERR_NOT_HTML');
		expect(binary.message).toContain('no Content-Type, and the body looks like application/octet-stream, not HTML');
		expect((await caught(fetcher.fetch({url: `${server.url}untyped-text`}))).code).toBe('ERR_NOT_HTML');
	});

	it('accepts other types when contentTypes is widened (feeds for the crawler)', async () => {
		const feeds = new HttpFetcher({contentTypes: ['application/rss+xml', 'text/html']});
		try {
			const page = await feeds.fetch({url: `${server.url}feed.rss`});
			expect(page.html).toContain('<rss>');
		} finally {
			await feeds.close();
		}
	});
});

describe('sniffContentType', () => {
	const sniff = (text: string): string => sniffContentType(Buffer.from(text, 'latin1'));

	it('recognises HTML by its opening tag, after a BOM and whitespace', () => {
		expect(sniff('<!DOCTYPE html><p>')).toBe('text/html');
		expect(sniff('\u00ef\u00bb\u00bf  <HTML>')).toBe('text/html');
		expect(sniff('<!-- comment --><div>')).toBe('text/html');
		expect(sniff('<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><html xmlns="x">')).toBe('text/html');
	});

	it('does not mistake text that merely starts with a similar word', () => {
		expect(sniff('<aside>')).toBe('text/plain');
		expect(sniff('plain words')).toBe('text/plain');
	});

	it('calls bodies with control bytes binary', () => {
		expect(sniff('%PDF\u0000\u0001')).toBe('application/octet-stream');
	});
});
