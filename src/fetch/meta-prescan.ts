/**
 * The WHATWG "prescan a byte stream to determine its encoding" algorithm: find the charset a
 * page declares in `<meta charset>` or `<meta http-equiv="content-type" content="…; charset=…">`
 * without parsing the page (https://html.spec.whatwg.org/#prescan-a-byte-stream-to-determine-its-encoding).
 * Pure; returns the raw label, which the caller maps to an encoding.
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

interface Attribute {
	name: string;
	value: string;
	/** Index just after the attribute. */
	end: number;
}

/** Labels found in the first `bytes`; `resolve` turns a label into an encoding name or null when unknown. */
export function prescanMetaCharset(bytes: Uint8Array, resolve: (label: string) => string | null): string | null {
	let position = 0;
	while (position < bytes.length) {
		if (startsWith(bytes, position, '<!--')) {
			const close = indexOf(bytes, '-->', position + 2);
			if (close === -1) return null;
			position = close + 3;
			continue;
		}
		if (startsWithIgnoreCase(bytes, position, '<meta') && isSpaceOrSlash(bytes[position + 5])) {
			const found = readMeta(bytes, position + 6, resolve);
			if (found.charset) return found.charset;
			position = found.end;
			continue;
		}
		if (bytes[position] === LT && (isAsciiLetter(bytes[position + 1]) || (bytes[position + 1] === SLASH && isAsciiLetter(bytes[position + 2])))) {
			position = skipTag(bytes, position);
			continue;
		}
		if (bytes[position] === LT && (bytes[position + 1] === 0x21 || bytes[position + 1] === SLASH || bytes[position + 1] === 0x3f)) {
			const close = bytes.indexOf(GT, position + 2);
			if (close === -1) return null;
			position = close + 1;
			continue;
		}
		position += 1;
	}
	return null;
}

/** The attributes of one `<meta …>`: charset, or http-equiv=content-type with a charset in content. */
function readMeta(bytes: Uint8Array, start: number, resolve: (label: string) => string | null): {charset: string | null; end: number} {
	const seen = new Set<string>();
	let gotPragma = false;
	let needPragma: boolean | null = null;
	let charset: string | null = null;
	let position = start;
	for (;;) {
		const attribute = readAttribute(bytes, position);
		if (!attribute) break;
		position = attribute.end;
		if (seen.has(attribute.name)) continue;
		seen.add(attribute.name);
		if (attribute.name === 'http-equiv') {
			if (attribute.value === 'content-type') gotPragma = true;
		} else if (attribute.name === 'content') {
			const label = charsetFromContent(attribute.value);
			if (charset === null && label !== null) {
				charset = resolve(label);
				needPragma = true;
			}
		} else if (attribute.name === 'charset') {
			charset = resolve(attribute.value);
			needPragma = false;
		}
	}
	if (needPragma === null || (needPragma && !gotPragma) || charset === null) return {charset: null, end: position + 1};
	// A page that says it is UTF-16 in ASCII bytes cannot be UTF-16 (spec step "processing").
	if (charset === 'utf-16le' || charset === 'utf-16be') return {charset: 'utf-8', end: position};
	return {charset, end: position};
}

/** Skip an ordinary tag and its attributes (so a `<meta` inside an attribute value is not read). */
function skipTag(bytes: Uint8Array, start: number): number {
	let position = start + 1;
	while (position < bytes.length && !isSpace(bytes[position]) && bytes[position] !== GT) position += 1;
	for (;;) {
		const attribute = readAttribute(bytes, position);
		if (!attribute) return position + 1;
		position = attribute.end;
	}
}

/** The spec's "get an attribute": names and values lower-cased, quotes honoured. Null at `>` or the end of the bytes. */
function readAttribute(bytes: Uint8Array, start: number): Attribute | null {
	let position = start;
	while (position < bytes.length && (isSpace(bytes[position]) || bytes[position] === SLASH)) position += 1;
	if (position >= bytes.length || bytes[position] === GT) return null;
	let name = '';
	for (;;) {
		const byte = bytes[position];
		if (byte === undefined) return null;
		if (byte === EQUALS && name !== '') {
			position += 1;
			break;
		}
		if (isSpace(byte)) {
			while (isSpace(bytes[position])) position += 1;
			if (bytes[position] !== EQUALS) return {name, value: '', end: position};
			position += 1;
			break;
		}
		if (byte === SLASH || byte === GT) return {name, value: '', end: position};
		name += lowerChar(byte);
		position += 1;
	}
	while (isSpace(bytes[position])) position += 1;
	const first = bytes[position];
	if (first === undefined) return null;
	let value = '';
	if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
		position += 1;
		for (;;) {
			const byte = bytes[position];
			if (byte === undefined) return null;
			position += 1;
			if (byte === first) return {name, value, end: position};
			value += lowerChar(byte);
		}
	}
	if (first === GT) return {name, value: '', end: position};
	for (;;) {
		const byte = bytes[position];
		if (byte === undefined) return null;
		if (isSpace(byte) || byte === GT) return {name, value, end: position};
		value += lowerChar(byte);
		position += 1;
	}
}

/** The spec's "extract a character encoding from a meta element", on an already lower-cased value. */
export function charsetFromContent(content: string): string | null {
	let from = 0;
	for (;;) {
		const at = content.indexOf('charset', from);
		if (at === -1) return null;
		let position = at + 'charset'.length;
		while (/\s/.test(content.charAt(position))) position += 1;
		if (content.charAt(position) !== '=') {
			from = at + 'charset'.length;
			continue;
		}
		position += 1;
		while (/\s/.test(content.charAt(position))) position += 1;
		const quote = content.charAt(position);
		if (quote === '"' || quote === "'") {
			const close = content.indexOf(quote, position + 1);
			return close === -1 ? null : content.slice(position + 1, close);
		}
		const rest = content.slice(position);
		const label = rest.split(/[\s;]/, 1)[0] ?? '';
		return label === '' ? null : label;
	}
}

function isSpace(byte: number | undefined): boolean {
	return byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === 0x20;
}

function isSpaceOrSlash(byte: number | undefined): boolean {
	return isSpace(byte) || byte === SLASH;
}

function isAsciiLetter(byte: number | undefined): boolean {
	return byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));
}

function lowerChar(byte: number): string {
	return String.fromCharCode(byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte);
}

function startsWith(bytes: Uint8Array, position: number, ascii: string): boolean {
	for (let i = 0; i < ascii.length; i += 1) if (bytes[position + i] !== ascii.charCodeAt(i)) return false;
	return true;
}

function startsWithIgnoreCase(bytes: Uint8Array, position: number, ascii: string): boolean {
	for (let i = 0; i < ascii.length; i += 1) {
		const byte = bytes[position + i];
		if (byte === undefined || lowerChar(byte) !== ascii.charAt(i)) return false;
	}
	return true;
}

function indexOf(bytes: Uint8Array, ascii: string, from: number): number {
	for (let position = from; position + ascii.length <= bytes.length; position += 1) if (startsWith(bytes, position, ascii)) return position;
	return -1;
}
