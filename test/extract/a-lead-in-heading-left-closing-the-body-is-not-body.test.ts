import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * A heading that ends with a colon leads in to what follows it. When what followed was a teaser
 * box or a link list, which leave the body, the heading is left closing the body with nothing of
 * the story after it ("Weitere Informationen zum Coronavirus in Thüringen:"): it is not body.
 * A heading without the colon that closes the body stays.
 */

function bodyOf(closing: string): string[] {
	const html = `<!doctype html><html lang="de"><head><title>Autohäuser</title></head><body><div class="box"><h1>Autohäuser rechnen mit langsamem Anlaufen des Geschäfts</h1><div class="paragraph"><p class="text">Thüringens Autohäuser rechnen nach der Lockerung der Corona-Auflagen mit einem langsamen Neustart des Geschäftes, die Händler seien froh, dass sie wieder öffnen dürften.</p></div><h3 class="subtitle">Autohersteller sollen Produktionen hochfahren</h3><div class="paragraph"><p class="text">Wichtig sei jetzt vielmehr, dass die Hersteller wieder die Produktion hochfahren würden, sagte der Verband, und dass die Lieferketten bis zum Sommer wieder stehen.</p></div><h3 class="subtitle">${closing}</h3></div><div class="con cssBoxTeaserStandard"><div class="box boxSmall"><a href="/thema/corona.html">Das Coronavirus in Thüringen: Telefonnummern, Nachrichten, Infos</a></div><div class="box boxSmall"><a href="/ticker.html">Ticker vom 20. April: Thüringen plant Mundschutzpflicht</a></div></div></body></html>`;
	const result = extract(pageFromHtml(html, 'https://sender.example/autohaeuser.html'), {profiles: []});
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.body.map((block) => block.text);
}

describe('a lead-in heading left closing the body', () => {
	it('is not body', () => {
		expect(bodyOf('Weitere Informationen zum Coronavirus in Thüringen:').at(-1)).toMatch(/^Wichtig sei jetzt vielmehr/);
	});

	it('is a heading ending with a colon only', () => {
		expect(bodyOf('Ausblick auf den Sommer').at(-1)).toBe('Ausblick auf den Sommer');
	});
});
