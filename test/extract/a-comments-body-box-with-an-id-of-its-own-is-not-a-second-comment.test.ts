import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

const URL = 'https://news.example/2019/05/battery-test';

describe('a home-grown thread whose comments hold an id’d body box', () => {
	it.each([
		['comment-body-N', (id: number) => `comment-body-${id}`],
		['comment-N-content', (id: number) => `comment-${id}-content`],
	])('reads the %s box as the comment’s text, not as a reply', (_name, boxId) => {
		const comment = (id: number, name: string, date: string, body: string): string =>
			`<div id="comment-${id}"><span class="comment-author">${name}</span> <span class="comment-date">${date}</span><div id="${boxId(id)}"><p>${body}</p></div></div>`;
		const snapshot = snapshotOf(articlePageWith(`<div id="comments"><h3>Comments</h3>${comment(1, 'Ann', '3 May 2019 10:00', 'The battery test matches mine.')}${comment(2, 'Ben', '3 May 2019 11:00', 'Mine lasted a day and a half.')}</div>`), URL);
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.author.name, item.postedAt, item.text])).toEqual([
			['comment-1', null, 'Ann', '2019-05-03T10:00:00Z', 'The battery test matches mine.'],
			['comment-2', null, 'Ben', '2019-05-03T11:00:00Z', 'Mine lasted a day and a half.'],
		]);
	});
});
