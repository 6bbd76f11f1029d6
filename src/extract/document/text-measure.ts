/**
 * Lengths of whitespace-collapsed text, counted without building the collapsed string: the
 * content scorer measures every text node of the page, and `replace(/\s+/g, ' ')` with
 * `trim()` on each was a few percent of extraction time, most of it garbage.
 */

/** Length and comma count of `data.replace(/\s+/g, ' ')` (trimmed first when `trim`); commas as `countCommas` counts them. */
export interface CollapsedText {
	length: number;
	commas: number;
	/** Nothing but whitespace (or nothing at all). */
	blank: boolean;
}

/** What `replace(/\s+/g, ' ').trim()` gives the length and commas of, for `data`. */
export function measureCollapsed(data: string, trim: boolean): CollapsedText {
	let length = 0;
	let commas = 0;
	let inSpace = false;
	let leading = true;
	for (let i = 0; i < data.length; i++) {
		const code = data.charCodeAt(i);
		if (isJsSpace(code)) {
			inSpace = true;
			continue;
		}
		if (inSpace && !(trim && leading)) length++;
		inSpace = false;
		leading = false;
		length++;
		if (code === 0x2c || code === 0xff0c || code === 0x3001) commas++;
	}
	// A trailing run stays one space untrimmed; a text of only spaces is one space too.
	if (inSpace && !trim) length++;
	return {length, commas, blank: leading};
}

/**
 * The trimmed length of non-blank `data` from its untrimmed collapsed length: a leading and a
 * trailing whitespace run are one space each, which trimming takes off. One scan gives both.
 */
export function trimmedLength(data: string, untrimmedLength: number): number {
	return untrimmedLength - (isJsSpace(data.charCodeAt(0)) ? 1 : 0) - (isJsSpace(data.charCodeAt(data.length - 1)) ? 1 : 0);
}

/** JavaScript's `\s` (and what `trim()` removes): WhiteSpace and LineTerminator. */
export function isJsSpace(code: number): boolean {
	if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	if (code < 0xa0) return false;
	return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The characters `collapseWhitespace` folds: JavaScript's `\s` plus the zero-width space. */
export function isCollapsedSpace(code: number): boolean {
	return code === 0x200b || isJsSpace(code);
}
