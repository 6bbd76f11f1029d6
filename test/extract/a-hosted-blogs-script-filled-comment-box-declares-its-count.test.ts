import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * A hosted blog platform (Squarespace) ships the comment section as an empty box its script
 * fills later, with the number of public comments on it: `<div class="squarespace-comments"
 * data-public-comment-count="1">`. No comment is in the page, but the count says the thread
 * exists, so the snapshot declares it and is not complete.
 */

describe('a hosted blog’s script-filled comment box', () => {
	it('declares its count', () => {
		const html = `<!doctype html><html lang="de"><head><title>Zu Besuch</title></head><body><article class="hentry"><h1 class="entry-title">Zu Besuch bei einer Designerin</h1><div class="body entry-content"><p>In einer wunderschönen Wohnung mitten in der Stadt lebt die Designerin mit ihrer Familie, umgeben von Kunst, Büchern und ihren eigenen Kuscheltieren.</p><p>Durch Ausflüge, Reisen und ihre Kinder findet sie immer neue Ideen für ihr Label, das sie vor drei Jahren gegründet hat.</p></div></article><section id="comments-6339" class="comments-wrapper"><div class="squarespace-comments" id="comments-6339" data-item-id="6339" data-public-comment-count="1" data-comment-state="1"></div></section></body></html>`;
		const result = extract(pageFromHtml(html, 'https://blog.example/zu-besuch'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items).toEqual([]);
		expect(result.snapshot.comments.declaredCount).toBe(1);
		expect(result.snapshot.comments.complete).toBe(false);
	});
});
