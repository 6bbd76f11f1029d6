import {describe, expect, it} from 'vitest';
import {measureCollapsed} from '../../src/extract/document/text-measure.js';
import {textSamples} from '../helpers/text-samples.js';

/** Pieces that exercise every whitespace JavaScript's `\s` knows, the commas counted, and text. */
const PIECES = ['', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\u2028', 'a', 'word', ',', '，', '、', 'é', '😀', '.'];

const samples = (count: number): string[] => textSamples(PIECES, {count, seed: 7, maxPieces: 7});

const commasIn = (text: string): number => (text.match(/[,，、]/g) ?? []).length;

describe('measuring collapsed text without building it', () => {
	it('gives the length and commas of the trimmed collapsed string', () => {
		for (const text of samples(3000)) {
			const collapsed = text.replace(/\s+/g, ' ').trim();
			expect(measureCollapsed(text, true), JSON.stringify(text)).toEqual({length: collapsed.length, commas: commasIn(collapsed), blank: !text.trim()});
		}
	});

	it('gives the length of the untrimmed collapsed string, and whether it is blank', () => {
		for (const text of samples(3000)) {
			const collapsed = text.replace(/\s+/g, ' ');
			expect(measureCollapsed(text, false), JSON.stringify(text)).toEqual({length: collapsed.length, commas: commasIn(collapsed), blank: !collapsed.trim()});
		}
	});
});
