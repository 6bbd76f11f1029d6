/**
 * Text normalisation for comparing versions: two texts that a reader would call the same
 * must normalise to the same string, so that a re-render, a template change or a CMS
 * "smart typography" pass is not reported as an edit.
 */

/** Characters that render as nothing: zero-width space/joiners, word joiner, BOM, soft hyphen, bidi marks. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Curly, low-9, prime and modifier-letter single quotes, which typography passes swap for `'`. */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u02BC\u2039\u203A]/g;
/** Curly, low-9, double-prime quotes and guillemets, which typography passes swap for `"`. */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB]/g;
/** Hyphens, en/em dashes, the minus sign, and `--` runs that smartypants turns into dashes. */
const DASHES = /[\u2010-\u2015\u2212]|-{2,}/g;
const WHITESPACE = /\s+/g;
const PLAIN_ASCII = /^[\x20-\x7e\t\n\r]*$/;
/** Markup often puts a space before closing punctuation (`<a>x</a> ,`); the text is the same. */
const SPACE_BEFORE_CLOSING = / (?=[,.;:!?)\]}%])/g;
const SPACE_AFTER_OPENING = /([([{]) /g;

/**
 * Normalise a text for comparison: Unicode NFKC (no-break and other odd spaces, ligatures,
 * full-width forms, `…`), invisible characters removed, quotes and dashes made plain,
 * whitespace collapsed, spacing around punctuation removed. Case and words are kept.
 *
 * @example normalizeText('“Hello” ,\u00a0world\u200b') === '"Hello", world'
 */
export function normalizeText(text: string): string {
	// Plain ASCII has nothing for NFKC or the typography rules to change (except `--`): skip them.
	if (PLAIN_ASCII.test(text)) return tidySpacing(text.replace(DASHES, '-'));
	return tidySpacing(
		text
			.normalize('NFKC')
			.replace(INVISIBLE, '')
			.replace(SINGLE_QUOTES, '\'')
			.replace(DOUBLE_QUOTES, '"')
			.replace(DASHES, '-'),
	);
}

function tidySpacing(text: string): string {
	return text.replace(WHITESPACE, ' ').replace(SPACE_BEFORE_CLOSING, '').replace(SPACE_AFTER_OPENING, '$1').trim();
}

/**
 * A normaliser that also removes every match of the ignore patterns. Patterns see the
 * normalised text, so one written with straight quotes also matches curly ones.
 */
export function createTextNormalizer(patterns: readonly RegExp[]): (text: string) => string {
	if (patterns.length === 0) return normalizeText;
	const global = patterns.map((pattern) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`));
	return (text) => {
		let result = normalizeText(text);
		for (const pattern of global) result = result.replace(pattern, ' ');
		return tidySpacing(result);
	};
}

/** A line's indentation: spaces and tabs before its first character. */
const INDENTATION = /^[ \t]*/;
const BLANK_LINES_AT_ENDS = /^\n+|\n+$/g;

/**
 * Normalise a code block's text line by line with `normalize`, each line keeping its
 * indentation: a listing's lines and indentation are its meaning (a line moved into a block,
 * Python's scopes), so they are compared as printed, while a line's own words get the
 * same tolerance as prose (typography passes, ignore patterns, spacing within the line).
 */
export function normalizeLines(text: string, normalize: (text: string) => string): string {
	return text
		.split('\n')
		.map((line) => {
			const words = normalize(line);
			return words ? `${INDENTATION.exec(line)?.[0] ?? ''}${words}` : '';
		})
		.join('\n')
		.replace(BLANK_LINES_AT_ENDS, '');
}
