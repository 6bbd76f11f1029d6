import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * German sites call their readers' comments letters ("Leserbriefe", `div.leserbrief`) and their
 * writer "Autor" (`span.autor`): the letters are the thread, and the span names each commenter.
 */

const ARTICLE = `<h1>Bericht zur Lage</h1><div id="article_maincontent"><p>Die Zahl der Neuinfektionen sank schon vor den Maßnahmen, wie eine Auswertung des Instituts vom Mittwoch zeigt. Die Regierung hält dennoch an ihrem Kurs fest und verweist auf die Lage in den Kliniken.</p><p>Fachleute widersprechen: Entscheidend sei der Schutz der Risikogruppen, nicht die Schließung aller Geschäfte, sagte ein Epidemiologe am Abend.</p></div>`;

const letter = (name: string, words: string): string =>
	`<div class="leserbrief"><div class="leserbrief_inner"><div class="leserbrief_meta"><span class="autor">${name}</span> / 22.04.2020</div><p>${words}</p></div></div>`;

describe('reader letters under a German post', () => {
	it('are its comments, each named by its writer', () => {
		const letters =
			letter('Karla Kuhn', 'Die strenge Umsetzung in Sachsen wundert mich sehr, das hätte ich anders erwartet.') +
			letter('Hans Kloss', 'Ich habe heute ein paar Kommentare zu dem Artikel über die Masken gelesen, vieles wurde gelöscht.') +
			letter('Maria Bernacka', 'Sie haben die Lage in dem Artikel sehr gut zusammengefasst, vielen Dank dafür.');
		const form = `<div class="section_formular"><h3>Leserbrief schreiben</h3><div class="leserbrief"><div class="leserbrief_inner"><p>Leserbriefe können nur am Erscheinungstag des Artikels eingereicht werden. Wir bitten um Ihr Verständnis.</p></div></div></div>`;
		const html = `<!doctype html><html lang="de"><head><title>Bericht zur Lage</title></head><body>${ARTICLE}<div class="section_leserpost"><div id="comment_entries"><div class="headline_section">Leserpost</div>${letters}</div></div>${form}</body></html>`;
		const result = extract(pageFromHtml(html, 'https://blog.example/artikel/bericht'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		const items = result.snapshot.comments.items;
		expect(items.map((c) => c.author.name)).toEqual(['Karla Kuhn', 'Hans Kloss', 'Maria Bernacka']);
		expect(items[1]?.text).toContain('ein paar Kommentare zu dem Artikel');
		expect(items.map((c) => c.text).join(' ')).not.toContain('Erscheinungstag');
	});
});
