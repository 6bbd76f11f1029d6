import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A news CMS sets an agency story's first paragraph as the teaser under the headline
 * (`div.teaser > p`, marked `itemprop="description"`), and prints the whole story, that
 * paragraph first, in the body container below. The teaser is the lead, found between headline
 * and body; the body repeating it word for word means the reader has it once.
 */
const OPENING = 'Berlin (dpa) - Für einen Roman über die alte Bundesrepublik hat eine Autorin den Literaturpreis des Jahres erhalten. Das Buch wurde in Frankfurt als beste Neuerscheinung ausgezeichnet.';
const REST = [
	'Die Jury lobte die Vielzahl von Episoden und Fragmenten, in denen die Nachkriegszeit aus der Sicht einer Jugendlichen erzählt wird, und nannte das Buch ein Ereignis.',
	'Der Preis, vor zwanzig Jahren erstmals vergeben, gilt als wichtigste Auszeichnung der Branche und ist mit fünfundzwanzigtausend Euro dotiert.',
	'Die Verleihung fand zum Auftakt der Buchmesse statt, vor Verlegern, Kritikern und den übrigen Autorinnen und Autoren, die auf der Liste der Nominierten standen.',
];

function paragraphs(teaser: string): string[] {
	const html = `<!doctype html><html lang="de"><head><title>Autorin erhält Literaturpreis - Tageszeitung</title></head><body><main>
<section class="ar ar-detail" itemscope itemtype="http://schema.org/Article">
<header class="ar-functions"><div class="share"><a href="mailto:?subject=Empfehlung">Artikel versenden</a></div>
<h1 class="ar-headline" itemprop="headline">Autorin erhält Literaturpreis</h1>
<div class="ar-teaser-detail" itemprop="description"><p>${teaser}</p></div>
<div class="ar-date">12.10.2015, 19:16 Uhr</div></header>
<article class="cf"><div class="ar-text-detail" itemprop="articleBody"><p>${OPENING}</p>${REST.map((text) => `<p>${text}</p>`).join('')}</div></article>
</section></main></body></html>`;
	return snapshotOf(html, 'https://zeitung.example/nachrichten_artikel,-autorin-erhaelt-literaturpreis-_arid,1234.html').article.body.filter((block) => block.type === 'paragraph').map((block) => block.text);
}

describe('a teaser under the headline that the body repeats as its first paragraph', () => {
	it('is read once', () => {
		expect(paragraphs(OPENING)).toEqual([OPENING, ...REST]);
	});

	it('while a teaser of its own still opens the body as its lead', () => {
		const teaser = 'Eine Autorin erhält den Literaturpreis des Jahres für einen Roman über die alte Bundesrepublik, erzählt von einer Jugendlichen.';
		expect(paragraphs(teaser)).toEqual([teaser, OPENING, ...REST]);
	});
});
