/**
 * Decode a saved page by the charset it declares. The corpus files have no HTTP headers,
 * so the byte-order mark and the `<meta>` declaration are all there is; three pages are
 * ISO-8859-1 and would turn to mojibake if read as UTF-8.
 */

export interface DecodedHtml {
	html: string;
	/** WHATWG encoding name, lower-case (e.g. `utf-8`, `windows-1252`). */
	charset: string;
	charsetSource: 'bom' | 'meta' | 'default';
}

/**
 * How far into the file to look for a `<meta>` charset. The HTML standard's prescan stops
 * at 1024 bytes, but saved pages often carry long comment banners or inline styles before
 * it; 64 KiB finds every declaration in the corpus and is still cheap.
 */
const META_PRESCAN_BYTES = 64 * 1024;

const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/iu;

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
	const bom = charsetFromBom(bytes);
	if (bom) return {html: decodeWith(bom.charset, bytes.subarray(bom.length)), charset: bom.charset, charsetSource: 'bom'};
	const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, META_PRESCAN_BYTES)).toString('latin1');
	const label = META_CHARSET.exec(head)?.[1];
	const charset = label ? supportedEncoding(label) : null;
	if (charset) return {html: decodeWith(charset, bytes), charset, charsetSource: 'meta'};
	return {html: decodeWith('utf-8', bytes), charset: 'utf-8', charsetSource: 'default'};
}

function charsetFromBom(bytes: Uint8Array): {charset: string; length: number} | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return {charset: 'utf-8', length: 3};
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return {charset: 'utf-16be', length: 2};
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return {charset: 'utf-16le', length: 2};
	return null;
}

/** The WHATWG name for a label, or null when the platform does not know it. */
function supportedEncoding(label: string): string | null {
	try {
		const encoding = new TextDecoder(label.toLowerCase()).encoding;
		// A page that declares UTF-16 in ASCII-compatible bytes is lying; browsers read it as UTF-8.
		return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
	} catch {
		return null;
	}
}

function decodeWith(charset: string, bytes: Uint8Array): string {
	return new TextDecoder(charset).decode(bytes);
}
