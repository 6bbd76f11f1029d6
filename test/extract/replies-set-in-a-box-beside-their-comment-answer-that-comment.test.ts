import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * A home-grown thread can set a comment's replies in a box right after it rather than inside
 * it (`<div class="xy-comment">…</div><div class="comment-replies"><div class="xy-comment">…</div></div>`):
 * those replies are comments too, and they answer the comment before their box.
 */

const TIP = `<div class="tip-text">Warum nur fallen die Scheiben auseinander? Das liegt ganz einfach daran, dass die Tomate falsch auf dem Schneidbrett liegt. Legt sie so auf das Brett, dass der Strunk seitlich liegt, dann haften die Kerne am Fruchtfleisch und die Scheiben bleiben ganz, auch wenn man sehr dünn schneidet.</div>`;

const comment = (name: string, iso: string, shown: string, words: string): string =>
	`<div class="xy-comment "><div class="xy-comment-box-left"><a href="https://koch.example/user/${name}.html"><img src="/u/${name}.jpg" alt="Benutzerbild von ${name}" class="xy-comment-user-image img-circle" width="51" height="51"/></a></div><div class="xy-comment-box-middle"><time datetime="${iso}">${shown}</time>&nbsp;&nbsp;<a href="https://koch.example/user/${name}.html">${name}</a><br/><div class="rtli-left xy-ft-ari">${words}</div></div><div class="xy-comment-box-right"></div></div>`;

describe('replies set in a box beside their comment', () => {
	it('are read as replies to the comment before the box', () => {
		const thread =
			comment('Geli', '2020-09-23T18:19:06+02:00', '23.09.20 | 18:19', 'Ich schneide meine Tomaten schon lange Jahre so und wundere mich, dass es noch kein Tipp war.') +
			`<div class="comment-replies" style="margin-left: 60px;">${comment('Jutta', '2020-09-26T10:40:52+02:00', '26.09.20 | 10:40', 'Hallo Geli, danke dir ganz herzlich und ein schönes Wochenende!')}</div>` +
			comment('emari', '2020-09-22T12:45:17+02:00', '22.09.20 | 12:45', 'Ich werde das mal ausprobieren, danke für den Tipp und liebe Grüße.') +
			`<div class="comment-replies" style="margin-left: 60px;">${comment('Jutta', '2020-09-22T13:10:36+02:00', '22.09.20 | 13:10', 'Sehr gerne, probiere es mal aus, es klappt ganz sicher!')}</div>`;
		const html = `<!doctype html><html lang="de"><head><title>Tomaten richtig schneiden</title></head><body><h1>Tomaten richtig schneiden</h1>${TIP}<span class="badge">KOMMENTARE</span><div id="xy-comments">${thread}</div><div id="xy-comments-add"><p>Um den Tipp zu kommentieren, müssen Sie eingeloggt sein.</p></div></body></html>`;
		const result = extract(pageFromHtml(html, 'https://koch.example/tipp/tomaten.html'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		const items = result.snapshot.comments.items;
		expect(items.map((c) => [c.author.name, c.depth, items.find((p) => p.id === c.parentId)?.author.name ?? null])).toEqual([
			['Geli', 0, null],
			['Jutta', 1, 'Geli'],
			['emari', 0, null],
			['Jutta', 1, 'emari'],
		]);
	});

	it('does not take a comment of another shape that holds replies for such a box', () => {
		const member = (id: number, name: string, words: string, replies = ''): string =>
			`<li class="member " id="bb_message_${id}"><a class="author person" href="/!ku${id}/"><h4>${name}</h4></a><time datetime="2020-01-13T19:56:13+01:00">13. 01. 2020, 19:56</time><div class="objlink nolead"><p>${words}</p></div><ul class="toolbar"><li class="reply"><a>antworten</a></li></ul>${replies}</li>`;
		const pinned = `<li class="pinned " id="bb_message_3900868"><a class="author person"><h4>88181 (Profil gelöscht)</h4><h5>Gast</h5></a><time datetime="2020-01-13T19:34:36+01:00">13. 01. 2020, 19:34</time><div class="objlink nolead"><p>Was für eine Wortwahl, verarscht hat er sie also, das ist ja ungeheuerlich.</p></div><ul class="thread">${member(3901008, 'Nicklas', '@88181 Ein klimaneutrales Siemens hat Fridays for Future nie verlangt.')}</ul></li>`;
		const html = `<!doctype html><html lang="de"><head><title>Siemens</title></head><body><h1>Siemens</h1>${TIP}<ul class="sectbody">${member(3900885, 'Tongo', 'Stimmt, aber dennoch darf man ja drüber reden, und zwar ausführlich.')}${pinned}${member(3900900, 'Hampelstielz', 'Ich finde nicht, dass seine Strategie wirklich aufgegangen ist.')}</ul></body></html>`;
		const result = extract(pageFromHtml(html, 'https://zeitung.example/siemens/'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items.filter((c) => c.parentId !== null).map((c) => c.author.name)).toEqual([]);
	});
});
