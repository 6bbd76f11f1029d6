import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

const URL = 'https://someblog.typepad.example/blog/2005/11/my_morning.html';

/** A comment as TypePad prints it: an anchor, the item, its content box (whose id also starts with "comment-"), the "Posted by" footer. */
function typepadComment(id: string, cid: number, name: string, date: string, body: string): string {
	return `<a id="c${id}"></a>
		<div class="comment" id="comment-${id}">
		        <div class="comment-content font-entrybody" id="comment-${cid}-content">
		                <span id="comment-${cid}-content"><p>${body}</p></span>
		        </div>
		        <p class="comment-footer font-entryfooter">
		                Posted by:
		                ${name} |
		                <a rel="nofollow" href="${URL}?cid=${cid}#comment-${id}">${date}</a>
		        </p>
		</div>`;
}

describe('TypePad comments', () => {
	it('are one item each, with the name (linked or not) and the date from the "Posted by" footer', () => {
		const thread = `<div class="comments" id="comments"><h3 class="comments-header font-entryheader">Comments</h3><div class="comments-content">${typepadComment(
			'6a00d8341c2df453ef00d8346302e253ef',
			11719023,
			'<a rel="nofollow" target="_blank" title="https://carla.example" href="https://carla.example">carla</a>',
			'Thursday, 01 December 2005 at 01:09 PM',
			'This made my day, btw. LOL',
		)}${typepadComment('6a00d8341c2df453ef00d8346302e253f0', 11719024, 'Ben', 'Thursday, 01 December 2005 at 02:15 PM', 'Not to pick nits, but the office was hardly the place.')}</div></div>`;
		const snapshot = snapshotOf(articlePageWith(thread), URL);
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.author.name, item.author.url, item.postedAt, item.text])).toEqual([
			['comment-6a00d8341c2df453ef00d8346302e253ef', null, 'carla', 'https://carla.example/', '2005-12-01T13:09:00Z', 'This made my day, btw. LOL'],
			['comment-6a00d8341c2df453ef00d8346302e253f0', null, 'Ben', null, '2005-12-01T14:15:00Z', 'Not to pick nits, but the office was hardly the place.'],
		]);
	});
});
