import {describe, expect, it} from 'vitest';
import {diffSnapshots, formatText} from '../../src/diff/index.js';
import type {Block} from '../../src/snapshot/schema.js';
import {buildSnapshot, copyOf, paragraph} from './snapshot-builder.js';

/** A price list as the extractor gives it: its rows, and its text a row a line. */
function priceTable(rows: string[][]): Block {
	return {type: 'table', text: rows.map((cells) => cells.join(' | ')).join('\n'), links: [], rows};
}

const PRICES = [
	['Model', 'Storage', 'Price'],
	['Galaxy S30', '128 GB', '$799'],
	['Galaxy S30+', '256 GB', '$999'],
	['Galaxy S30 Ultra', '256 GB', '$1,299'],
];

describe('a changed cell in a data table', () => {
	const before = buildSnapshot();
	before.article.body.splice(2, 0, priceTable(PRICES));

	it('is one changed table block whose word diff names the old and the new value', () => {
		const after = copyOf(before);
		after.article.body[2] = priceTable(PRICES.map((cells) => cells.map((cell) => (cell === '$799' ? '$899' : cell))));

		const {article} = diffSnapshots(before, after);

		expect(article.body).toHaveLength(1);
		const [change] = article.body;
		expect(change).toMatchObject({op: 'changed', beforeIndex: 2, afterIndex: 2, before: {type: 'table'}, after: {type: 'table'}});
		expect(change?.inline?.filter((part) => part.op === 'removed').map((part) => part.text.trim())).toEqual(['799']);
		expect(change?.inline?.filter((part) => part.op === 'added').map((part) => part.text.trim())).toEqual(['899']);
	});

	it('shows in the text report as a changed table, the new value beside the old in its row', () => {
		const after = copyOf(before);
		after.article.body[2] = priceTable(PRICES.map((cells) => cells.map((cell) => (cell === '$799' ? '$899' : cell))));

		const text = formatText(diffSnapshots(before, after, {from: 'v1', to: 'v2'}), {color: false});

		expect(text).toContain('Table 3 changed');
		expect(text).toContain('Galaxy S30 | 128 GB | $[-799-]{+899+} Galaxy S30+');
	});

	it('is an edit of the paragraph an older extractor read the table as', () => {
		const older = copyOf(before);
		older.article.body[2] = paragraph(PRICES.flat().join(' '));

		const {article} = diffSnapshots(older, before);

		expect(article.body.map((change) => [change.op, change.before?.type, change.after?.type])).toEqual([['changed', 'paragraph', 'table']]);
	});
});
