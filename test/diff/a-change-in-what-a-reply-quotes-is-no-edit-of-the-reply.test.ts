import {describe, expect, it} from 'vitest';
import {diffSnapshots} from '../../src/diff/index.js';
import {buildSnapshot, copyOf, siteId} from './snapshot-builder.js';

/**
 * A comment's quotes are another post's words: a board shortens or re-renders a quote without
 * the replier touching their reply, and an edit of the quoted words shows on the quoted post.
 * So the diff compares a comment's own text; and an older snapshot that still held the quoted
 * words in `text` (read before quotes were read apart) is no edit of the same words split in two.
 */

describe('what a reply quotes', () => {
	const before = buildSnapshot();
	const reply = before.comments.items.find((item) => item.id === siteId(2))!;
	reply.quotes = [{author: 'Agniputra', text: 'Huawei deserves this...'}];

	it('changing alone is no edit of the reply', () => {
		const after = copyOf(before);
		after.comments.items.find((item) => item.id === siteId(2))!.quotes = [{author: 'Agniputra', text: 'Huawei deserves this'}];
		expect(diffSnapshots(before, after).comments.edited).toEqual([]);
	});

	it('read apart from words an older snapshot held in the text is no edit', () => {
		const older = copyOf(before);
		const old = older.comments.items.find((item) => item.id === siteId(2))!;
		old.text = `Huawei deserves this... ${old.text}`;
		delete old.quotes;
		expect(diffSnapshots(older, before).comments.edited).toEqual([]);
	});

	it('does not hide an edit of the reply\'s own words', () => {
		const after = copyOf(before);
		after.comments.items.find((item) => item.id === siteId(2))!.text = 'Why? Show me the evidence.';
		expect(diffSnapshots(before, after).comments.edited.map((edit) => [edit.after.id, edit.changes])).toEqual([[siteId(2), ['text']]]);
	});
});
