import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A CMS sets the header picture between the headline and the body container with its caption
 * and credit in boxes of their own, outside any `<figure>` (`div.field--name-field-image-caption`
 * under the picture's box). The caption is a sentence, but the picture's, not the article's
 * lead; the lead box beside it still opens the body.
 */
const CAPTION = 'Da Fellbesatz für Kleider immer mehr hinterfragt wird, kommt vermehrt Kunstpelz auf Erdölbasis zum Einsatz.';
const LEAD = 'Nach der ersten Marke will nun auch eine zweite vollständig auf Echtpelz verzichten und so Tierleid in der Produktion verhindern.';
/** The story in the CMS's text paragraphs, each under its subheading. */
const STORY = ['Erste Marke', 'Zweite Marke', 'So geht es'].map((heading) => `<div class="paragraph paragraph--type--text"><div class="content"><h2 class="title">${heading}</h2><div class="field field--name-field-text">${ARTICLE_PARAGRAPHS}</div></div></div>`).join('\n');

function bodyTexts(captionClass: string): string[] {
	const html = `<!doctype html><html lang="de"><head><title>Modemarken werden pelzfrei | Tierseite</title></head><body><main>
<article class="node node--type-article"><div class="node__title"><h1><span class="field field--name-title">Modemarken werden pelzfrei</span></h1>
<div class="metadata"><time datetime="2022-02-01T11:10:00Z">Dienstag, 01. Februar 2022 12:10</time></div></div>
<div class="content__wrapper"><div class="header_wrapper"><div class="node__header">
<div class="field field--name-field-header-image"><article class="media media--type-image"><div class="field field--name-field-media-image"><picture><img src="/images/models.jpg" alt="Models"></picture></div>
<div class="${captionClass}"><p>${CAPTION}</p></div>
<div class="field field--name-field-image-credits"><p>Agentur</p></div></article></div>
<div class="field field--name-field-lead">${LEAD}</div></div>
<div class="node__sidebar"><div class="flag flag-like"><a href="/flag/like/1" rel="nofollow"><span class="count">52 <span>Likes</span></span></a></div>
<div class="block block-share-block"><div class="share-buttons"><div class="opener"><span>Teilen</span></div><div class="links"><a href="https://twitter.com/intent/tweet?url=x" class="twitter">Twitter</a> <a href="https://www.facebook.com/share.php?u=x" class="facebook">Facebook</a> <a href="mailto:?subject=x" class="email">Email</a></div></div></div>
<div class="block block-current-issue-side-block"><div class="current-issue-wrapper"><h4>Die aktuelle Ausgabe</h4><img src="/images/cover.png" alt=""><a class="subscribe" href="/magazin/abonnieren">Jetzt abonnieren</a></div></div></div></div>
<div class="node__content"><div class="field field--name-field-paragraphs">${STORY}</div></div></div></article></main></body></html>`;
	return snapshotOf(html, 'https://tiere.example/news/modemarken-werden-pelzfrei').article.body.filter((block) => block.type === 'paragraph').map((block) => block.text);
}

describe('a picture caption between the headline and the body', () => {
	it('is not taken as the lead paragraph', () => {
		const texts = bodyTexts('clearfix text-formatted field field--name-field-image-caption');
		expect(texts).not.toContain(CAPTION);
		expect(texts[0]).toBe(LEAD);
	});

	it('while a box of the same shape not named a caption still opens the body as its lead', () => {
		expect(bodyTexts('clearfix text-formatted field field--name-field-intro')[0]).toBe(CAPTION);
	});
});
