import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {diffSnapshots, hasChanges, normalizeText} from '../../src/diff/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {buildSnapshot, copyOf} from './snapshot-builder.js';

/** What a template change or a CMS typography pass does to text without changing a word. */
function rerender(text: string): string {
	return `\u200b ${text}`
		.replace(/'/g, '\u2019')
		.replace(/ /g, (_space, offset: number) => (offset % 3 === 0 ? '\u00a0' : ' \n\t'))
		.replace(/,/g, ' ,')
		.concat('\ufeff');
}

function rerenderAll(snapshot: Snapshot): Snapshot {
	const after = copyOf(snapshot);
	after.source.fetchedAt = '2019-01-13T18:00:00Z';
	after.source.sha256 = 'b'.repeat(64);
	after.article.title = rerender(after.article.title ?? '');
	for (const block of after.article.body) block.text = rerender(block.text);
	for (const comment of after.comments.items) comment.text = rerender(comment.text);
	return after;
}

describe('a re-render without a content change', () => {
	const before = buildSnapshot();

	it('gives an empty diff for whitespace, no-break spaces, curly quotes, zero-width characters and spaced punctuation', () => {
		const report = diffSnapshots(before, rerenderAll(before));

		expect(report.article).toEqual({fields: [], body: []});
		expect(report.comments.edited).toEqual([]);
		expect(hasChanges(report)).toBe(false);
		expect(report.stealthEdit).toBe(false);
	});

	it('gives an empty diff when only the markup changed: links, heading level, empty wrapper blocks', () => {
		const after = copyOf(before);
		after.article.body[0]!.links = [{href: 'https://www.phonearena.com/huawei', text: 'Huawei'}];
		after.article.body.splice(2, 0, {type: 'paragraph', text: ' \u00a0 ', links: []});

		expect(hasChanges(diffSnapshots(before, after))).toBe(false);
	});

	it('treats typographic variants as the same text', () => {
		expect(normalizeText('\u201cIt\u2019s 5G\u201d \u2014 they said\u2026')).toBe(normalizeText('"It\'s 5G" -- they said...'));
		expect(normalizeText('ﬁnal　price ( $ 999 )')).toBe('final price ($ 999)');
	});

	it('still sees a real one-word change hidden among re-render noise', () => {
		const after = rerenderAll(before);
		after.article.body[3]!.text = after.article.body[3]!.text.replace('brainpower', 'talent');

		const report = diffSnapshots(before, after);

		expect(report.article.body.map((change) => change.op)).toEqual(['changed']);
		expect(report.article.body[0]?.inline?.filter((part) => part.op !== 'unchanged').map((part) => part.text.trim())).toEqual(['brainpower', 'talent']);
	});

	it('never reports a change for any text put through the re-render (property)', () => {
		const words = fc.array(fc.constantFrom('Huawei', 'isn\'t', '5G,', '“quoted”', 'R&D', '700', 'Futurewei.', 'über', '—'), {minLength: 1, maxLength: 12});
		fc.assert(
			fc.property(fc.array(words.map((ws) => ws.join(' ')), {minLength: 1, maxLength: 5}), (texts) => {
				const a = buildSnapshot({article: {body: texts.map((text) => ({type: 'paragraph', text, links: []}))}});
				expect(hasChanges(diffSnapshots(a, rerenderAll(a)))).toBe(false);
			}),
		);
	});
});
