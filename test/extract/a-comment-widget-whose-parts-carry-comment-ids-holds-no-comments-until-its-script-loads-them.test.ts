import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A home-grown comment widget a script fills after load: its container is `#site-comments`, and
 * its parts carry ids of the form `comment-…` (the sign-in button's label, the sort controls,
 * the empty list). Those ids look like a comment's (`comment-1234`), but none of the parts says
 * who wrote it or when: the page holds no comment yet.
 */
const WIDGET = `<div id="site-comments"><div class="form-header"><div class="title">Join the Conversation</div><div id="comment-count"></div></div>
<div class="disclaimer">Leave a comment. Be kind. Critique ideas, not people.</div>
<div id="comment-error" class="hidden"></div>
<textarea id="comment-input" placeholder="What do you think?"></textarea>
<button id="comment-submit" type="button"><div id="comment-button-text">Sign in to post</div><div id="comment-button-loader" class="hidden"></div></button>
<div id="comment-sort-controls" class="hidden"><span>Sort:</span><button type="button">Newest</button><span>|</span><button type="button">Oldest</button></div>
</div><div id="comment-list"></div>`;

function pageWith(thread: string): string {
	return `<!doctype html><html lang="en"><head><title>Teachers get bonuses</title></head><body>
<article><h1>Teachers get bonuses</h1><div class="content">${ARTICLE_PARAGRAPHS}</div></article>${thread}</body></html>`;
}

describe('a comment widget whose parts carry comment- ids', () => {
	it('holds no comments until its script loads them', () => {
		const snapshot = snapshotOf(pageWith(WIDGET), 'https://news.example/teachers-get-bonuses');
		expect(snapshot.comments.items).toEqual([]);
	});

	it('still gives the comments of a home-grown list that names its commenters', () => {
		const thread = `<div id="site-comments"><div id="comment-8812" class="entry"><span class="username">Dana</span><p>The bonus will not fix the salary scale, but it is a start.</p></div>
<div id="comment-8813" class="entry"><span class="username">Lee</span><p>Other districts will ask why their sales tax never paid for this.</p></div></div>`;
		const snapshot = snapshotOf(pageWith(thread), 'https://news.example/teachers-get-bonuses');
		expect(snapshot.comments.items.map((comment) => comment.author.name)).toEqual(['Dana', 'Lee']);
	});
});
