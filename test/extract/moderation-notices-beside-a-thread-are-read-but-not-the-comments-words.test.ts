import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Comments} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * Without a profile, a moderation notice is a short text beside the thread (in its container or
 * next to it, however deep in a longer box), never words inside a comment that read like one.
 */

const ARTICLE = `<article><h1>Foldables one year on</h1>
<div class="entry-content"><p>A year with a foldable phone taught us more about hinges than we ever wanted to know, and most of it was good news for the people who buy them.</p>
<p>The crease is still there, the battery is still fine, and the outer screen finally became useful once the apps learned what to do with it.</p></div></article>`;

function comment(id: number, author: string, text: string): string {
	return `<li class="comment" id="comment-${id}"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${author}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-${id}"><time datetime="2024-05-1${id}T10:00:00+00:00">May 1${id}, 2024 at 10:00 am</time></a></div></footer>
<div class="comment-content"><p>${text}</p></div></article></li>`;
}

const RULES = 'Please keep the discussion civil and on topic. We read every comment before it appears, which can take a while on weekends, and we do not publish links to shops, personal attacks or anything that repeats what has already been said further up in the thread. Thank you for taking part.';

function commentsOf(thread: string): Comments {
	const html = `<!doctype html><html lang="en"><head><title>Foldables</title></head><body>${ARTICLE}
<div id="comments" class="comments-area">${thread}</div></body></html>`;
	const result = extract(pageFromHtml(html, 'https://phones.example/foldables-one-year-on/'), {profiles: []});
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.comments;
}

const LIST = `<ol class="comment-list">
${comment(1, 'Ann', 'My earlier comments have been deleted twice, so I will keep this one short: the hinge on mine is fine.')}
${comment(2, 'Ben', 'Same here, the crease stopped bothering me after a week and the battery lasts a full day of use.')}
</ol>`;

describe('moderation notices of a thread without a profile', () => {
	it('reads a short notice beside the comment list', () => {
		expect(commentsOf(`<h2>2 Comments</h2><p class="note">Some comments have been removed by a moderator.</p>${LIST}`).notices).toEqual(['Some comments have been removed by a moderator.']);
	});

	it('reads a notice inside a longer box beside the list', () => {
		expect(commentsOf(`<div class="rules"><p>${RULES}</p><p>3 comments were held for moderation.</p></div>${LIST}`).notices).toEqual(['3 comments were held for moderation.']);
	});

	it('does not take a comment\'s own words for a notice', () => {
		const comments = commentsOf(LIST);
		expect(comments.items).toHaveLength(2);
		expect(comments.notices).toEqual([]);
	});
});
