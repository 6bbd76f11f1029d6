import {load} from 'cheerio';
import type {Element} from 'domhandler';
import {describe, expect, it} from 'vitest';
import {tokensOf} from '../../src/extract/document/dom.js';
import {textSamples} from '../helpers/text-samples.js';

/** The definition `tokensOf` keeps: the words of class and id, split at camelCase, lower-cased. */
const wordsOf = (raw: string): string[] => raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/** Pieces of class names as pages write them, and letters whose lower case is ASCII (`İ`, the Kelvin sign). */
const PIECES = ['', ' ', '-', '_', '--', 'a', 'B', 'post', 'Body', 'HTML', 'x9', '0', 'é', 'İ', '\u212a', 'Ü', '😀', '\t', 'wp-block', 'js-Article'];

const samples = (count: number): string[] => textSamples(PIECES, {count, seed: 11, maxPieces: 6});

function element(classes: string | null, id: string | null): Element {
	const $ = load('<div></div>', null, false);
	const el = $('div')[0] as Element;
	if (classes !== null) el.attribs.class = classes;
	if (id !== null) el.attribs.id = id;
	return el;
}

describe('class and id tokens', () => {
	it('are the lower-cased words of class and id, split where a lower-case letter meets an upper-case one', () => {
		expect(tokensOf(element('widgetOffers content-body', 'mainArticle2'))).toEqual(['widget', 'offers', 'content', 'body', 'main', 'article2']);
		const texts = samples(2000);
		for (let i = 0; i < texts.length; i += 2) {
			const classes = texts[i] as string;
			const id = texts[i + 1] as string;
			expect(tokensOf(element(classes, id)), JSON.stringify([classes, id])).toEqual(wordsOf(`${classes} ${id}`));
			expect(tokensOf(element(classes, null)), JSON.stringify(classes)).toEqual(wordsOf(classes));
			expect(tokensOf(element(null, id)), JSON.stringify(id)).toEqual(wordsOf(id));
		}
	});

	it('do not run a class into the id', () => {
		expect(tokensOf(element('teaser', 'Box'))).toEqual(['teaser', 'box']);
		expect(tokensOf(element('', ''))).toEqual([]);
	});
});
