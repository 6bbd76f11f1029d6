import {describe, expect, it} from 'vitest';
import {collapseWhitespace} from '../../src/extract/document/text.js';

/** The definition `collapseWhitespace` keeps. */
const byPattern = (text: string): string => text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();

/** Every whitespace JavaScript's `\s` knows, the zero-width space, single spaces, and text. */
const PIECES = ['', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u000b', '\u000c', '\u00a0', '\u1680', '\u2003', '\u200a', '\u200b', '\u200c', '\u2028', '\u202f', '\u205f', '\u3000', '\ufeff', 'a', 'word', 'é', '😀', '.', ' x '];

/** Deterministic pseudo-random strings from the pieces (a seeded linear congruential generator). */
function samples(count: number): string[] {
	let seed = 3;
	const next = (): number => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed;
	};
	const texts: string[] = [];
	for (let i = 0; i < count; i++) {
		let text = '';
		const pieces = next() % 10;
		for (let j = 0; j < pieces; j++) text += PIECES[next() % PIECES.length];
		texts.push(text);
	}
	return texts;
}

describe('collapsing whitespace', () => {
	it('turns every run of whitespace into one space and trims, as the whitespace pattern does', () => {
		expect(collapseWhitespace('  The\u00a0phone,\n\t its  price\u200b ')).toBe('The phone, its price');
		expect(collapseWhitespace('already single spaced')).toBe('already single spaced');
		for (const text of samples(5000)) expect(collapseWhitespace(text), JSON.stringify(text)).toBe(byPattern(text));
	});
});
