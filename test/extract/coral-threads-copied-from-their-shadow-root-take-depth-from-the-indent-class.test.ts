import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Coral as the browser stage leaves it: the stream's shadow root copied into a
 * `div[data-newsvault-shadow]` under `#coral_thread`. Each comment's wrapper carries its depth
 * as `coral-indent-N`; the parent is the nearest earlier comment one level up.
 */

const comment = (level: number, id: string, name: string, iso: string, text: string): string => `<div class="coral coral-indent coral-indent-${level}"><div role="article" id="comment-${id}" class="coral coral-comment">
<div class="coral coral-comment-topBar"><button class="coral coral-username coral-comment-username"><span>${name}</span></button><time datetime="${iso}" class="coral coral-timestamp coral-comment-timestamp">2 days ago</time></div>
<div class="coral coral-content coral-comment-content">${text}</div>
<div class="coral coral-comment-actionBar"><button class="coral coral-reactButton coral-comment-reactButton"><span>Respect</span></button><button class="coral coral-comment-replyButton"><span>Reply</span></button><button class="coral coral-comment-shareButton"><span>Share</span></button><button class="coral coral-reportButton coral-comment-reportButton"><span>Report</span></button></div></div></div>`;

describe('a Coral stream', () => {
	const stream = `<div id="coral_thread"><div data-newsvault-shadow=""><div class="coral coral-stream"><div class="coral coral-comments">
${comment(0, 'a1', 'Ann', '2025-03-01T10:00:00.000Z', 'Two days of battery sounds optimistic.')}
${comment(1, 'b2', 'Ben', '2025-03-01T11:00:00.000Z', 'Not with dark mode on.')}
${comment(2, 'c3', 'Cat', '2025-03-01T12:00:00.000Z', 'Dark mode does not help on LCD screens.')}
${comment(0, 'd4', 'Dan', '2025-03-02T09:00:00.000Z', 'Is there a charger in the box?')}
</div></div></div></div>`;
	const snapshot = snapshotOf(articlePageWith(stream), 'https://news.example/battery-life');

	it('rebuilds the replies from the indent levels and reads the machine-readable times, without the buttons', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:coral');
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.depth, item.author.name, item.postedAt, item.text])).toEqual([
			['comment-a1', null, 0, 'Ann', '2025-03-01T10:00:00.000Z', 'Two days of battery sounds optimistic.'],
			['comment-b2', 'comment-a1', 1, 'Ben', '2025-03-01T11:00:00.000Z', 'Not with dark mode on.'],
			['comment-c3', 'comment-b2', 2, 'Cat', '2025-03-01T12:00:00.000Z', 'Dark mode does not help on LCD screens.'],
			['comment-d4', null, 0, 'Dan', '2025-03-02T09:00:00.000Z', 'Is there a charger in the box?'],
		]);
	});
});
