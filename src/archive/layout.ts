import {createHash} from 'node:crypto';
import path from 'node:path';
import {domainToUnicode} from 'node:url';
import {NewsvaultError, redactUrl} from '../errors.js';

/**
 * Where things live inside an archive folder. Every path the store touches is built
 * here, so that a URL (untrusted input) can never name a path outside the archive.
 *
 * ```
 * newsvault-archive.json                       format marker
 * blobs/sha256/ab/cd/<sha256>.gz               content-addressed, gzip-compressed
 * urls/<host>/<path-slug>--<url-hash>/url.txt  the URL, for people and for `urls()`
 * urls/<host>/<path-slug>--<url-hash>/versions.jsonl   append-only visit log
 * ```
 */

export const FORMAT_FILE = 'newsvault-archive.json';
export const BLOBS_DIR = path.join('blobs', 'sha256');
export const URLS_DIR = 'urls';
export const URL_FILE = 'url.txt';
export const LOG_FILE = 'versions.jsonl';
export const LOCK_FILE = '.lock';

/**
 * Hex characters of sha256(url) kept in a URL folder name. 12 (48 bits) makes an
 * accidental collision unlikely below tens of millions of URLs per host; the store
 * still checks url.txt and refuses to mix two URLs in one folder.
 */
const URL_HASH_CHARS = 12;

/**
 * Longest path slug, in UTF-8 bytes. File systems cap a name at 255 bytes; 100 leaves
 * room for the hash suffix and keeps a listing readable. Measured on the 98 article
 * URLs of the shared corpus: the median path is 58 characters, 95% fit in 108, so
 * nearly every slug is whole and the rest lose only their tail.
 */
const SLUG_MAX_BYTES = 100;

/** Longest host folder name, in bytes (DNS names are at most 253 characters). */
const HOST_MAX_BYTES = 120;

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The key a URL is stored under: the WHATWG-normalised URL without its fragment
 * (the fragment is never sent to the server, so `#comments` is the same document).
 */
export function urlKey(url: string): string {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch (error) {
		throw new NewsvaultError('ERR_INVALID_URL', `not a valid URL: "${redactUrl(url)}"`, {cause: error});
	}
	parsed.hash = '';
	return parsed.href;
}

/** The folder of one URL, relative to the archive root, e.g. `urls/www.phonearena.com/news_apple-iphone-17_id1234--3f9a0c1b2d4e`. */
export function urlFolder(key: string): string {
	const parsed = new URL(key);
	return path.join(URLS_DIR, hostFolder(parsed), `${pathSlug(parsed)}--${urlHash(key)}`);
}

export function blobFile(sha256: string): string {
	if (!SHA256_HEX.test(sha256)) {
		throw new NewsvaultError('ERR_NOT_FOUND', `not a sha256 hash: "${sha256}" (expected 64 lower-case hex characters)`);
	}
	return path.join(BLOBS_DIR, sha256.slice(0, 2), sha256.slice(2, 4), `${sha256}.gz`);
}

/** The hash a blob file name claims, or null when the name is not a blob name. */
export function blobNameHash(fileName: string): string | null {
	const match = /^([0-9a-f]{64})\.gz$/.exec(fileName);
	return match?.[1] ?? null;
}

export function isSha256(value: string): boolean {
	return SHA256_HEX.test(value);
}

function urlHash(key: string): string {
	return createHash('sha256').update(key).digest('hex').slice(0, URL_HASH_CHARS);
}

/**
 * The host as a browser's address bar shows it (`例え.jp`, not `xn--r8jz45g.jp`),
 * lower-case, with `_<port>` when the URL names one.
 */
function hostFolder(parsed: URL): string {
	const host = (domainToUnicode(parsed.hostname) || parsed.hostname).toLowerCase().normalize('NFC');
	const name = host.replace(/[^\p{L}\p{N}.-]+/gu, '_').replace(/^[._-]+|[._-]+$/g, '');
	const withPort = parsed.port ? `${name}_${parsed.port}` : name;
	return /^\.*$/.test(withPort) ? 'no-host' : cap(withPort, HOST_MAX_BYTES);
}

/** Path segments and query, decoded, made safe, joined with `_`; `index` for `/`. */
function pathSlug(parsed: URL): string {
	const parts = parsed.pathname.split('/').map((segment) => safeSlugPart(decode(segment).toLowerCase()));
	if (parsed.search) parts.push(safeSlugPart(decode(parsed.search.slice(1)).toLowerCase()));
	const slug = cap(parts.filter((part) => part !== '').join('_'), SLUG_MAX_BYTES);
	return slug || 'index';
}

/**
 * Letters (any script), digits, `.`, `-` and `_` survive; everything else, including
 * `/`, `\`, NUL and control characters, becomes `-`. Dots and dashes are trimmed from
 * the ends, so `.` and `..` vanish (and the folder name always ends in the hash, so it
 * can never be a dot name). Runs of `-` collapse to one, keeping `--` for the hash separator.
 */
function safeSlugPart(text: string): string {
	return text.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/-{2,}/g, '-').replace(/^[-.]+|[-.]+$/g, '');
}

function decode(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		// Malformed percent-encoding (`%zz`) is still a valid URL; its raw text is readable enough.
		return segment;
	}
}

/** Cut to at most `maxBytes` of UTF-8 without splitting a character, then tidy the end. */
function cap(text: string, maxBytes: number): string {
	if (Buffer.byteLength(text) <= maxBytes) return text;
	let out = '';
	let bytes = 0;
	for (const char of text) {
		const size = Buffer.byteLength(char);
		if (bytes + size > maxBytes) break;
		out += char;
		bytes += size;
	}
	return out.replace(/[-._]+$/, '');
}
