import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Remark42 as the browser stage leaves it: its iframe's body copied into a
 * `div[data-newsvault-frame]` inside `#remark42`. A thread element holds a comment and the
 * threads of its replies; the comment itself never contains its replies.
 */

const thread = (id: string, name: string, time: string, text: string, replies = ''): string => `<div class="thread_root__X1a2b thread_indented__Q9z8y" role="listitem${replies ? ' list' : ''}" aria-expanded="true">
<article class="comment comment_theme_light" id="remark42__comment-${id}"><div class="comment__info"><div class="comment__avatar"><img class="avatar" src="https://remark42.example/api/v1/avatar/${id}.image" alt=""></div>
<div class="comment_user__Yy7Tt"><button class="comment__username">${name}</button></div><a href="https://blog.example/battery/#remark42__comment-${id}" class="comment__time">${time}</a>
<span class="comment-votes_votes__Ab12c"><button class="comment-votes_button__Cd34e" aria-label="Vote up">+</button><span class="comment-votes_score__Ef56g">3</span></span></div>
<div class="comment__body"><div class="comment__text raw-content raw-content_theme_light"><p>${text}</p></div><div class="comment-actions_root__Gh78i"><button class="comment-actions_button__Ij90k">Reply</button><button class="comment-actions_button__Ij90k">Copy</button></div></div></article>
${replies}<div class="thread_collapse__Kl12m" role="button" tabindex="0"><div></div></div></div>`;

describe('a Remark42 thread', () => {
	const root = `<div id="remark42"><div data-newsvault-frame="https://remark42.example/web/iframe.html?site_id=blog&amp;url=https%3A%2F%2Fblog.example%2Fbattery%2F"><div id="remark-root"><div class="root root_theme_light"><div class="root__threads" role="list">
${thread('a1', 'Ann', '3/1/2025 at 10:00 AM', 'Two days of battery sounds optimistic.', thread('b2', 'Ben', '3/1/2025 at 2:05 PM', 'Not with dark mode on.'))}
${thread('c3', 'Cat', '3/2/2025 at 8:00 AM', 'Is there a charger in the box?')}
</div></div></div></div></div>`;
	const snapshot = snapshotOf(articlePageWith(root), 'https://blog.example/battery/');

	it('reads each comment of its thread, the reply under its parent\'s thread, without the action buttons', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:remark42');
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.author.name, item.postedAt, item.text])).toEqual([
			['remark42__comment-a1', null, 'Ann', '2025-03-01T10:00:00Z', 'Two days of battery sounds optimistic.'],
			['remark42__comment-b2', 'remark42__comment-a1', 'Ben', '2025-03-01T14:05:00Z', 'Not with dark mode on.'],
			['remark42__comment-c3', null, 'Cat', '2025-03-02T08:00:00Z', 'Is there a charger in the box?'],
		]);
	});
});
