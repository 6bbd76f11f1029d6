import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Comments} from '../../src/snapshot/schema.js';
import {PHONEARENA_THREAD, fixtureHtml} from './fixture-pages.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/** Extract the PhoneArena fixture after editing its HTML the way a site change would. */
function commentsAfter(edit: (html: string) => string): Comments {
	const result = extract(pageFromHtml(edit(fixtureHtml(PHONEARENA_THREAD.file)), PHONEARENA_THREAD.url));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.comments;
}

const NOTICE = /<div class="commentsNotice">[^<]*<\/div>/;

/** Remove the `<li>` of one comment (and its replies) by its site id. */
function withoutComment(html: string, number: number): string {
	const id = 3290100 + number;
	const start = html.indexOf(`<li class="comment" id="comment-${id}"`);
	const indent = html.slice(html.lastIndexOf('\n', start) + 1, start);
	const end = html.indexOf(`\n${indent}</li>`, start) + indent.length + 6;
	return html.slice(0, start) + html.slice(end);
}

describe('whether a thread is complete', () => {
	it('is complete when the hidden-comments notice explains the one gap (20 shown of 21, #18 hidden)', () => {
		const comments = commentsAfter((html) => html);
		expect(comments.items).toHaveLength(20);
		expect(comments.complete).toBe(true);
	});

	it('is incomplete when the same gap has no notice to explain it', () => {
		const comments = commentsAfter((html) => html.replace(NOTICE, ''));
		expect(comments.notices).toEqual([]);
		expect(comments.gaps).toEqual([18]);
		expect(comments.complete).toBe(false);
	});

	it('is incomplete when the newest comment is missing: no gap shows it, so the notice cannot cover it', () => {
		const comments = commentsAfter((html) => withoutComment(html, 21));
		expect(comments.items.map((item) => item.number)).not.toContain(21);
		expect(comments.gaps).toEqual([18]);
		expect(comments.complete).toBe(false);
	});

	it('counts a comment removed from the middle as hidden while the notice shows', () => {
		const comments = commentsAfter((html) => withoutComment(html, 13));
		expect(comments.gaps).toEqual([13, 18]);
		expect(comments.complete).toBe(true);
	});

	it('keeps every other comment id when one comment disappears', () => {
		const before = commentsAfter((html) => html).items.map((item) => item.id);
		const after = commentsAfter((html) => withoutComment(html, 4)).items.map((item) => item.id);
		expect(after).toEqual(before.filter((id) => id !== '3290104'));
	});

	it('records a removed comment in the middle as a gap', () => {
		const comments = commentsAfter((html) => withoutComment(html, 12));
		expect(comments.gaps).toEqual([12, 18]);
	});

	it('is complete when the page declares no count', () => {
		const comments = commentsAfter((html) => html.replace('<span class="commentsCount">21</span> Comments', 'Comments').replace('"commentCount":"21",', '').replace('<span class="comments-count">21</span>', ''));
		expect(comments.declaredCount).toBeNull();
		expect(comments.complete).toBe(true);
	});
});
