/**
 * Word-level similarity, used to decide whether a removed and an added text are one text
 * edited (a paragraph rewritten in place, a comment corrected) or two different texts.
 */

/**
 * A word: a run of letters, marks and digits; in scripts written without spaces
 * (Han, kana, Thai) each character counts as a word so those texts still compare.
 */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[\p{L}\p{M}\p{N}]+/gu;

/** The words of an already normalised text, lower-cased. */
export function wordsOf(text: string): string[] {
	return text.toLowerCase().match(WORD) ?? [];
}

/**
 * Dice coefficient over the two word multisets: 2·|shared words| / (|a| + |b|), from 0
 * (no word in common) to 1 (same words, any order). Two empty texts are identical.
 */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
	if (a.length === 0 && b.length === 0) return 1;
	if (a.length === 0 || b.length === 0) return 0;
	const counts = new Map<string, number>();
	for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
	let shared = 0;
	for (const word of b) {
		const left = counts.get(word) ?? 0;
		if (left > 0) {
			shared++;
			counts.set(word, left - 1);
		}
	}
	return (2 * shared) / (a.length + b.length);
}
