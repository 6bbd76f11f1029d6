import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

const URL = 'https://blog.example.de/2017/06/07/sorgfaltspflicht/';

function comment(id: number, name: string, text: string): string {
	return `<li id="comment-${id}" class="comment depth-1"><div class="comment-author vcard"><cite class="fn">${name}</cite> <span class="says">sagt:</span></div>
<div class="comment-meta commentmetadata"><a href="${URL}#comment-${id}">8. Juni 2017 um 10:1${id}</a></div>
<div class="comment-content"><p>${text}</p></div><div class="reply"><a class="comment-reply-link" href="${URL}?replytocom=${id}#respond">Antworten</a></div></li>`;
}

const LIST = `<ol class="commentlist">${comment(1, 'Jens', 'Ein sehr guter Text, danke für die ausführliche Herleitung.')}${comment(2, 'Petra', 'Die Sorgfaltspflicht gilt doch längst, nur setzt sie niemand durch.')}</ol>`;

describe('the heading right before a thread', () => {
	it.each([
		['<h1 id="comments" class="page_title">2 Kommentare</h1>'],
		['<h3 id="comments">2 Antworten zu &bdquo;Publizistische Sorgfaltspflicht statt Netzwerkdurchsetzungsgesetz&ldquo;</h3>'],
	])('gives the count whatever its box is called: %s', (heading) => {
		const snapshot = snapshotOf(articlePageWith(`<section class="post-discussion">${heading}${LIST}</section>`), URL);
		expect(snapshot.comments.items.map((item) => item.author.name)).toEqual(['Jens', 'Petra']);
		expect(snapshot.comments.declaredCount).toBe(2);
		expect(snapshot.comments.complete).toBe(true);
	});

	it('is read only right before the list: a count heading elsewhere in the box is not the thread’s', () => {
		const snapshot = snapshotOf(articlePageWith(`<section class="post-discussion"><h3 id="popular">12 Kommentare diese Woche</h3><p>Die meistdiskutierten Beiträge.</p>${LIST}</section>`), URL);
		expect(snapshot.comments.items).toHaveLength(2);
		expect(snapshot.comments.declaredCount).toBeNull();
	});
});
