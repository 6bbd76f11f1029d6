import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

/**
 * OpenWeb (Spot.IM) as the browser stage leaves it: the conversation's shadow root copied into
 * a `div[data-newsvault-shadow]` under its host. Classes are hashed, but the fields carry
 * `data-spot-im-class`; replies sit in their message's `ul.spcv_children-list`.
 */

const message = (name: string, ago: string, votes: number, text: string, replies = ''): string => `<div class="spcv_message-stack"><div class="components-MessageLayout-index__message-view">
<div class="components-MessageLayout-index__message-header"><span data-spot-im-class="message-username" class="src-components-Username-index__wrapper">${name}</span><time data-spot-im-class="message-timestamp" class="src-components-Timestamp-index__timestamp">${ago}</time></div>
<div data-spot-im-class="message-text" class="components-MessageContent-index__message-content"><div><p>${text}</p></div></div>
<div class="components-MessageActions-index__actions"><button aria-label="Reply" class="components-MessageActions-index__reply-button">Reply</button><button aria-label="Vote Up" class="components-MessageActions-components-VoteButtons-index__voteButton"><span class="components-MessageActions-components-VoteButtons-index__votesCounter">${votes}</span></button><button aria-label="Vote Down" class="components-MessageActions-components-VoteButtons-index__voteButton"><span class="components-MessageActions-components-VoteButtons-index__votesCounter">0</span></button><button aria-label="Share">Share</button></div></div>
${replies ? `<ul class="spcv_children-list"><li><div>${replies}</div></li></ul>` : ''}</div>`;

describe('an OpenWeb conversation', () => {
	const conversation = `<div id="comments"><div data-spotim-module="conversation" data-post-id="battery-life"><div data-labels-section="conversation"><div data-newsvault-shadow="">
<div id="spcv_conversation" class="spcv_conversation"><header class="spcv_header"><span data-spot-im-class="comments-count">4 Comments</span><button id="spotim-sort-by">Sort by Best</button></header>
<ul class="spcv_messages-list">
<li><article class="spcv_root-message"><div>${message('Ann', '2 hours ago', 5, 'Two days of battery sounds optimistic.', message('Ben', '1 hour ago', 2, 'Not with dark mode on.'))}</div></article></li>
<li><article class="spcv_root-message"><div>${message('Cat', '3 hours ago', 0, 'Is there a charger in the box?')}</div></article></li>
</ul><button aria-label="Show more comments">Show More Comments</button></div></div></div></div></div>`;
	const snapshot = snapshotOf(articlePageWith(conversation), 'https://news.example/battery-life');

	it('reads each message with its nested replies, relative time and up-votes, without its buttons', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:openweb');
		expect(snapshot.comments.items.map((item) => [item.parentId === null ? null : snapshot.comments.items.findIndex((other) => other.id === item.parentId), item.author.name, item.postedAt, item.score, item.text])).toEqual([
			[null, 'Ann', '2026-06-20T10:00:00.000Z', 5, 'Two days of battery sounds optimistic.'],
			[0, 'Ben', '2026-06-20T11:00:00.000Z', 2, 'Not with dark mode on.'],
			[null, 'Cat', '2026-06-20T09:00:00.000Z', 0, 'Is there a charger in the box?'],
		]);
	});

	it('reads the count the conversation states, and knows the "show more" comments are missing', () => {
		expect(snapshot.comments.declaredCount).toBe(4);
		expect(snapshot.comments.complete).toBe(false);
	});
});
