import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {articlePageWith} from '../helpers/snapshot-of.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * MacRumors' older article design lists the top comments with how long ago and at what clock
 * each was posted ("3 hours ago at 11:46 am"), the clock in California's zone. The fetch here
 * was at 2:50 pm Pacific time.
 */
const COMMENT = (id: number, name: string, when: string, words: string): string =>
	`<div class="comment"><div class="avatar"><a href="https://forums.example.com/members/${id}"><img src="/avatar.png" alt="Avatar"></a></div><div class="comment_content"><div class="username"><a href="https://forums.example.com/posts/${id}">${name}</a></div><div class="date">${when}</div><div class="content">${words}</div></div></div>`;
const THREAD = `<div id="comments"><h2>Top Rated Comments</h2>${[
	COMMENT(1, 'jyen', '3 hours ago at 11:46 am', 'Let me guess: thinner, with a shorter battery life and a price bump.'),
	COMMENT(2, 'appleaker', '3 hours ago at 11:49 am', 'Hopefully it becomes more like the other pens, with an eraser on its end.'),
	COMMENT(3, 'sbailey', '2 hours ago at 12:36 pm', 'I hope they drop the port on its cap and let it charge on the side instead.'),
].join('')}</div>`;

describe('MacRumors comment clocks', () => {
	it("are read in California's zone on the day the count gives", () => {
		const page = pageFromHtml(articlePageWith(THREAD, 'Second Apple Pencil rumored for March'), 'https://www.macrumors.com/2017/01/18/apple-pencil-2-rumor/');
		const result = extract(page, {now: new Date('2017-01-18T22:50:00Z')});
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items.map((item) => item.postedAt)).toEqual(['2017-01-18T11:46:00-08:00', '2017-01-18T11:49:00-08:00', '2017-01-18T12:36:00-08:00']);
	});
});
