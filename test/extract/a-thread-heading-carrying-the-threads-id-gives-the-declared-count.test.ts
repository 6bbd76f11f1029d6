import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * An old WordPress theme gives the thread's heading the thread's id itself, with a feed icon
 * in it: `<h3 id="comments"><a><img alt="RSS"></a>Kommentare (34)</h3>`, then the paged list.
 * That heading states how many comments the thread has, however few this page shows.
 */

const ARTICLE = `<div class="post"><h2>Roc Mountain Quests und NPCs</h2><div class="entry"><p>Ich wurde von vielen Leuten darum gebeten, zum neuen Update die Quests des Roc Mountain zu übersetzen, hier sind sie mit allen NPCs, Voraussetzungen und Belohnungen.</p><p>Bringe eine Nachricht über den vermissten Sohn zu Village Chief Bukra, danach frage Hunter Associate Ahmok in Hotan über Rahid aus.</p></div></div>`;

const comment = (id: number, name: string, words: string): string =>
	`<li class="comment even depth-1" id="comment-${id}"><div id="div-comment-${id}" class="comment-body"><div class="comment-author vcard"><cite class="fn">${name}</cite> <span class="says">sagt:</span></div><div class="comment-meta commentmetadata"><a href="/quests.html/comment-page-1#comment-${id}">26. Mai 2008 um 21:07</a></div><p>${words}</p></div></li>`;

describe('a thread heading that carries the thread id', () => {
	it('gives the declared count', () => {
		const html = `<!doctype html><html lang="de"><head><title>Quests</title></head><body>${ARTICLE}<h3 id="comments"><a title="Kommentare im RSS-Feed" href="/quests.html/feed"><img src="/FeedIcon-16.gif" alt="RSS"/></a>Kommentare (34)</h3><p class="comments-number"><a href="#respond">Kommentar schreiben</a></p><ol class="commentlist">${comment(8407, 'ChillerXXL', 'Servus, darf ich diesen Text auf meine Seite stellen?')}${comment(8408, 'DarkFighter', 'Echt gut gemacht, aber bei Rahid 6 ist was falsch.')}</ol></body></html>`;
		const result = extract(pageFromHtml(html, 'https://games.example/quests.html'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items.map((c) => c.author.name)).toEqual(['ChillerXXL', 'DarkFighter']);
		expect(result.snapshot.comments.declaredCount).toBe(34);
	});
});
