import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * A thread written in BEM names its comment as a block (`div.c-comment-card`, with the component
 * prefix) and the comment's words as that block's text element (`c-comment-card__text`,
 * `c-comment__content`): even a lone comment is read, and its words leave out the name link's
 * badge ("| Community").
 */

const ARTICLE = `<article><h1>Heute schon an morgen denken</h1><div class="s-article-text"><p>Die Kultur kommt schrittweise aus der Corona-Zwangspause. Notwendig sind wirksame Hilfen, neues Denken und verlässliche Politik, die aufbaut statt zu kürzen, sagt der Minister.</p><p>Durch die Beschränkungen des öffentlichen Lebens wurde erreicht, dass sich das Virus langsamer ausbreitet, doch für Häuser und Ensembles bleibt die Lage ernst.</p></div></article>`;

describe('a BEM comment card', () => {
	it('is a comment, and its text element holds its words', () => {
		const card = `<div class="column c-comment-card js-comment-wrapper"><div class="row c-comment-container"><div id="1587533627568552" class="c-comment-container__highlight-wrapper clearfix"><div class=" js-comment-box"><div class="small-3 column c-comment-card__avatar"><a href="https://zeitung.example/autoren/gustlik"><img src="/autoren/gustlik/avatar.jpeg" alt="Gustlik" height="50" width="50"/></a></div><div class="small-9 column"><a href="https://zeitung.example/autoren/gustlik"><span class="c-author js-origin-writer">Gustlik</span><span class="c-author__divider">|</span><span class="c-author__community">Community</span></a><a href="#1587533627568552"><time class="c-comment-card__timestamp" datetime="2020-04-22 07:33:47">2020-04-22 07:33:47</time></a></div><div class="column"><div class="c-comment-card__text js-shorten-comments"><p>Nun, erst gestern wurde gezeigt, welches Wirrwarr die Länder hier zwischen Borna, Altenburg und Zeitz veranstalten.</p></div></div></div><div class="column"><a class="c-button c-button--submit" href="/login" title="Beantworten">Beantworten</a></div></div></div></div>`;
		const html = `<!doctype html><html lang="de"><head><title>Morgen</title></head><body>${ARTICLE}<div id="comments" class="c-stripe x-comments"><h3 class="c-section-divider__title">Kommentare <span class="qa-article-comment-count">1</span></h3><a class="c-comment-card__call-to-comment" href="#comment-form-wrapper">Kommentieren ...</a><div class="row">${card}</div></div></body></html>`;
		const result = extract(pageFromHtml(html, 'https://zeitung.example/autoren/minister/morgen'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items.map((c) => [c.author.name, c.postedAt, c.text])).toEqual([
			['Gustlik', '2020-04-22T07:33:47Z', 'Nun, erst gestern wurde gezeigt, welches Wirrwarr die Länder hier zwischen Borna, Altenburg und Zeitz veranstalten.'],
		]);
	});
});
