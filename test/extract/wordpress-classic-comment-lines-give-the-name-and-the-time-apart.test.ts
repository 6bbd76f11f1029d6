import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

const URL = 'https://lawblog.example/2011/07/pseudonyms.html';

/** A comment as WordPress's Classic theme prints it: the words, then "Comment by NAME — DATE @ <a>TIME</a>" in a <cite>. */
function classicComment(id: number, name: string, date: string, time: string, text: string): string {
	return `<li id="comment-${id}">
	<p>${text}</p>
	<p><cite>Comment by ${name} &#8212; ${date} @ <a href="#comment-${id}">${time}</a></cite> </p>
	</li>`;
}

describe('comment lines of WordPress’s Classic theme', () => {
	it('give the name (linked or not) without the label and the date, the date with the time from its permalink, and text without the line', () => {
		const thread = `<h2 id="comments">3 Comments <a href="#postcomment" title="Leave a comment">&raquo;</a></h2>
<ol id="commentlist">${classicComment(9257, `<a href='https://mirko.example' rel='external nofollow' class='url'>Mirko Lange</a>`, 'July 17, 2011', '1:04 pm', 'So the law asks for a real name as soon as one post addresses the public?')}${classicComment(9258, 'Daniel', 'July 17, 2011', '1:10 pm', 'If the terms say so, people agreed to it when they signed up.')}${classicComment(9261, 'Gerhard Torges', 'July 17, 2011', '1:37 pm', '@Daniel: the statute wins over the terms.')}</ol>`;
		const snapshot = snapshotOf(articlePageWith(thread), URL);
		expect(snapshot.comments.items.map((item) => [item.id, item.author.name, item.author.url, item.postedAt, item.text])).toEqual([
			['comment-9257', 'Mirko Lange', 'https://mirko.example/', '2011-07-17T13:04:00Z', 'So the law asks for a real name as soon as one post addresses the public?'],
			['comment-9258', 'Daniel', null, '2011-07-17T13:10:00Z', 'If the terms say so, people agreed to it when they signed up.'],
			['comment-9261', 'Gerhard Torges', null, '2011-07-17T13:37:00Z', '@Daniel: the statute wins over the terms.'],
		]);
		expect(snapshot.comments.declaredCount).toBe(3);
	});
});
