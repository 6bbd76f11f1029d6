import {describe, expect, it} from 'vitest';
import {diffSnapshots} from '../../src/diff/index.js';
import {PARAGRAPHS, buildSnapshot, copyOf, paragraph} from './snapshot-builder.js';

describe('stealth edits', () => {
	const before = buildSnapshot();
	const edited = () => {
		const after = copyOf(before);
		after.article.body[2] = paragraph(PARAGRAPHS[2]!.replace('national security concerns', 'unspecified concerns'));
		return after;
	};

	it('flags a body edit that left modifiedAt as it was', () => {
		expect(diffSnapshots(before, edited()).stealthEdit).toBe(true);
	});

	it('flags a title change that left modifiedAt as it was', () => {
		const after = copyOf(before);
		after.article.title = 'Huawei research blocked';
		expect(diffSnapshots(before, after).stealthEdit).toBe(true);
	});

	it('does not flag an honest edit that bumped modifiedAt', () => {
		const after = edited();
		after.article.modifiedAt = '2019-01-12T15:00:00Z';

		const report = diffSnapshots(before, after);

		expect(report.stealthEdit).toBe(false);
		expect(report.article.body).toHaveLength(1);
	});

	it('does not flag comment activity alone', () => {
		const after = copyOf(before);
		after.comments.items.pop();
		expect(diffSnapshots(before, after).stealthEdit).toBe(false);
	});
});
