import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Forum software (XenForo, Discourse, NodeBB) describes a topic as a `DiscussionForumPosting`
 * whose `interactionStatistic` counts its replies with a `ReplyAction` counter, as an article
 * counts its comments with a `CommentAction` one: either declares the thread's size.
 */

function page(interactionType: string, count: number): string {
	const ld = {'@context': 'https://schema.org', '@type': 'DiscussionForumPosting', headline: 'Battery drains overnight', author: {'@type': 'Person', name: 'opener'}, datePublished: '2023-12-13T21:05:00+00:00', interactionStatistic: [{'@type': 'InteractionCounter', interactionType: 'https://schema.org/LikeAction', userInteractionCount: 9}, {'@type': 'InteractionCounter', interactionType, userInteractionCount: count}]};
	return `<!doctype html><html lang="en"><head><title>Battery drains overnight</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>
<article class="post"><h1>Battery drains overnight</h1><p>Since the update the phone loses twenty percent overnight with nothing running in the background, and safe mode shows the same.</p></article>
<ol class="commentlist"><li class="comment" id="comment-1"><div class="comment-author vcard"><cite class="fn">helper</cite></div><div class="comment-meta"><a href="#comment-1">December 13, 2023 at 10:10 pm</a></div><div class="comment-content"><p>Remove the weather widget from the lock screen.</p></div></li></ol>
</body></html>`;
}

describe('a structured-data reply counter', () => {
	it('declares the number of replies, as a comment counter does', () => {
		const replies = snapshotOf(page('https://schema.org/ReplyAction', 12), 'https://forum.example/threads/battery.338/');
		expect(replies.comments.declaredCount).toBe(12);
		expect(replies.comments.complete).toBe(false);
		expect(snapshotOf(page('https://schema.org/CommentAction', 7), 'https://forum.example/threads/battery.338/').comments.declaredCount).toBe(7);
	});

	it('leaves the other counters uncounted', () => {
		expect(snapshotOf(page('https://schema.org/ShareAction', 12), 'https://forum.example/threads/battery.338/').comments.declaredCount).toBeNull();
	});
});
