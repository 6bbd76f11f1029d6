import {describe, expect, it} from 'vitest';
import {diffSnapshots} from '../../src/diff/index.js';
import {buildSnapshot, copyOf, siteId} from './snapshot-builder.js';

describe('a comment moved under another parent', () => {
	const before = buildSnapshot();

	it('is reported with its old and new parent', () => {
		const after = copyOf(before);
		const reply = after.comments.items.find((comment) => comment.id === siteId(11))!;
		reply.parentId = siteId(2);

		const {moved, edited, added, removed} = diffSnapshots(before, after).comments;

		expect(moved).toEqual([
			{comment: reply, fromParentId: siteId(3), toParentId: siteId(2), fromParentAuthor: 'meanestgenius', toParentAuthor: 'RebelwithoutaClue'},
		]);
		expect([edited, added, removed]).toEqual([[], [], []]);
	});

	it('is reported when a reply becomes a top-level comment', () => {
		const after = copyOf(before);
		const reply = after.comments.items.find((comment) => comment.id === siteId(14))!;
		reply.parentId = null;
		reply.depth = 0;

		expect(diffSnapshots(before, after).comments.moved).toEqual([expect.objectContaining({fromParentId: siteId(7), toParentId: null})]);
	});

	it('is not reported for a reply whose parent was removed but which still points at it', () => {
		const after = copyOf(before);
		after.comments.items = after.comments.items.filter((comment) => comment.id !== siteId(3));

		const {moved, removed} = diffSnapshots(before, after).comments;

		expect(removed.map((comment) => comment.id)).toEqual([siteId(3)]);
		expect(moved).toEqual([]);
	});
});
