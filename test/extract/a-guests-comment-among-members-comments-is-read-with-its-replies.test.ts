import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * A home-grown forum marks each comment with its writer's standing (`li.member`, `li.guest` for a
 * deleted or unregistered profile): a guest's comment is one of the thread's, and so are its replies.
 */

const ARTICLE = `<h1>Siemens hält am Kohleauftrag fest</h1><div class="article"><p>Der Konzern liefert die Zugsignaltechnik für die Kohlemine trotz der Proteste, teilte der Vorstandschef am Sonntag mit. Die Klimabewegung hatte wochenlang gegen das Projekt demonstriert.</p><p>Für die Aktivistinnen ist die Entscheidung ein Rückschlag, für den Konzern ein Auftrag über knapp zwanzig Millionen Euro, den er vertraglich zugesagt habe.</p></div>`;

const post = (standing: string, id: number, name: string, when: string, words: string, replies = ''): string =>
	`<li class="${standing} " id="bb_message_${id}"><a class="author person"${standing === 'member' ? ` href="/!ku${id}/"` : ''}><h4>${name}</h4></a><time datetime="${when}">${when.slice(0, 10)}</time><div class="objlink nolead" role="link"><p class="first last odd">${words}</p></div><ul class="toolbar"><li class="reply"><a title="auf diesen Beitrag antworten …">antworten</a></li><li class="report"><a>melden</a></li></ul>${replies ? `<ul class="thread">${replies}</ul>` : ''}</li>`;

describe("a guest's comment among members' comments", () => {
	it('is read, with its replies', () => {
		const thread =
			post('member', 1, 'Tongo', '2020-01-13T19:56:13+01:00', 'Stimmt, aber dennoch darf man ja drüber reden, und zwar ausführlich.') +
			post('guest', 2, 'Profil gelöscht', '2020-01-13T19:34:36+01:00', 'Was für eine Wortwahl, verarscht hat er sie also, das ist ja ungeheuerlich.', post('member', 3, 'Nicklas', '2020-01-14T03:54:06+01:00', '@Profil gelöscht Ein klimaneutraler Konzern war nie verlangt.')) +
			post('member', 4, 'Hampelstielz', '2020-01-13T22:00:32+01:00', 'Ich finde nicht, dass seine Strategie wirklich aufgegangen ist.');
		const html = `<!doctype html><html lang="de"><head><title>Siemens</title></head><body>${ARTICLE}<div id="comments"><h2>Kommentare</h2><ul class="sectbody">${thread}</ul></div></body></html>`;
		const result = extract(pageFromHtml(html, 'https://zeitung.example/siemens/'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		const items = result.snapshot.comments.items;
		expect(items.map((c) => [c.author.name, c.depth, items.find((p) => p.id === c.parentId)?.author.name ?? null])).toEqual([
			['Tongo', 0, null],
			['Profil gelöscht', 0, null],
			['Nicklas', 1, 'Profil gelöscht'],
			['Hampelstielz', 0, null],
		]);
	});
});
