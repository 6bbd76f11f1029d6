import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Newsrooms call the line under the headline the "dek" and name its element so, often in
 * BEM style (a Condé Nast title's `header.content-header` > … > `p.content-header__dek`).
 * Inside the header that holds the headline, it is the article's subtitle: metadata, not the
 * opening paragraph. Teaser cards elsewhere name their summaries `…__dek` too.
 */

const DEK = 'But, he says, the fandom should not let itself be defined by a few loud bigots.';

function snapshotWith(afterHeader: string): ReturnType<typeof snapshotOf> {
	const html = `<!doctype html><html lang="en"><head><title>Director answers the diversity critics | Magazine</title></head><body>
<main id="main-content"><article class="article main-content"><div class="lede-background"><header class="content-header article__content-header">
<div class="content-header__row content-header__title-block"><div class="bylines"><div class="byline bylines__byline"><a class="byline__name-link" href="https://magazine.example/contributor/dana-whitfield">Dana Whitfield</a></div></div>
<h1 class="content-header__row content-header__hed">Director answers the diversity critics</h1></div>
<div class="content-header__row content-header__accreditation"><p class="content-header__row content-header__dek">${DEK}</p></div>
<figure class="lead-asset__content"><img alt="The director on stage" src="https://media.magazine.example/photos/stage.jpg"><figcaption class="caption"><span class="caption__credit">Photograph: Lee Park</span></figcaption></figure>
</header></div><div class="content-background"><div class="grid--item body body__container article__body">${afterHeader}${ARTICLE_PARAGRAPHS}</div></div></article></main></body></html>`;
	return snapshotOf(html, 'https://magazine.example/story/director-diversity-critics/');
}

describe('a dek in the header that holds the headline', () => {
	it('is the subtitle and not the body’s opening paragraph', () => {
		const snapshot = snapshotWith('');
		expect(snapshot.article.subtitle).toBe(DEK);
		expect(snapshot.article.body.map((block) => block.text)).not.toContain(DEK);
		expect(snapshot.article.body.find((block) => block.type === 'paragraph')?.text).toMatch(/^The body of this test article/);
	});

	it('is not read from a teaser card’s dek in the body', () => {
		const card = '<div class="related-list"><div class="summary-item"><a class="summary-item__hed-link" href="https://magazine.example/story/other/">Another story</a><p class="summary-item__dek">A teaser for another story that the magazine published last week.</p></div></div>';
		expect(snapshotWith(card).article.subtitle).not.toBe('A teaser for another story that the magazine published last week.');
	});
});
