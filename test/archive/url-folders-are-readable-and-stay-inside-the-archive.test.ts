import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {urlFolder, urlKey} from '../../src/archive/index.js';

function folderOf(url: string): string {
	return urlFolder(urlKey(url));
}

/** A folder is safe when it is `urls/<host>/<name>`, no part climbs out, and every name fits a file system. */
function expectSafe(folder: string): void {
	const parts = folder.split(path.sep);
	expect(parts).toHaveLength(3);
	expect(parts[0]).toBe('urls');
	for (const part of parts) {
		expect(part).not.toMatch(/^\.*$/);
		expect(part).not.toMatch(/[/\\\0]/);
		expect(Buffer.byteLength(part)).toBeLessThanOrEqual(255);
	}
	expect(path.normalize(folder)).toBe(folder);
}

describe('urlFolder', () => {
	it('is a path a person can find from the URL', () => {
		expect(folderOf('https://www.gsmarena.com/samsung_galaxy_s25-review-2783.php')).toMatch(/^urls\/www\.gsmarena\.com\/samsung_galaxy_s25-review-2783\.php--[0-9a-f]{12}$/);
		expect(folderOf('https://WWW.PhoneArena.com/news/Apple-iPhone-17-Pro_id12345')).toMatch(
			/^urls\/www\.phonearena\.com\/news_apple-iphone-17-pro_id12345--[0-9a-f]{12}$/,
		);
		expect(folderOf('https://www.gsmarena.com/')).toMatch(/^urls\/www\.gsmarena\.com\/index--[0-9a-f]{12}$/);
	});

	it('keeps letters of other scripts readable', () => {
		const folder = folderOf('https://例え.jp/ニュース/記事');
		expect(folder).toMatch(/^urls\/例え\.jp\/ニュース_記事--[0-9a-f]{12}$/);
		expectSafe(folder);
	});

	it('gives different URLs different folders even when their slugs look alike', () => {
		const folders = new Set(
			['https://a.com/News', 'https://a.com/news', 'https://a.com/news?page=2', 'https://a.com/news?page=3', 'http://a.com/news', 'https://a.com:8443/news'].map(folderOf),
		);
		expect(folders.size).toBe(6);
	});

	it('never climbs out of the archive with dot segments, encoded or not', () => {
		for (const url of [
			'http://../../etc/passwd',
			'http://a.com/%2e%2e/%2e%2e/etc/passwd',
			'http://a.com/..%2f..%2f..%2fetc%2fpasswd',
			'http://a.com/%2e%2e%5c%2e%2e%5cwindows',
			'http://a.com/%00/%2f',
			'http://a.com/..',
			'http://a.com/.../....',
		]) {
			const folder = folderOf(url);
			expectSafe(folder);
			expect(path.resolve('/archive', folder).startsWith('/archive/urls/')).toBe(true);
		}
	});

	it('caps very long URLs while keeping them apart', () => {
		const long = `https://a.com/${'very-long-segment/'.repeat(400)}`;
		const folder = folderOf(long);
		expectSafe(folder);
		expect(folder).not.toBe(folderOf(`${long}x`));
	});

	it('is safe for any URL a parser accepts', () => {
		fc.assert(
			fc.property(fc.webUrl({withQueryParameters: true, withFragments: true}), fc.string({unit: 'binary', maxLength: 300}), (url, tail) => {
				for (const candidate of [`${url}/${tail}`, `${url}/${encodeURIComponent(tail)}`]) {
					let key: string;
					try {
						key = urlKey(candidate);
					} catch {
						continue;
					}
					expectSafe(urlFolder(key));
				}
			}),
		);
	});

	it('rejects a string that is not a URL', () => {
		expect(() => urlKey('not a url')).toThrow(expect.objectContaining({code: 'ERR_INVALID_URL'}));
	});
});
