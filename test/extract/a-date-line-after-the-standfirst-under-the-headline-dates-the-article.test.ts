import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A news CMS sets the standfirst in a marked box under the headline and prints the date line
 * after it (`<h1/><div class="ar-teaser-detail"><p>…</p></div><div class="ar-date">12.10.2015,
 * 19:16 Uhr</div>`), with no `<time>`, meta tag or address date. The standfirst is long, but it
 * is the head's, not the story: the date line after it still dates the article. A long box the
 * page does not mark as its lead is the story, and what follows it dates nothing.
 */
const STANDFIRST = 'Frankfurt (dpa) - Für einen Roman über die alte Bundesrepublik hat eine Autorin den Literaturpreis des Jahres erhalten. Das Buch wurde in Frankfurt als beste literarische Neuerscheinung des Jahres im deutschsprachigen Raum ausgezeichnet.';

function publishedAt(standfirstClass: string): string | null {
	const html = `<!doctype html><html lang="de"><head><title>Autorin erhält Literaturpreis - Tageszeitung</title></head><body><main>
<section class="ar ar-detail"><header class="ar-functions"><div class="share"><a href="mailto:?subject=Empfehlung">Artikel versenden</a></div>
<h1 class="ar-headline">Autorin erhält Literaturpreis</h1>
<div class="${standfirstClass}"><p>${STANDFIRST}</p></div>
<div class="paywall-counter hide"><span>Noch 10 Gratis-Artikel diesen Monat.</span></div>
<div class="ar-date">12.10.2015, 19:16 Uhr</div></header>
<article class="cf"><div class="ar-text-detail">${ARTICLE_PARAGRAPHS}</div></article></section></main></body></html>`;
	return snapshotOf(html, 'https://zeitung.example/nachrichten_artikel,-autorin-erhaelt-literaturpreis-_arid,1234.html').article.publishedAt;
}

describe('a date line after the standfirst the page marks under its headline', () => {
	it('dates the article', () => {
		expect(publishedAt('ar-teaser-detail')).toBe('2015-10-12T19:16:00Z');
		expect(publishedAt('article-lead')).toBe('2015-10-12T19:16:00Z');
	});

	it('while after a long box not marked as the lead it dates nothing', () => {
		expect(publishedAt('ar-text-top')).toBeNull();
	});
});
