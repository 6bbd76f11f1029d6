import {describe, expect, it} from 'vitest';
import {diffSnapshots} from '../../src/diff/index.js';
import {buildSnapshot, copyOf, makeComment, siteId} from './snapshot-builder.js';

describe('a new reply', () => {
	const before = buildSnapshot();
	const after = copyOf(before);
	const reply = makeComment({number: 22, author: 'mootu', text: 'Huawei spent $14 billion in 2017 on R&D.', parent: 2});
	// The site shows a reply under its parent, so it lands mid-thread, not at the end.
	after.comments.items.splice(2, 0, reply);
	after.comments.declaredCount = 9;

	const report = diffSnapshots(before, after);

	it('is added, with the id of the comment it answers', () => {
		expect(report.comments.added).toEqual([reply]);
		expect(report.comments.added[0]?.parentId).toBe(siteId(2));
	});

	it('does not disturb the comments around it', () => {
		expect(report.comments.removed).toEqual([]);
		expect(report.comments.edited).toEqual([]);
		expect(report.comments.moved).toEqual([]);
		expect(report.comments.declaredCount).toEqual({before: 8, after: 9});
	});
});
