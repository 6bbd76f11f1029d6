import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * A Drupal theme that drops the core comment classes still renders the comment template: an
 * `article.js-comment#comment-N` whose `<footer>` holds "Name | date" with the RDF module's hidden
 * `schema:dateCreated` and, for a reply, the hidden "In reply to" link; the words in the RDF
 * `schema:text` box (the subject sits in a body-field box of its own); replies in a sibling
 * `div.indented`. Names, dates, words and parents are read from those.
 */

const ARTICLE = `<article class="node"><h1>Es kommt auch darauf an, wie die Menschen sterben</h1><div class="field--name-body"><p>Müssen Infizierte unbedingt ins Krankenhaus? Der Palliativmediziner erklärt, warum viele Patienten im Pflegeheim bessere Chancen haben und warum die Zahl der Todesfälle nicht das einzige Kriterium sein kann.</p><p>Entscheidend ist, ob jemand in die Intensivbehandlung geht oder palliativ behandelt wird, und dafür ist die Patientenverfügung da.</p></div></article>`;

const comment = (id: number, name: string, shown: string, iso: string, subject: string, words: string, inReplyTo = ''): string =>
	`<div class="portlet"><div class="background--white box-shadow--lite"><div class="portlet__body"><article data-comment-user-id="0" id="comment-${id}" about="/comment/${id}" typeof="schema:Comment" class="js-comment comment"><footer><h6>${name} | ${shown}  <span property="schema:dateCreated" content="${iso}" class="hidden"></span></h6><h5 class="title"></h5>${inReplyTo ? `<p class="visually-hidden">In reply to <a href="/comment/${inReplyTo}#comment-${inReplyTo}" class="permalink">Wo und wie</a> by <span typeof="schema:Person" property="schema:name">Gast</span></p>` : ''}</footer><div><div class="field--name-comment-body"><p property="schema:name"><a href="/comment/${id}#comment-${id}" class="permalink" rel="bookmark">${subject}</a></p></div><div property="schema:text" class="field field--name-comment-body field--type-text-long"><p>${words}</p></div><ul class="links inline"><li class="comment-reply"><a href="/comment/reply/node/21866/field_cc_comment/${id}">Antworten</a></li></ul></div></article></div></div></div>`;

describe('a Drupal theme without the core comment classes', () => {
	it('keeps names, dates, words and replies', () => {
		const thread =
			comment(214174, 'Katharine Schön', 'Mi, 22. April 2020 - 08:59', '2020-04-22T06:59:53+00:00', 'Wie gestorben wird', 'Ein sehr wichtiger Artikel, nicht nur wegen Corona.') +
			comment(214244, 'Horst Kessler', 'Mi, 22. April 2020 - 15:44', '2020-04-22T13:44:38+00:00', 'Wo und wie', 'Es scheint noch viele zu geben, die anders denken.') +
			`<div class="indented">${comment(214343, 'Heidemarie Heim', 'Do, 23. April 2020 - 14:27', '2020-04-23T12:27:36+00:00', 'Aktive Sterbehilfe', 'Werter Herr Kessler, ich fühle mich angesprochen.', '214244')}</div>`;
		const html = `<!doctype html><html lang="de"><head><title>Sterben</title></head><body>${ARTICLE}<section id="comments" class="comments">${thread}<div class="portlet" id="comments-add"><h4>Ihr Kommentar zu diesem Artikel</h4><form class="comment-form"><textarea name="comment_body"></textarea></form></div></section></body></html>`;
		const result = extract(pageFromHtml(html, 'https://magazin.example/innenpolitik/sterben'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items.map((c) => [c.id, c.author.name, c.postedAt, c.parentId, c.text])).toEqual([
			['comment-214174', 'Katharine Schön', '2020-04-22T06:59:53+00:00', null, 'Ein sehr wichtiger Artikel, nicht nur wegen Corona.'],
			['comment-214244', 'Horst Kessler', '2020-04-22T13:44:38+00:00', null, 'Es scheint noch viele zu geben, die anders denken.'],
			['comment-214343', 'Heidemarie Heim', '2020-04-23T12:27:36+00:00', 'comment-214244', 'Werter Herr Kessler, ich fühle mich angesprochen.'],
		]);
	});
});
