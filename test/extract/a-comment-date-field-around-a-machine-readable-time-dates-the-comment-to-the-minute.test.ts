import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const STORY = '<article><h1>Queue migration notes</h1><p>We moved every producer to the new queue in three weeks, one service at a time, and kept the old queue running beside it until the numbers matched.</p><p>The consumers followed in a single afternoon once both queues delivered the same messages.</p></article>';

function comment(id: string, name: string, datetime: string, text: string): string {
	return `<div class="comment" id="comment-${id}"><div class="comment-header"><a class="author" href="/${name}">${name}</a> <a class="comment-date" href="#comment-${id}"><relative-time datetime="${datetime}">Jan 15, 2026</relative-time></a></div><div class="comment-body"><p>${text}</p></div></div>`;
}

describe('a comment date field around a machine-readable time (a permalink holding <relative-time datetime>)', () => {
	it('dates the comment to the minute', () => {
		const thread = `<div id="comments">${comment('1', 'reviewer', '2026-01-15T10:45:00Z', 'Did you measure the latency during the switch itself?')}${comment('2', 'author', '2026-01-15T14:00:00Z', 'Yes: it never rose above the usual peak.')}</div>`;
		const result = extract(pageFromHtml(`<!doctype html><html lang="en"><head><title>Queue migration notes</title></head><body>${STORY}${thread}</body></html>`, 'https://eng.example/notes/queue-migration'));
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items.map((item) => item.postedAt)).toEqual(['2026-01-15T10:45:00Z', '2026-01-15T14:00:00Z']);
	});
});
