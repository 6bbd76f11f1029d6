import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Long comments shown cut short with a toggle that unfolds them in place ("Aufklappen", "Read
 * more" on a `javascript:` link or a bare span): all the words are in the markup, and the toggle's
 * label is not one of them. A "Read more" that links to another page is where the rest is: it
 * stays, with its link.
 */

const item = (id: number, name: string, words: string): string =>
	`<li id="comment-${id}" class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${name}</b></div><div class="comment-metadata"><time datetime="2023-11-04T09:29:49+01:00">4. November 2023</time></div></footer><div class="comment-content">${words}</div></article></li>`;

const THREAD = `<div id="comments" class="comments-area"><h2 class="comments-title">3 Kommentare</h2><ol class="comment-list">
${item(1, 'Ann', '<div class="summary"><p>Die Akkus halten länger.</p></div><span class="ellipsis">…</span><div class="rest"><p>Zumindest bei mir, seit dem letzten Update.</p></div><div class="trigger"><a href="javascript:void(0)" class="button">Aufklappen</a></div>')}
${item(2, 'Ben', '<p>Das Ladegerät fehlt leider.</p><p>Aber das kennt man ja.</p><span class="expand" role="button">Read more</span>')}
${item(3, 'Cat', '<p>Mein ganzer Kommentar steht im Forum …</p><a href="https://forum.example/thread/12#post-3">Weiterlesen</a>')}
</ol></div>`;

describe('a comment cut short on the page', () => {
	const snapshot = snapshotOf(articlePageWith(THREAD), 'https://blog.example/2023/11/akkus/');

	it('keeps the words without the label of the toggle that unfolds them', () => {
		expect(snapshot.comments.items.map((c) => c.text)).toEqual([
			'Die Akkus halten länger. … Zumindest bei mir, seit dem letzten Update.',
			'Das Ladegerät fehlt leider. Aber das kennt man ja.',
			'Mein ganzer Kommentar steht im Forum … Weiterlesen',
		]);
	});

	it('keeps a "read more" that leads to another page, with its link', () => {
		expect(snapshot.comments.items[2]?.links).toEqual([{href: 'https://forum.example/thread/12#post-3', text: 'Weiterlesen'}]);
	});
});
