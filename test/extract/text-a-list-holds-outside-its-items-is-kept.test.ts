import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Block} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const PARAGRAPHS = `<p>The body of this test article has to be long enough to be an article, so it talks at some length about phones, batteries and screens, and how each of them changed over the past ten years.</p>
<p>A second paragraph adds more words: chargers got faster, cameras multiplied, and the headphone jack quietly disappeared from most flagship models, which readers still complain about every year.</p>`;

function bodyOf(inner: string): Block[] {
	const result = extract(pageFromHtml(`<!doctype html><html lang="en"><head><title>Lists</title></head><body><article>${PARAGRAPHS}${inner}</article></body></html>`, 'https://news.example/lists'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.body;
}

describe('text a list holds outside its items', () => {
	it('keeps a sub-list written straight inside its list, in order', () => {
		const body = bodyOf('<ol><li>Pick a pivot at random.</li><li>Find candidate places:</li><ol><li>First the other half of the device.</li><li>Then anywhere routable.</li></ol><li>Move the pivot.</li></ol>');
		const list = body.find((block) => block.type === 'list');
		expect(list?.text.split('\n')).toEqual(['Pick a pivot at random.', 'Find candidate places:', 'First the other half of the device.', 'Then anywhere routable.', 'Move the pivot.']);
	});

	it('reads a bare <ul> used to indent a paragraph as that paragraph', () => {
		const body = bodyOf('<ul> (Really my eventual goal is to <i>create</i> video, but I figured I would start small.) </ul>');
		expect(body.at(-1)).toMatchObject({type: 'paragraph', text: '(Really my eventual goal is to create video, but I figured I would start small.)'});
	});

	it('keeps text between items as an item of its own', () => {
		const body = bodyOf('<ul><li>Battery</li>and also <b>the screen</b><li>Camera</li></ul>');
		expect(body.find((block) => block.type === 'list')?.text.split('\n')).toEqual(['Battery', 'and also the screen', 'Camera']);
	});

	it('reads a description list whose terms are grouped in <div>s as a list, one item per group', () => {
		const body = bodyOf('<dl><div><dt>Price</dt><dd>$799</dd></div><div><dt>Battery</dt><dd>5000 mAh</dd></div></dl>');
		expect(body.find((block) => block.type === 'list')?.text.split('\n')).toEqual(['Price $799', 'Battery 5000 mAh']);
	});

	it('still leaves furniture inside a list out', () => {
		const body = bodyOf('<ul><li>Battery</li><li class="ad-slot">Buy now at a discount</li><li>Camera</li></ul>');
		expect(body.find((block) => block.type === 'list')?.text).toBe('Battery\nCamera');
	});
});
