import {Readable} from 'node:stream';
import zlib from 'node:zlib';
import {describeError} from '../errors.js';
import {FetchError} from './errors.js';

/**
 * Read a response body, refusing it as soon as it passes `maxBytes` (the rest is never
 * downloaded). Stream errors are rethrown as they are, for the caller to classify.
 */
export async function readRawBody(body: AsyncIterable<Uint8Array>, maxBytes: number, url: URL): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of body) {
		size += chunk.byteLength;
		if (size > maxBytes) throw tooLarge(url, maxBytes, 'as received');
		chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
	}
	return Buffer.concat(chunks, size);
}

/**
 * Undo `Content-Encoding` (gzip, deflate, br, in the order they were applied), streaming each
 * layer through zlib and stopping as soon as the output passes `maxBytes`, so a small
 * compressed bomb never expands in memory.
 *
 * @throws FetchError `ERR_DECODE` for an unknown coding or corrupt data, `ERR_TOO_LARGE` past the cap.
 */
export async function decodeContentEncoding(raw: Buffer, contentEncoding: string | undefined, maxBytes: number, url: URL): Promise<Buffer> {
	const codings = (contentEncoding ?? '')
		.split(',')
		.map((coding) => coding.trim().toLowerCase())
		.filter((coding) => coding !== '' && coding !== 'identity');
	let data = raw;
	for (const coding of codings.reverse()) {
		const decoder = createDecoder(coding, data, url);
		try {
			data = await collectCapped(Readable.from([data]).pipe(decoder), maxBytes, url);
		} catch (error) {
			decoder.destroy();
			if (error instanceof FetchError) throw error;
			throw new FetchError('ERR_DECODE', `could not decode the ${coding} body: ${describeError(error)}`, {url, cause: error});
		}
	}
	return data;
}

/**
 * Browsers and curl show what a slightly truncated compressed body holds instead of failing,
 * and news CDNs do send such bodies; the same flush mode keeps that leniency.
 */
const LENIENT_ZLIB: zlib.ZlibOptions = {finishFlush: zlib.constants.Z_SYNC_FLUSH};
const LENIENT_BROTLI: zlib.BrotliOptions = {finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH};

function createDecoder(coding: string, data: Buffer, url: URL): zlib.Gunzip | zlib.Inflate | zlib.InflateRaw | zlib.BrotliDecompress {
	switch (coding) {
		case 'gzip':
		case 'x-gzip':
			return zlib.createGunzip(LENIENT_ZLIB);
		case 'br':
			return zlib.createBrotliDecompress(LENIENT_BROTLI);
		case 'deflate':
			// "deflate" should be zlib-wrapped (RFC 9110), but some servers send raw deflate.
			return hasZlibHeader(data) ? zlib.createInflate(LENIENT_ZLIB) : zlib.createInflateRaw(LENIENT_ZLIB);
		default:
			throw new FetchError('ERR_DECODE', `unsupported Content-Encoding "${coding}" (gzip, deflate and br are supported)`, {url});
	}
}

/** RFC 1950: compression method 8 in the low nibble, and the two header bytes a multiple of 31. */
function hasZlibHeader(data: Buffer): boolean {
	const cmf = data[0];
	const flg = data[1];
	return cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
}

async function collectCapped(stream: AsyncIterable<Buffer>, maxBytes: number, url: URL): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream) {
		size += chunk.byteLength;
		if (size > maxBytes) throw tooLarge(url, maxBytes, 'once decompressed');
		chunks.push(chunk);
	}
	return Buffer.concat(chunks, size);
}

export function tooLarge(url: URL, maxBytes: number, when: string): FetchError {
	return new FetchError('ERR_TOO_LARGE', `body is larger than ${formatBytes(maxBytes)} ${when} (maxBytes ${maxBytes})`, {url});
}

function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
	if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
	return `${bytes} bytes`;
}
