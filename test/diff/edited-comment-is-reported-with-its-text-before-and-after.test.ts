import {describe, expect, it} from 'vitest';
import {diffSnapshots} from '../../src/diff/index.js';
import {buildSnapshot, copyOf, siteId} from './snapshot-builder.js';

describe('an edited comment', () => {
	const before = buildSnapshot();

	it('with the site\'s own id is edited, even when rewritten completely', () => {
		const after = copyOf(before);
		const comment = after.comments.items.find((item) => item.id === siteId(4))!;
		comment.text = '[Comment removed by the author]';

		const {edited, added, removed} = diffSnapshots(before, after).comments;

		expect(edited).toHaveLength(1);
		expect(edited[0]).toMatchObject({before: {id: siteId(4), text: 'This is getting ridiculous. Politics suck, smh....'}, after: {id: siteId(4), text: '[Comment removed by the author]'}, changes: ['text']});
		expect([added, removed]).toEqual([[], []]);
	});

	it('whose derived id changed with its text is still matched by author and similar text', () => {
		const after = copyOf(before);
		const comment = after.comments.items.find((item) => item.id === siteId(2))!;
		comment.id = 'derived-9f3a';
		comment.text = comment.text.replace('Have there been any evidence', 'Has there been any evidence');

		const {edited, added, removed} = diffSnapshots(before, after).comments;

		expect(edited.map((edit) => [edit.before.id, edit.after.id])).toEqual([[siteId(2), 'derived-9f3a']]);
		expect(edited[0]?.inline?.filter((part) => part.op !== 'unchanged').map((part) => part.text.trim())).toEqual(['Have', 'Has']);
		expect([added, removed]).toEqual([[], []]);
	});

	it('is not confused with another comment by the same author', () => {
		const after = copyOf(before);
		after.comments.items = after.comments.items.filter((item) => item.id !== siteId(3));

		const {edited, removed} = diffSnapshots(before, after).comments;

		expect(edited).toEqual([]);
		expect(removed.map((comment) => comment.id)).toEqual([siteId(3)]);
	});

	it('with a derived id is still matched when an appended "EDIT:" is longer than the comment', () => {
		const after = copyOf(before);
		const comment = after.comments.items.find((item) => item.id === siteId(1))!;
		comment.id = 'derived-77c1';
		comment.text += ' EDIT: after reading the Commerce Department statement I think the ban is justified, at least for now.';

		const {edited, added, removed} = diffSnapshots(before, after).comments;

		expect(edited.map((edit) => [edit.before.id, edit.after.id])).toEqual([[siteId(1), 'derived-77c1']]);
		expect([added, removed]).toEqual([[], []]);
	});
});
