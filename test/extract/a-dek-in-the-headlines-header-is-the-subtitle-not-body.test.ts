import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Newsrooms call the line under the headline the "dek" and name its element so, often in
 * BEM style (a Condé Nast title's `header.content-header` > … > `p.content-header__dek`).
 * Inside the header that holds the headline, it is the article's subtitle: metadata, not the
 * opening paragraph. WordPress news themes print the post's excerpt there (`span.mvp-post-excerpt`).
 * Teaser cards elsewhere name their summaries `…__dek` and `…__excerpt` too.
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

	it('is the post’s excerpt a WordPress news theme prints under the headline, and repeated as the opening paragraph it leaves the body', () => {
		const excerpt = 'A widespread outage affected three apps worldwide, triggering login failures and loading errors.';
		const html = `<!doctype html><html lang="en"><head><title>Outage hits three apps | News</title><meta name="description" content="A major outage disrupted three apps."></head><body>
<main><article id="mvp-article-wrap"><header id="mvp-post-head" class="left relative"><h3 class="mvp-post-cat"><a href="/tech/"><span>Tech</span></a></h3><h1 class="mvp-post-title entry-title">Outage hits three apps</h1>
<span class="mvp-post-excerpt left"><p>${excerpt}</p></span></header>
<div id="mvp-content-main"><p>${excerpt}</p>${ARTICLE_PARAGRAPHS}<div class="related-posts"><div class="post-item__excerpt"><p>A teaser for another story that the site published last week.</p></div></div></div></article></main></body></html>`;
		const {article} = snapshotOf(html, 'https://news.example/outage-hits-three-apps/');
		expect(article.subtitle).toBe(excerpt);
		expect(article.body.map((block) => block.text)).not.toContain(excerpt);
		expect(article.body[0]?.text).toMatch(/^The body of this test article/);
	});

	it('is not read from a teaser card’s dek in the body', () => {
		const card = '<div class="related-list"><div class="summary-item"><a class="summary-item__hed-link" href="https://magazine.example/story/other/">Another story</a><p class="summary-item__dek">A teaser for another story that the magazine published last week.</p></div></div>';
		expect(snapshotWith(card).article.subtitle).not.toBe('A teaser for another story that the magazine published last week.');
	});
});
