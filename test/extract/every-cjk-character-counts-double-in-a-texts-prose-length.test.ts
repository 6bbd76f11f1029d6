import {describe, expect, it} from 'vitest';
import {proseLength} from '../../src/extract/document/text.js';

/**
 * A Han, kana or Hangul character says about as much as two alphabetic ones, so every one of
 * them counts double in a text's prose length, wherever Unicode places it (CJK radicals, the
 * ideographic iteration mark, half-width katakana, the extensions beyond the BMP).
 */

const CJK_CHARACTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
const LAST_CODE_POINT = 0x10ffff;

describe('a text’s prose length', () => {
	it('counts every CJK character double, and every other character once', () => {
		const miscounted: string[] = [];
		for (let code = 0; code <= LAST_CODE_POINT; code++) {
			if (code >= 0xd800 && code <= 0xdfff) continue;
			const text = `a${String.fromCodePoint(code)}`;
			const expected = text.length + (CJK_CHARACTER.test(text.slice(1)) ? 1 : 0);
			if (proseLength(text) !== expected) miscounted.push(code.toString(16));
		}
		expect(miscounted).toEqual([]);
	});
});
