import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

const URL = 'https://verein.example.de/index.php/aktuelles/123-sommerfest';

/** A comment as JComments prints it: the item, its anchor ("#1"), name, date, and a body box whose id also starts with "comment-". */
function jcomment(item: number, id: number, name: string, date: string, body: string, replies = ''): string {
	return `<div class="${item % 2 ? 'odd' : 'even'}" id="comment-item-${item}"><div class="rbox"><div class="comment-box usertype-guest">
<a class="comment-anchor" href="#comment-${id}" id="comment-${id}">#${item}</a>
<span class="comment-author">${name}</span>
<span class="comment-date">${date}</span>
<div class="comment-body" id="comment-body-${id}">${body}</div>
</div><div class="clear"></div></div>${replies}</div>`;
}

describe('JComments threads', () => {
	it('read each item as one comment with its number, name, date, text and nested replies', () => {
		const reply = `<div class="comments-list" id="comments-list-14">${jcomment(2, 15, 'Bernd', '03.02.2014 11:20', 'Dem kann ich nur zustimmen.')}</div>`;
		const thread = `<div id="jc"><div id="comments"><h3>Kommentare <span>(3)</span></h3><div class="comments-list" id="comments-list-0">${jcomment(1, 14, 'Anna', '03.02.2014 10:55', 'Danke für den Bericht vom Sommerfest.', reply)}${jcomment(3, 16, 'Carla', '04.02.2014 08:05', 'Gibt es Fotos?')}</div></div></div>`;
		const snapshot = snapshotOf(articlePageWith(thread), URL);
		expect(snapshot.extractor.stages?.comments).toBe('platform:jcomments');
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.number, item.author.name, item.postedAt, item.text])).toEqual([
			['comment-14', null, 1, 'Anna', '2014-02-03T10:55:00Z', 'Danke für den Bericht vom Sommerfest.'],
			['comment-15', 'comment-14', 2, 'Bernd', '2014-02-03T11:20:00Z', 'Dem kann ich nur zustimmen.'],
			['comment-16', null, 3, 'Carla', '2014-02-04T08:05:00Z', 'Gibt es Fotos?'],
		]);
		expect(snapshot.comments.declaredCount).toBe(3);
	});
});
