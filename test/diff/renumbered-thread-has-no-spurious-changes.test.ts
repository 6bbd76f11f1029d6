import {describe, expect, it} from 'vitest';
import {diffSnapshots, hasChanges} from '../../src/diff/index.js';
import type {Comment} from '../../src/snapshot/schema.js';
import {buildSnapshot, makeComment, threadComments} from './snapshot-builder.js';

/**
 * Without ids in the markup the extractor derives them from the position; when a comment
 * disappears above, every later comment gets a new number and a new id.
 */
function renumbered(items: Comment[]): Comment[] {
	const newId = new Map(items.map((comment, index) => [comment.id, `pos-${index + 1}`]));
	return items.map((comment, index) => ({
		...comment,
		id: `pos-${index + 1}`,
		number: index + 1,
		parentId: comment.parentId === null ? null : (newId.get(comment.parentId) ?? null),
	}));
}

describe('a thread whose derived ids and numbers shift', () => {
	const before = buildSnapshot({comments: {items: renumbered(threadComments())}});

	it('reports only the comment that went away', () => {
		const after = buildSnapshot({comments: {items: renumbered(threadComments().filter((comment) => comment.author.name !== 'RebelwithoutaClue'))}});

		const report = diffSnapshots(before, after);

		expect(report.comments.removed.map((comment) => comment.author.name)).toEqual(['RebelwithoutaClue']);
		expect(report.comments.added).toEqual([]);
		expect(report.comments.edited).toEqual([]);
		expect(report.comments.moved).toEqual([]);
	});

	it('has no changes at all when only the numbers shift', () => {
		const shifted = renumbered(threadComments()).map((comment) => ({...comment, id: `x-${comment.id}`, parentId: comment.parentId && `x-${comment.parentId}`, number: (comment.number ?? 0) + 10}));
		const after = buildSnapshot({comments: {items: shifted}});

		expect(hasChanges(diffSnapshots(before, after))).toBe(false);
	});

	it('still recognises a comment edited in the same visit as edited, not removed and added', () => {
		const items = threadComments().filter((comment) => comment.author.name !== 'Agniputra');
		const jacky = items.find((comment) => comment.author.name === 'jacky899')!;
		jacky.text = `${jacky.text} Edward Snowden leaked the documents in 2013.`;
		const after = buildSnapshot({comments: {items: renumbered(items)}});

		const report = diffSnapshots(before, after);

		expect(report.comments.removed.map((comment) => comment.author.name)).toEqual(['Agniputra']);
		expect(report.comments.added).toEqual([]);
		expect(report.comments.edited).toHaveLength(1);
		expect(report.comments.edited[0]).toMatchObject({before: {author: {name: 'jacky899'}}, after: {author: {name: 'jacky899'}}, changes: ['text']});
		expect(report.comments.edited[0]?.inline?.filter((part) => part.op === 'added').map((part) => part.text.trim())).toEqual(['Edward Snowden leaked the documents in 2013.']);
		expect(report.comments.moved).toEqual([]);
	});

	it('does not pair two comments by one author whose shifted ids now coincide', () => {
		const thread = [
			makeComment({number: 1, author: 'Agniputra', text: 'Huawei deserves this...'}),
			makeComment({number: 2, author: 'mootu', text: 'Huawei spent $14 billion in 2017 on research and development.'}),
			makeComment({number: 3, author: 'mootu', text: 'Seeing as you mention Cisco, how about the backdoors found in 2018?'}),
			makeComment({number: 4, author: 'jacky899', text: 'That is a really huge budget.'}),
		];
		const older = buildSnapshot({comments: {items: renumbered(thread)}});
		const newer = buildSnapshot({comments: {items: renumbered(thread.slice(1))}});

		const report = diffSnapshots(older, newer);

		expect(report.comments.removed.map((comment) => comment.author.name)).toEqual(['Agniputra']);
		expect(report.comments.edited).toEqual([]);
		expect(report.comments.added).toEqual([]);
	});
});
