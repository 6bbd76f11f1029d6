import fc from 'fast-check';
import {Parser, Tokenizer} from 'htmlparser2';
import type {Handler, ParserOptions} from 'htmlparser2';
import {describe, expect, it} from 'vitest';
import {parserTokenizer} from '../../src/extract/document/fast-tokenizer.js';

/**
 * Everything htmlparser2's parser reports, with the source positions it reports it at: two
 * tokenizers that give the same list give the same tree.
 */
function events(chunks: readonly string[], options: ParserOptions): string[] {
	const seen: string[] = [];
	let parser: Parser | null = null;
	const at = (what: string, ...args: unknown[]): void => void seen.push(`${parser?.startIndex}-${parser?.endIndex} ${what} ${JSON.stringify(args)}`);
	const handler: Partial<Handler> = {
		onparserinit: (p) => void (parser = p),
		onopentagname: (name) => at('opentagname', name),
		onattribute: (name, value, quote) => at('attribute', name, value, quote),
		onopentag: (name, attribs, implied) => at('opentag', name, Object.entries(attribs), implied),
		onclosetag: (name, implied) => at('closetag', name, implied),
		ontext: (data) => at('text', data),
		oncomment: (data) => at('comment', data),
		oncommentend: () => at('commentend'),
		oncdatastart: () => at('cdatastart'),
		oncdataend: () => at('cdataend'),
		onprocessinginstruction: (name, data) => at('pi', name, data),
		onend: () => at('end'),
	};
	const parse = new Parser(handler, options);
	for (const chunk of chunks) parse.write(chunk);
	parse.end();
	return seen;
}

/** Markup pages are made of, broken markup included: entities, every way to quote an attribute, raw-text elements, comments, CDATA. */
const PIECES = [
	'<p>', '</p>', '<div class="a b" id=main data-x=\'1\' hidden>', '</div>', '<a href="/x?a=1&amp;b=2&c=3&notin;&#x41;&#65;&">', '</a >', '</a foo="bar">',
	'<img src=/i.png alt="x &lt; y"/>', '<br/>', '</br>', '<input value=a&amp;b disabled>', '<svg><path d="M0 0"/><title>t &amp; u</title></svg>',
	'<script>if (a < b && c) document.write("</scr" + "ipt>");</script>', '<script type="application/ld+json">{"a":"</p>"}</script >', '</script',
	'<style>p > a { content: "&amp;" }</style>', '<textarea>a &amp; <b>b</b></textarea>', '<title>A &amp; B &lt;x&gt;</title>', '<xmp><p></xmp>',
	'<!-- a comment -->', '<!---->', '<!-->', '<!--->', '<!-- a -- b --->', '<![CDATA[ x < y ]]>', '<![CDATA[', ']]>', '<!doctype html>', '<?xml version="1.0"?>',
	'</ >', '</3>', '< p>', '<p', '<a href="unclosed', "<a title='single &quot; quoted'>", '&amp;', '&AMP', '&#0;', '&#xFFFFFF;', '&lt', '&ampfoo', '&;', '&', '&#',
	'Plain words, commas; and “quotes” — 中文. ', '\n', '\t', ' ', '<', '>', '"', "'", '=', '/', '!', '-', '?', '[', ']',
	`<p>${'one long line without a break '.repeat(300)}</p>`, `<div data-state="${'{&quot;k&quot;:1},'.repeat(200)}">`,
];

/** A page and where its download was cut into chunks (the parser is written to chunk by chunk). */
const chunkedMarkup = fc
	.tuple(fc.array(fc.oneof({weight: 4, arbitrary: fc.constantFrom(...PIECES)}, {weight: 1, arbitrary: fc.string({maxLength: 12})}), {maxLength: 40}), fc.array(fc.nat(), {maxLength: 6}))
	.map(([pieces, cuts]) => {
		const html = pieces.join('');
		const positions = [...new Set(cuts.map((cut) => cut % (html.length + 1)))].sort((a, b) => a - b);
		return [0, ...positions].map((start, i) => html.slice(start, positions[i] ?? html.length));
	});

const parserOptions = fc.record({xmlMode: fc.boolean(), decodeEntities: fc.boolean(), recognizeCDATA: fc.boolean()});

describe('the fast tokenizer', () => {
	it('is used: the htmlparser2 it was written for has the internals it builds on', () => {
		expect(parserTokenizer).not.toBe(Tokenizer);
	});

	it('gives the same tokens at the same positions as the stock tokenizer, whatever the markup and its chunks', () => {
		fc.assert(
			fc.property(chunkedMarkup, parserOptions, (chunks, options) => {
				expect(events(chunks, {...options, Tokenizer: parserTokenizer})).toEqual(events(chunks, options));
			}),
			{numRuns: 500, seed: 20261207},
		);
	});

	it('gives the same tokens when a page arrives as the same chunk again and again', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...PIECES), {minLength: 1, maxLength: 4}), fc.integer({min: 2, max: 4}), parserOptions, (pieces, times, options) => {
				const chunks: string[] = Array(times).fill(pieces.join(''));
				expect(events(chunks, {...options, Tokenizer: parserTokenizer})).toEqual(events(chunks, options));
			}),
			{numRuns: 300, seed: 3},
		);
	});

	it('gives the same tokens on markup mangled character by character', () => {
		const mangled = fc.string({unit: fc.constantFrom('<', '>', '&', '"', "'", '=', '/', '!', '-', '?', '[', ']', ';', '#', 'a', 'p', 's', 'x', ' ', '\n'), maxLength: 200});
		fc.assert(
			fc.property(mangled, fc.nat(), parserOptions, (html, cut, options) => {
				const chunks = [html.slice(0, cut % (html.length + 1)), html.slice(cut % (html.length + 1))];
				expect(events(chunks, {...options, Tokenizer: parserTokenizer})).toEqual(events(chunks, options));
			}),
			{numRuns: 500, seed: 7},
		);
	});
});
