import {describe, expect, it} from 'vitest';
import {diffSnapshots, hasChanges, summarizeChange} from '../../src/diff/index.js';
import {PARAGRAPHS, buildSnapshot, copyOf, makeComment, paragraph} from './snapshot-builder.js';

describe('the one-line summary', () => {
	const before = buildSnapshot();

	it('says "first version" when there is nothing before', () => {
		expect(summarizeChange(null, before)).toBe('first version');
	});

	it('names the body, the title and the comment counts', () => {
		const after = copyOf(before);
		after.article.modifiedAt = '2019-01-12T12:00:00Z';
		after.article.title = 'Huawei research unit cut off';
		after.article.body[0] = paragraph(`${PARAGRAPHS[0]} Washington denies any political motive.`);
		after.comments.items = after.comments.items.filter((comment) => comment.number !== 6);
		for (const number of [22, 23, 24]) after.comments.items.push(makeComment({number, author: `reader${number}`, text: `Comment number ${number} on this story.`}));
		after.comments.declaredCount = 10;

		expect(summarizeChange(before, after)).toBe('body edited, title changed, +3 comments, 1 removed');
	});

	it('names a modified time that moved on its own', () => {
		const after = copyOf(before);
		after.article.modifiedAt = '2019-01-12T12:00:00Z';

		expect(summarizeChange(before, after)).toBe('modifiedAt changed');
	});

	it('leads with "stealth edit" when the modified time did not move', () => {
		const after = copyOf(before);
		after.article.body[0] = paragraph(`${PARAGRAPHS[0]} Washington denies any political motive.`);

		expect(summarizeChange(before, after)).toBe('stealth edit: body edited');
	});

	it('shows the declared count when the captured comments do not explain it', () => {
		const after = copyOf(before);
		after.comments.declaredCount = 11;

		expect(summarizeChange(before, after)).toBe('comment count 8 → 11');
	});

	it('says so when nothing visible changed, and hasChanges agrees', () => {
		const after = copyOf(before);
		after.comments.items[0]!.score = 99;

		expect(summarizeChange(before, after)).toBe('no visible change');
		expect(hasChanges(diffSnapshots(before, after))).toBe(false);
	});

	it('puts the noun on the first comment count', () => {
		const after = copyOf(before);
		after.comments.items = after.comments.items.slice(2);
		after.comments.items[0]!.text = 'Edited: I was wrong about this one.';

		expect(summarizeChange(before, after)).toBe('2 comments removed, 1 edited');
	});
});
