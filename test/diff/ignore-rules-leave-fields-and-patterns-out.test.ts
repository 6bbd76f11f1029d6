import {describe, expect, it} from 'vitest';
import {diffSnapshots, hasChanges} from '../../src/diff/index.js';
import {NewsvaultError} from '../../src/errors.js';
import {buildSnapshot, copyOf, paragraph} from './snapshot-builder.js';

describe('ignore rules', () => {
	const before = buildSnapshot();

	it('leave named fields out of the report', () => {
		const after = copyOf(before);
		after.article.tags = ['Huawei'];
		after.article.modifiedAt = '2019-01-14T00:00:00Z';
		after.article.title = 'A new title';

		const report = diffSnapshots(before, after, {ignore: {fields: ['tags', 'modifiedAt']}});

		expect(report.article.fields.map((change) => change.field)).toEqual(['title']);
		expect(report.ignored).toEqual(['modifiedAt', 'tags']);
	});

	it('remove text matching a pattern before comparing, in the body and in comments', () => {
		const withCounter = copyOf(before);
		withCounter.article.body.push(paragraph('1,204 views'));
		withCounter.comments.items[0]!.text += ' (edited 2 hours ago)';
		const later = copyOf(before);
		later.article.body.push(paragraph('3,877 views'));
		later.comments.items[0]!.text += ' (edited 5 hours ago)';

		const patterns = [/[\d,]+ views/, /\(edited \d+ hours? ago\)/];

		expect(hasChanges(diffSnapshots(withCounter, later))).toBe(true);
		expect(hasChanges(diffSnapshots(withCounter, later, {ignore: {patterns}}))).toBe(false);
	});

	it('still report changes outside the ignored text', () => {
		const after = copyOf(before);
		after.article.body[0]!.text = `${after.article.body[0]!.text} 12 views`;
		after.article.body[3]!.text = 'A different ending entirely, about Samsung foldables.';

		const report = diffSnapshots(before, after, {ignore: {patterns: [/\d+ views/]}});

		expect(report.article.body.map((change) => [change.op, change.beforeIndex, change.afterIndex])).toEqual([
			['removed', 3, null],
			['added', null, 3],
		]);
	});

	it('ignore a whole comment thread', () => {
		const after = copyOf(before);
		after.comments.items = [];
		after.comments.declaredCount = 0;

		const report = diffSnapshots(before, after, {ignore: {fields: ['comments']}});

		expect(report.comments.removed).toEqual([]);
		expect(hasChanges(report)).toBe(false);
	});

	it('reject an unknown field name with a usage error quoting it', () => {
		const call = () => diffSnapshots(before, before, {ignore: {fields: ['titel']}});
		expect(call).toThrow(NewsvaultError);
		expect(call).toThrow(/unknown ignore field "titel"/);
	});

	it('reject a pattern that matches empty text', () => {
		expect(() => diffSnapshots(before, before, {ignore: {patterns: [/x*/]}})).toThrow(/matches empty text/);
	});
});
