import {describe, expect, it} from 'vitest';
import {diffSnapshots, formatHtml, formatMarkdown, formatText} from '../../src/diff/index.js';
import type {Block} from '../../src/snapshot/schema.js';
import {buildSnapshot, copyOf} from './snapshot-builder.js';

/**
 * A code block is read by lines: a changed line of a listing is that line removed and added
 * whole, as `diff -u` shows it, in every format; a change of indentation alone is a change
 * (it is the code's meaning), while typography noise inside a line is not.
 */

const LISTING = 'adb devices\nadb shell pm list packages -f\nfor p in $(adb shell pm list packages); do\n  echo "$p"\ndone';

function code(text: string): Block {
	return {type: 'code', text, links: [], language: 'bash'};
}

function withListing(text: string) {
	const snapshot = buildSnapshot();
	const after = copyOf(snapshot);
	after.article.body.splice(2, 0, code(text));
	return after;
}

describe('a code block in a diff', () => {
	const before = withListing(LISTING);

	it('shows a changed line as the old line removed and the new one added, the other lines unchanged', () => {
		const after = withListing(LISTING.replace('pm list packages -f', 'pm list packages -3'));
		const report = diffSnapshots(before, after);

		expect(report.article.body).toHaveLength(1);
		const [change] = report.article.body;
		expect(change).toMatchObject({op: 'changed', beforeIndex: 2, afterIndex: 2});
		expect(change?.inline?.filter((part) => part.op !== 'unchanged')).toEqual([
			{op: 'removed', text: 'adb shell pm list packages -f\n'},
			{op: 'added', text: 'adb shell pm list packages -3\n'},
		]);

		const text = formatText(report, {color: false});
		expect(text).toContain('Code 3 changed');
		expect(text).toContain('       adb devices\n      -adb shell pm list packages -f\n      +adb shell pm list packages -3\n       for p in');
		expect(formatMarkdown(report)).toContain('```diff\n adb devices\n-adb shell pm list packages -f\n+adb shell pm list packages -3\n');
		expect(formatHtml(report)).toContain('<del>adb shell pm list packages -f\n</del>');
	});

	it('reports a change of indentation alone, but not curly quotes a typography pass put in', () => {
		const reindented = diffSnapshots(before, withListing(LISTING.replace('  echo', '    echo'))).article.body;
		expect(reindented.map((change) => change.op)).toEqual(['changed']);
		expect(reindented[0]?.inline?.filter((part) => part.op === 'added')).toEqual([{op: 'added', text: '    echo "$p"\n'}]);

		expect(diffSnapshots(before, withListing(LISTING.replace('"$p"', '\u201c$p\u201d'))).article.body).toEqual([]);
	});

	it('shows an added listing line by line', () => {
		const report = diffSnapshots(buildSnapshot(), before);
		expect(formatText(report, {color: false})).toContain('      +adb devices\n      +adb shell pm list packages -f');
	});
});

describe('a long code block in a diff', () => {
	it('shows three unchanged lines around the changed one and a gap for the rest', () => {
		const lines = Array.from({length: 20}, (_, index) => `echo ${index + 1}`);
		const before = withListing(lines.join('\n'));
		const after = withListing(lines.map((line) => (line === 'echo 10' ? 'echo ten' : line)).join('\n'));
		const text = formatText(diffSnapshots(before, after), {color: false});
		expect(text).toContain('      …\n       echo 7\n       echo 8\n       echo 9\n      -echo 10\n      +echo ten\n       echo 11\n       echo 12\n       echo 13\n      …\n');
		expect(text).not.toContain('echo 6\n');
	});
});
