import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Links whose whole text reads like a comment's control ("link", "share", "quote") are controls
 * when they stand alone, but a commenter who writes "Another comment with a <a>link</a>." wrote
 * that word: in a paragraph with other words it stays in the text. The thread's own controls
 * ("Reply", a lone "Quote") still go.
 */

function comment(id: number, name: string, body: string): string {
	return `<li class="comment" id="comment-${id}"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${name}</b></div>
<div class="comment-metadata"><a href="#comment-${id}"><time datetime="2025-01-15T13:00:00+00:00">January 15, 2025 at 1:00 pm</time></a></div></footer>
<div class="comment-content">${body}</div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>`;
}

function texts(): string[] {
	const thread = `<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “Battery life”</h2><ol class="comment-list">
${comment(11, 'user_delta', '<p>Another top-level comment with a <a href="https://example.com">link</a>.</p>')}
${comment(12, 'user_gamma', '<p>The charger in the box is the slow one again.</p><p><a href="#comment-12">Quote</a></p>')}
</ol></div>`;
	return snapshotOf(articlePageWith(thread), 'https://phones.example/battery-life/').comments.items.map((item) => item.text);
}

describe('a link reading like a control in a comment', () => {
	it('is a word of the sentence it sits in', () => {
		expect(texts()[0]).toBe('Another top-level comment with a link.');
	});

	it('is a control when it stands alone', () => {
		expect(texts()[1]).toBe('The charger in the box is the slow one again.');
	});
});
