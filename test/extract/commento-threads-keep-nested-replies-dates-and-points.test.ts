import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Commento as its script renders into the page: cards nested in their parent's contents, the
 * date in the time's `title` (its text says how long ago), points beside it, and the option
 * buttons and permalink beside the text.
 */

const card = (hex: string, name: string, date: string, points: string, text: string, children = ''): string => `<div id="commento-comment-card-${hex}" class="commento-card" style="border-left: 2px solid #396ab1;">
<div class="commento-header"><div id="commento-comment-options-${hex}" class="commento-options" style="width: 96px;"><button id="commento-comment-collapse-${hex}" class="commento-option-button commento-option-collapse" title="Collapse children" style="right: 0px;"></button><button id="commento-comment-downvote-${hex}" class="commento-option-button commento-option-downvote" title="Downvote"></button><button id="commento-comment-upvote-${hex}" class="commento-option-button commento-option-upvote" title="Upvote"></button><button id="commento-comment-reply-${hex}" class="commento-option-button commento-option-reply" title="Reply"></button></div>
<div class="commento-avatar" style="background: #396ab1;">${name[0]?.toUpperCase()}</div><div id="commento-comment-name-${hex}" class="commento-name">${name}</div>
<div id="commento-comment-subtitle-${hex}" class="commento-subtitle"><div id="commento-comment-score-${hex}" class="commento-score">${points}</div><div id="commento-comment-timeago-${hex}" class="commento-timeago" title="${date}">3 days ago</div></div></div>
<div id="commento-comment-contents-${hex}"><div id="commento-comment-body-${hex}" class="commento-body"><div id="commento-comment-text-${hex}"><p>${text}</p></div><a href="#commento-${hex}" class="commento-permalink">permalink</a></div>
${children ? `<div id="commento-comment-children-${hex}" class="commento-body">${children}</div>` : ''}</div></div>`;

describe('a Commento thread', () => {
	const thread = `<div id="commento" class="commento-root commento-root-font"><div id="commento-main-area" class="commento-main-area"><div id="commento-comments-area" class="commento-comments"><div>
${card('a1b2', 'Ann', '3/1/2025', '3 points', 'Two days of battery sounds optimistic.', `<div>${card('c3d4', 'Ben', '3/2/2025', '1 point', 'Not with dark mode on.')}</div>`)}
${card('e5f6', 'Cat', '3/3/2025', '-1 points', 'Is there a charger in the box?')}
</div></div></div></div>`;
	const snapshot = snapshotOf(articlePageWith(thread), 'https://blog.example/battery/');

	it('reads each card with its nesting, the date from the title and its points, without the buttons or permalink', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:commento');
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.author.name, item.postedAt, item.score, item.text])).toEqual([
			['commento-comment-card-a1b2', null, 'Ann', '2025-03-01T00:00:00Z', 3, 'Two days of battery sounds optimistic.'],
			['commento-comment-card-c3d4', 'commento-comment-card-a1b2', 'Ben', '2025-03-02T00:00:00Z', 1, 'Not with dark mode on.'],
			['commento-comment-card-e5f6', null, 'Cat', '2025-03-03T00:00:00Z', -1, 'Is there a charger in the box?'],
		]);
	});
});
