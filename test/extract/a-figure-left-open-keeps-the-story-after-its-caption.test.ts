import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Block} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const P1 = '<p>Sampling many answers in parallel and voting is the simplest way to spend more compute at test time, and it needs no change to the model at all.</p>';
const P2 = '<p>Revising one answer step by step asks more of the model: it must notice its own mistakes, which models rarely do without feedback from outside.</p>';
const P3 = '<p>Both can be combined: easy questions gain most from revision, hard ones from a mix of revision and sampling, as later experiments showed.</p>';

function body(content: string): Block[] {
	const html = `<!doctype html><html lang="en"><head><title>Thinking time</title></head><body><article><h1>Thinking time</h1>${P1}${content}</article></body></html>`;
	const result = extract(pageFromHtml(html, 'https://blog.example/posts/thinking-time/'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.body;
}

describe('a figure left open (<figure> typed for </figure>)', () => {
	it('keeps the story after its caption, in order', () => {
		const blocks = body(`<figure><img src="vote.png"><figcaption>Voting over sampled answers.</figcaption><figure>${P2}<h2 id="revision">Revision</h2>${P3}<figure><img src="revise.png"><figcaption>Revising an answer.</figcaption></figure></figure></figure>`);
		expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'image', 'paragraph', 'heading', 'paragraph', 'image']);
		expect(blocks[1]).toMatchObject({type: 'image', text: 'Voting over sampled answers.'});
		expect(blocks[3]?.text).toBe('Revision');
		expect(blocks[5]).toMatchObject({type: 'image', text: 'Revising an answer.'});
	});

	it('leaves a closed figure one picture', () => {
		const blocks = body(`<figure><img src="vote.png"><figcaption>Voting over sampled answers.</figcaption></figure>${P2}`);
		expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'image', 'paragraph']);
	});
});
