import {describe, expect, it} from 'vitest';
import {diffSnapshots, hasChanges} from '../../src/diff/index.js';
import {buildSnapshot, copyOf} from './snapshot-builder.js';

describe('values that drift between visits', () => {
	it('vote scores and author post counts never make a comment edited', () => {
		const before = buildSnapshot();
		const after = copyOf(before);
		for (const comment of after.comments.items) {
			comment.score = (comment.score ?? 0) + 17;
			comment.author.postCount = (comment.author.postCount ?? 0) + 3;
		}

		expect(hasChanges(diffSnapshots(before, after))).toBe(false);
	});

	it('a time resolved from "3 hours ago" moving with the fetch time is not an edit', () => {
		const before = buildSnapshot();
		for (const comment of before.comments.items) comment.postedAtRelative = true;
		const after = copyOf(before);
		after.source.fetchedAt = '2019-01-12T20:00:00Z';
		for (const comment of after.comments.items) comment.postedAt = '2019-01-12T17:00:00Z';

		expect(diffSnapshots(before, after).comments.edited).toEqual([]);
	});

	it('an absolute posting time that changed is reported, as a time change only', () => {
		const before = buildSnapshot();
		const after = copyOf(before);
		after.comments.items[0]!.postedAt = '2018-12-31T23:00:00Z';

		expect(diffSnapshots(before, after).comments.edited).toEqual([
			{before: before.comments.items[0], after: after.comments.items[0], changes: ['postedAt']},
		]);
	});
});
