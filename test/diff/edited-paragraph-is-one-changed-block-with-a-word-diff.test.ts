import {describe, expect, it} from 'vitest';
import {diffSnapshots} from '../../src/diff/index.js';
import {PARAGRAPHS, buildSnapshot, copyOf, paragraph} from './snapshot-builder.js';

describe('an edited paragraph', () => {
	const before = buildSnapshot();

	it('is one changed block, with the words that changed marked', () => {
		const after = copyOf(before);
		after.article.body[1] = paragraph(PARAGRAPHS[1]!.replace('around 700 engineers', 'about 800 engineers'));

		const {article} = diffSnapshots(before, after);

		expect(article.body).toHaveLength(1);
		const [change] = article.body;
		expect(change).toMatchObject({op: 'changed', beforeIndex: 1, afterIndex: 1});
		expect(change?.before?.text).toContain('around 700');
		expect(change?.after?.text).toContain('about 800');
		const removed = change?.inline?.filter((part) => part.op === 'removed').map((part) => part.text.trim());
		const added = change?.inline?.filter((part) => part.op === 'added').map((part) => part.text.trim());
		expect(removed).toEqual(['around 700']);
		expect(added).toEqual(['about 800']);
		expect(change?.inline?.some((part) => part.op === 'unchanged' && part.text.includes('Futurewei Technologies'))).toBe(true);
	});

	it('keeps the other paragraphs out of the report when one is inserted before them', () => {
		const after = copyOf(before);
		after.article.body.splice(1, 0, paragraph('Update: Futurewei has since said it will appeal the decision.'));

		const {article} = diffSnapshots(before, after);

		expect(article.body).toEqual([expect.objectContaining({op: 'added', beforeIndex: null, afterIndex: 1})]);
		expect(article.body[0]?.after?.text).toMatch(/^Update:/);
	});

	it('is a removal plus an addition when the new text has nothing in common with the old', () => {
		const after = copyOf(before);
		after.article.body[3] = paragraph('Meanwhile Samsung announced a foldable with a crease-free screen.');

		const ops = diffSnapshots(before, after).article.body.map((change) => change.op);

		expect(ops).toEqual(['removed', 'added']);
	});

	it('pairs each rewritten paragraph with its own old version when several change together', () => {
		const after = copyOf(before);
		after.article.body[1] = paragraph(PARAGRAPHS[1]!.replace('the WallStreetJournal reports', 'according to the Wall Street Journal'));
		after.article.body[2] = paragraph(PARAGRAPHS[2]!.replace('plain and simple', 'it said'));

		const {body} = diffSnapshots(before, after).article;

		expect(body.map((change) => [change.op, change.beforeIndex, change.afterIndex])).toEqual([
			['changed', 1, 1],
			['changed', 2, 2],
		]);
	});

	it('reports a paragraph removed from the end', () => {
		const after = copyOf(before);
		after.article.body.pop();

		expect(diffSnapshots(before, after).article.body).toEqual([
			expect.objectContaining({op: 'removed', beforeIndex: 3, afterIndex: null, before: expect.objectContaining({text: PARAGRAPHS[3]})}),
		]);
	});

	it('is still one changed block when a long update is appended to it', () => {
		const after = copyOf(before);
		after.article.body[3] = paragraph(`${PARAGRAPHS[3]} Update, January 14: Futurewei told us that it has filed an appeal with the Commerce Department and expects a decision within ninety days, and that no jobs in Silicon Valley are at risk. The company also repeated that it operates independently from its parent in Shenzhen.`);

		expect(diffSnapshots(before, after).article.body.map((change) => [change.op, change.beforeIndex, change.afterIndex])).toEqual([['changed', 3, 3]]);
	});
});
