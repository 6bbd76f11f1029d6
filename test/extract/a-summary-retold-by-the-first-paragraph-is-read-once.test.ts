import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A blog theme prints the post's hand-written excerpt at the top of the post
 * (`<p class="manual-excerpt">`), and the post's first paragraph then says the same in other
 * words: the story's own paragraph is read, the excerpt is not. An excerpt saying something the
 * next paragraph does not stays.
 */
const OPENING = 'Unter dem Titel „Politik im Netz“ veranstaltet die Stiftung am Samstag, dem 31. Januar, zwischen 10 und 17 Uhr im Rathaus ihre diesjährige Jahrestagung, an der ich auch teilnehmen werde.';
const MORE = [
	'Auf dem Programm stehen Vorträge und Diskussionen über Beteiligung im Netz, über Transparenz in der Verwaltung und über die Frage, wie Parteien online um Mitglieder werben.',
	'Die Teilnahme ist kostenlos, eine Anmeldung über die Seite der Stiftung wird aber erbeten, weil der Saal nur eine begrenzte Zahl von Plätzen bietet.',
	'Wer nicht nach Stuttgart kommen kann, kann die Vorträge im Stream verfolgen und über die Kommentarfunktion Fragen an die Referentinnen und Referenten stellen.',
];

function bodyTexts(excerpt: string): string[] {
	const html = `<!doctype html><html lang="de"><head><title>Jahrestagung 2015 der Stiftung | Blog</title></head><body>
<div id="main"><article class="post type-post"><h1 class="entry-title">Jahrestagung 2015 der Stiftung</h1>
<div class="entry-content">
<p class="manual-excerpt">${excerpt}</p>
<div class="at-above-post addthis_tool" data-url="https://blog.example/2015/01/jahrestagung/"></div><p>${OPENING}</p>
${MORE.map((text) => `<p>${text}</p>`).join('\n')}
</div></article></div></body></html>`;
	return snapshotOf(html, 'https://blog.example/2015/01/jahrestagung/').article.body.map((block) => block.text ?? '');
}

describe('a summary retold by the first paragraph', () => {
	it('is read once, as the story’s own paragraph', () => {
		const excerpt = 'Unter dem Titel „Politik im Netz“ veranstaltet die Stiftung am Samstag, 31. Januar, zwischen 10 und 17 Uhr im Rathaus ihre diesjährige Jahrestagung mit netzpolitischem Schwerpunkt, an der auch Konstantin teilnehmen wird.';
		expect(bodyTexts(excerpt)).toEqual([OPENING, ...MORE]);
	});

	it('stays when it says something the first paragraph does not', () => {
		const excerpt = 'Die Stiftung lädt zur Jahrestagung über digitale Politik: ein Tag mit Vorträgen, Streitgesprächen und einem Stream für alle, die nicht anreisen.';
		expect(bodyTexts(excerpt)[0]).toBe(excerpt);
	});
});
