import {parseContentType} from './content-type.js';
import {prescanMetaCharset} from './meta-prescan.js';
import type {Page} from './types.js';
import {decodeWindows1252} from './windows-1252.js';

export type CharsetSource = Page['charsetSource'];

export interface DetectedCharset {
	/** The WHATWG encoding name, lower-case (`utf-8`, `windows-1252`, `shift_jis`…). */
	charset: string;
	source: CharsetSource;
}

/**
 * How many leading bytes are searched for `<meta charset>`. The WHATWG prescan reads 1024,
 * but in the corpus (/work/shared/corpus, 211 pages that declare a charset in a meta tag)
 * 32 declare it later than byte 1024, among them two of the three ISO-8859-1 pages
 * (bytes 1390 and 1517); 4096 reaches 95% of them, and the rest are UTF-8, which the sniff catches.
 */
export const META_PRESCAN_BYTES = 4096;

/**
 * Used when nothing declares a charset and the bytes are not valid UTF-8: the WHATWG default
 * for legacy pages in most locales, and a superset of ISO-8859-1, so every byte decodes to something.
 */
export const FALLBACK_CHARSET = 'windows-1252';

const BOMS: ReadonlyArray<{bytes: readonly number[]; charset: string}> = [
	{bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8'},
	{bytes: [0xfe, 0xff], charset: 'utf-16be'},
	{bytes: [0xff, 0xfe], charset: 'utf-16le'},
];

/**
 * Decide which charset a page's bytes are in, in the WHATWG order: a byte-order mark beats
 * the Content-Type header, which beats `<meta charset>` in the first {@link META_PRESCAN_BYTES}
 * (except a legacy meta charset on bytes that are valid non-ASCII UTF-8, see below).
 * With none of these, bytes that are valid UTF-8 are UTF-8 (`sniff`: legacy text almost never
 * forms valid multi-byte sequences by chance, and most pages today are UTF-8); anything else is
 * {@link FALLBACK_CHARSET} (`default`). Labels no decoder knows are ignored, as browsers do.
 *
 * @example detectCharset(bytes, 'text/html; charset=ISO-8859-1') // {charset: 'windows-1252', source: 'header'}
 */
export function detectCharset(bytes: Uint8Array, contentTypeHeader?: string | null): DetectedCharset {
	const bom = BOMS.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte));
	if (bom) return {charset: bom.charset, source: 'bom'};
	const declared = parseContentType(contentTypeHeader)?.charset;
	const fromHeader = declared ? encodingForLabel(declared) : null;
	if (fromHeader) return {charset: fromHeader, source: 'header'};
	const fromMeta = prescanMetaCharset(bytes.subarray(0, META_PRESCAN_BYTES), encodingForLabel);
	// A saved page often keeps a stale legacy <meta> after being re-saved as UTF-8 (the corpus's
	// Readability "qq" page says gb2312 but is UTF-8): legacy text that is also valid multi-byte
	// UTF-8 is vanishingly rare, so the bytes win over the tag here, unlike in browsers.
	if (fromMeta && (fromMeta === 'utf-8' || !(hasNonAscii(bytes) && isValidUtf8(bytes)))) return {charset: fromMeta, source: 'meta'};
	if (isValidUtf8(bytes)) return {charset: 'utf-8', source: 'sniff'};
	return {charset: FALLBACK_CHARSET, source: 'default'};
}

/**
 * Decode bytes as `charset` (a label or an encoding name). A byte-order mark for that charset
 * is dropped; malformed sequences become U+FFFD rather than failing; an unknown label decodes
 * as UTF-8, the encoding of most of the web.
 */
export function decodeBody(bytes: Uint8Array, charset: string): string {
	const encoding = encodingForLabel(charset) ?? 'utf-8';
	if (encoding === 'windows-1252') return decodeWindows1252(bytes);
	return new TextDecoder(encoding).decode(bytes);
}

/**
 * The WHATWG encoding a label names, lower-case, or null when unknown. Aliases resolve the
 * way browsers resolve them: `iso-8859-1`, `latin1` and `ascii` all mean `windows-1252`.
 */
export function encodingForLabel(label: string): string | null {
	const trimmed = label.trim().toLowerCase();
	// Node's TextDecoder lacks x-user-defined; its ASCII half matches windows-1252.
	if (trimmed === 'x-user-defined') return 'windows-1252';
	try {
		const {encoding} = new TextDecoder(trimmed);
		return encoding === 'replacement' ? null : encoding;
	} catch {
		return null;
	}
}

function hasNonAscii(bytes: Uint8Array): boolean {
	return bytes.some((byte) => byte >= 0x80);
}

function isValidUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', {fatal: true}).decode(bytes);
		return true;
	} catch {
		return false;
	}
}
