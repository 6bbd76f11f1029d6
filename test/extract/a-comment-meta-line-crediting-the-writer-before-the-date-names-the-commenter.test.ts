import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * A home-grown comment template without a name element credits the writer in the date line
 * ("geschrieben von berg2012 am 21. Jan. 2015, 19:04") and frames its reply link in brackets
 * ("[ <a>antworten</a> ]"): the name is the commenter's, and the emptied brackets are not words.
 */

const ARTICLE = `<div class="article"><h1>Wie groß ist der Multiplikator wirklich?</h1><div class="text"><p>Die Konsumgleichung stellt einen Zusammenhang zwischen dem verfügbaren Einkommen der Haushalte und ihren Konsumausgaben her, der sich in guter Annäherung linear darstellen lässt.</p><p>Eine ökonometrische Schätzung der Parameter aufgrund von Vierteljahresdaten über die letzten zehn Jahre ergibt allerdings Werte, die von der Politik zu Recht skeptisch betrachtet würden.</p></div></div>`;

const item = (id: number, by: string, when: string, title: string, words: string, replies = ''): string =>
	`<li id="comment-${id}"><div><img src="/avatar/${id}.jpg" alt=""/><h2 id="c${id}">${title}</h2><span class="metadata">
                geschrieben von ${by} am ${when}
            </span><span class="reply-comment">[ <a class="login-required" href="/konto/login/?next=/artikel/">antworten</a> ]</span></div><p>${words}</p>${replies}</li>`;

function snapshotOf(items: string): Snapshot {
	const html = `<!doctype html><html lang="de"><head><title>Multiplikator</title></head><body>${ARTICLE}<h1 id="comments">Kommentare</h1> Dieser Artikel hat 3 Kommentare.<div class="comments-container"><ul class="comments">${items}</ul></div></body></html>`;
	const result = extract(pageFromHtml(html, 'https://oekonomen.example/artikel/multiplikator/'), {profiles: []});
	if (!result.ok) throw new Error(result.message);
	return result.snapshot;
}

describe('a comment meta line that credits the writer before the date', () => {
	it('names the commenter and leaves the bracketed reply link out of the words', () => {
		const reply = `<ul class="comments"><li class="1510" id="comment-1511"><div><img src="/avatar/1511.jpg" alt=""/><h2 id="c1511">AW: Kurze Antworten</h2><span class="metadata">geschrieben von wScherf am 21. Jan. 2015, 21:36</span><span class="reply-comment">[ <a class="login-required" href="/konto/login/">antworten</a> ]</span></div><p>Auch eine kurze Antwort sollte auf den Kern des Argumentes eingehen.</p></li></ul>`;
		const snapshot = snapshotOf(
			item(1508, 'berg2012', '21. Jan. 2015, 19:04', 'Ein Argument', 'Die Unternehmen ändern nichts an ihren Investitionsplänen, die Staatsschuld fliesst nur in die Taschen der Haushalte.') +
				item(1510, 'GeorgQuaas', '21. Jan. 2015, 21:03', 'Kurze Antworten', 'Sie müssten die Existenz dieses Effekts erst einmal belegen.', reply),
		);
		expect(snapshot.comments.items.map((c) => [c.author.name, c.postedAt, c.depth, c.text])).toEqual([
			['berg2012', '2015-01-21T19:04:00Z', 0, 'Ein Argument Die Unternehmen ändern nichts an ihren Investitionsplänen, die Staatsschuld fliesst nur in die Taschen der Haushalte.'],
			['GeorgQuaas', '2015-01-21T21:03:00Z', 0, 'Kurze Antworten Sie müssten die Existenz dieses Effekts erst einmal belegen.'],
			['wScherf', '2015-01-21T21:36:00Z', 1, 'AW: Kurze Antworten Auch eine kurze Antwort sollte auf den Kern des Argumentes eingehen.'],
		]);
	});

	it('does not read a name out of a date line that only dates the comment', () => {
		const snapshot = snapshotOf(item(7, 'berg2012', '21. Jan. 2015, 19:04', 'Ein Argument', 'Die Staatsschuld fliesst nur in die Taschen der Haushalte.').replace('geschrieben von berg2012 am ', 'am '));
		expect(snapshot.comments.items.map((c) => [c.author.name, c.postedAt])).toEqual([[null, '2015-01-21T19:04:00Z']]);
	});

	it('reads a French line that credits the writer, a comma and the date ("Par Bruno C., le mercredi 15 mai 2019 à 13h48")', () => {
		const comment = (id: number, name: string, when: string, words: string): string =>
			`<div class="ajax-comment-wrapper" id="comment-wrapper-${id}"><a id="comment-${id}"></a><div class="comment clearfix" typeof="sioc:Post sioct:Comment"><div class="media-object"><div class="media-object_side--left comment_picture"><img src="/img/avatar-default.png" width="50" height="50"></div><div class="media-object_body"><div class="metas"><b>Par ${name},</b> le ${when}</div><div class="titre">Merci</div><div class="content">${words}</div></div></div></div></div>`;
		const html = `<!doctype html><html lang="fr"><head><title>Glyphosate</title></head><body>${ARTICLE}<div class="comments">${comment(63688, 'Bruno Caneparo', 'mercredi 15 mai 2019 à 13h48', 'Le sujet est complexe et votre article le montre bien.')}${comment(63764, 'Yves Leclercq', 'samedi 18 mai 2019 à 19h38', 'Notre société est redevenue religieuse.')}</div></body></html>`;
		const result = extract(pageFromHtml(html, 'https://journal.example/edition/glyphosate'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items.map((c) => [c.author.name, c.postedAt])).toEqual([
			['Bruno Caneparo', '2019-05-15T13:48:00Z'],
			['Yves Leclercq', '2019-05-18T19:38:00Z'],
		]);
	});
});
