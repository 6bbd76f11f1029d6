import {describe, expect, it} from 'vitest';
import {wordCount} from '../../src/extract/document/text.js';
import {textSamples} from '../helpers/text-samples.js';

/** The definition `wordCount` keeps: matches of the word pattern, and each CJK character a word. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
const byPattern = (text: string): number => (text.match(CJK)?.length ?? 0) + (text.replace(CJK, ' ').match(WORD)?.length ?? 0);

/** Pieces of text as pages write them: words, Latin-1 letters and signs, curly quotes, dashes, marks, other scripts. */
const PIECES = [' ', '\u00a0', 'word', 'Don’t', "it's", 'e-mail', 'snake_case', '3.5', 'café', 'Straße', '²', 'µ', '×', '«', '»', '“', '”', '–', '—', '…', '\u0301', 'ł', 'Привет', '東京', 'ひらがな', '한국', '\u1100', '😀', '-', "'", '_'];

const samples = (count: number): string[] => textSamples(PIECES, {count, seed: 5, maxPieces: 8});

describe('word counts', () => {
	it('count the matches of the word pattern, each CJK character as a word', () => {
		expect(wordCount('The phone’s price, 2× last year’s — don’t wait…')).toBe(8);
		for (const text of samples(3000)) expect(wordCount(text), JSON.stringify(text)).toBe(byPattern(text));
	});

	it('treat every character of the Latin and punctuation blocks as the pattern does, inside and between words', () => {
		for (let code = 0; code < 0x2100; code++) {
			const char = String.fromCharCode(code);
			for (const text of [`a${char}b`, `${char}x`, ` ${char} `, `x ${char}${char}y`]) expect(wordCount(text), code.toString(16)).toBe(byPattern(text));
		}
	});
});
