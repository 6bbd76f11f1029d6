import {describe, expect, it} from 'vitest';
import {diffSnapshots} from '../../src/diff/index.js';
import {buildSnapshot, byNumber, copyOf} from './snapshot-builder.js';

describe('a comment hidden by moderators', () => {
	const before = buildSnapshot();
	const after = copyOf(before);
	after.comments.items = after.comments.items.filter((comment) => comment.number !== 6);
	after.comments.declaredCount = 7;
	after.comments.notices = ['Some comments have been hidden, because they don\'t meet the discussions rules.'];
	after.comments.gaps = [6];

	const report = diffSnapshots(before, after);

	it('is reported as removed, in full', () => {
		expect(report.comments.removed).toEqual([byNumber(before, 6)]);
		expect(report.comments.removed[0]?.author.name).toBe('hilih');
	});

	it('shows the count the page declares before and after', () => {
		expect(report.comments.declaredCount).toEqual({before: 8, after: 7});
	});

	it('shows the moderation notice that appeared', () => {
		expect(report.comments.notices).toEqual({added: [after.comments.notices[0]], removed: []});
	});

	it('changes nothing else', () => {
		expect(report.comments.added).toEqual([]);
		expect(report.comments.edited).toEqual([]);
		expect(report.comments.moved).toEqual([]);
		expect(report.article).toEqual({fields: [], body: []});
	});
});
