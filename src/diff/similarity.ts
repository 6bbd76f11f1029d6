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

/**
 * Below this many words, a text found at the start or end of another is coincidence
 * ("lol", "+1", "This."), not evidence that one was extended into the other.
 */
const MIN_EXTENDED_WORDS = 3;

/**
 * True when one normalised text is the other with words added only before or after it: a
 * comment with a long "EDIT: …" appended, a paragraph with an "Update:" lead. Word overlap
 * alone misses these when the addition is longer than the original.
 */
export function isExtension(a: string, aWords: readonly string[], b: string, bWords: readonly string[]): boolean {
	const [short, shortWords, long] = a.length <= b.length ? [a, aWords, b] : [b, bWords, a];
	return shortWords.length >= MIN_EXTENDED_WORDS && short !== long && (long.startsWith(short) || long.endsWith(short));
}

/**
 * How alike two texts are for pairing an old version with a new one: the word similarity
 * when it reaches `threshold`, exactly `threshold` for an extension (so real rewrites with
 * more overlap are preferred), otherwise -1 (not the same text).
 */
export function editScore(a: {text: string; words: readonly string[]}, b: {text: string; words: readonly string[]}, threshold: number): number {
	const score = wordSimilarity(a.words, b.words);
	if (score >= threshold) return score;
	return isExtension(a.text, a.words, b.text, b.words) ? threshold : -1;
}
