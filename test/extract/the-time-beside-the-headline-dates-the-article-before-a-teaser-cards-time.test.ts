import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A news page whose story is no `<article>` (a `<main>` with a header and a body box) while
 * each related-story card below it is one, with its own `<time datetime>`. The time set
 * beside the headline dates the story, not the first card's.
 */
function publishedAt(header: string, cards: string): string | null {
	const html = `<!doctype html><html lang="ja"><head><title>USB stick lost on a train | Security News</title><meta property="article:modified_time" content="2019-03-05T08:15:11+09:00"></head><body>
<main class="thm-main"><header class="arti-header"><h1 class="head">USB stick lost on a train</h1><p class="arti-summary">A university says a lecturer lost a USB stick holding student records.</p>${header}</header>
<div class="arti-content">${ARTICLE_PARAGRAPHS}</div>
<section class="main-pickup"><h2 class="caption">Pickup</h2><ul class="pickup-list">${cards}</ul></section></main></body></html>`;
	return snapshotOf(html, 'https://security.example/article/2019/03/05/42049.html').article.publishedAt;
}

const card = (date: string): string => `<li class="item item--box"><a class="link" href="/article/${date}/1.html"><article class="pickup-content"><img class="figure" src="/imgs/${date}.jpg" alt="" width="260" height="173"><span class="figcaption">An external disk with patient records is lost<time class="date" datetime="${date}T08:15:02+09:00">${date}</time></span></article></a></li>`;

describe('the time beside the headline', () => {
	it('dates the article before a related card’s time', () => {
		expect(publishedAt('<time class="date" datetime="2019-03-05T08:15:11+09:00">2019年3月5日（火） 08時15分</time>', card('2019-03-04') + card('2019-02-28'))).toBe('2019-03-05T08:15:11+09:00');
	});

	it('leaves the cards’ times alone when the headline has none, as before', () => {
		expect(publishedAt('', card('2019-03-04'))).toBe('2019-03-04T08:15:02+09:00');
	});
});
