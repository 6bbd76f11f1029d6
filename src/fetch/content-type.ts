/** A parsed Content-Type header: the lower-cased `type/subtype` and its charset parameter. */
export interface ContentType {
	essence: string;
	charset: string | null;
}

/** The types a page fetch accepts by default: what browsers render as HTML. */
export const HTML_CONTENT_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml'];

/**
 * How much of a body without a Content-Type is looked at to tell HTML from anything else.
 * 1024 bytes is the window of the WHATWG MIME sniffing standard ("resource header").
 */
const SNIFF_BYTES = 1024;

/** Tag openings that make an untyped body HTML (WHATWG MIME sniffing, "HTML" patterns). */
const HTML_OPENINGS = ['<!doctype html', '<html', '<head', '<script', '<iframe', '<h1', '<div', '<font', '<table', '<a', '<style', '<title', '<b', '<body', '<br', '<p', '<!--', '<meta'];

/** Parse `text/html; charset="UTF-8"`; null when the header is missing or has no `type/subtype`. */
export function parseContentType(header: string | null | undefined): ContentType | null {
	if (!header) return null;
	const [rawEssence = '', ...parameters] = header.split(';');
	const essence = rawEssence.trim().toLowerCase();
	if (!/^[!#$%&'*+.^_`|~0-9a-z-]+\/[!#$%&'*+.^_`|~0-9a-z-]+$/.test(essence)) return null;
	let charset: string | null = null;
	for (const parameter of parameters) {
		const equals = parameter.indexOf('=');
		if (equals === -1) continue;
		if (parameter.slice(0, equals).trim().toLowerCase() !== 'charset') continue;
		const value = parameter.slice(equals + 1).trim().replace(/^"(.*)"$/, '$1').trim();
		if (value) charset = value;
		break;
	}
	return {essence, charset};
}

/**
 * Guess the type of a body that came without a Content-Type: `text/html` when it opens
 * with (or soon contains) an HTML tag, `application/octet-stream` when it holds bytes text
 * never does, `text/plain` otherwise.
 */
export function sniffContentType(bytes: Uint8Array): 'text/html' | 'text/plain' | 'application/octet-stream' {
	const head = bytes.subarray(0, SNIFF_BYTES);
	if (head.some(isBinaryByte)) return 'application/octet-stream';
	const text = latin1(head).replace(/^\u00ef\u00bb\u00bf/, '').trimStart().toLowerCase();
	const opensWithTag = HTML_OPENINGS.some((opening) => text.startsWith(opening) && /^[\s>]$/.test(text.charAt(opening.length) || '>'));
	// XHTML served untyped opens with `<?xml …?>` and a doctype before `<html`.
	if (opensWithTag || /<html[\s>]/.test(text)) return 'text/html';
	return 'text/plain';
}

/** Bytes that never occur in text (WHATWG MIME sniffing, "binary data byte"). */
function isBinaryByte(byte: number): boolean {
	return byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1a) || (byte >= 0x1c && byte <= 0x1f);
}

function latin1(bytes: Uint8Array): string {
	let text = '';
	for (const byte of bytes) text += String.fromCharCode(byte);
	return text;
}
