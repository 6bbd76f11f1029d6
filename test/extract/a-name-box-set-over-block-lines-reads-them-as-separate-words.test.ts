import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * A name box can set the name over lines of its own (`<a class="author"><h4>88181 (Profil
 * gelöscht)</h4><h5>Gast</h5></a>`, a first and a last name in two `div`s): the lines are words
 * apart, not run together ("…gelöscht)Gast").
 */

const ARTICLE = `<h1>Siemens hält am Auftrag fest</h1><div class="article"><p>Der Konzern liefert die Signaltechnik für die Mine trotz der Proteste, teilte der Vorstandschef am Sonntag mit, die Klimabewegung hatte wochenlang gegen das Projekt demonstriert.</p><p>Für die Aktivistinnen ist die Entscheidung ein Rückschlag, für den Konzern ein Auftrag, den er vertraglich zugesagt habe.</p></div>`;

describe('a name box set over block lines', () => {
	it('reads the lines as separate words', () => {
		const item = (id: number, name: string, words: string): string =>
			`<li class="comment" id="comment-${id}"><div class="comment-author">${name}</div><time datetime="2020-01-13T19:34:36+01:00">13. 01. 2020, 19:34</time><div class="comment-text"><p>${words}</p></div></li>`;
		const html = `<!doctype html><html lang="de"><head><title>Siemens</title></head><body>${ARTICLE}<div id="comments"><ol class="comment-list">${item(1, '<h4>88181 (Profil gelöscht)</h4><h5>Gast</h5>', 'Was für eine Wortwahl, das ist ja ungeheuerlich.')}${item(2, '<div>Anna</div><div>Berger</div>', 'Ein klimaneutraler Konzern war nie verlangt.')}</ol></div></body></html>`;
		const result = extract(pageFromHtml(html, 'https://zeitung.example/siemens/'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items.map((c) => c.author.name)).toEqual(['88181 (Profil gelöscht) Gast', 'Anna Berger']);
	});
});
