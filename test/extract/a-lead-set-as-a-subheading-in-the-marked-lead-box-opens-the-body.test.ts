import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A WordPress theme sets the lead between the headline and the byline in a box marked as the
 * lead, written as a subheading for its size (`<div class="Post__lead"><h2>Die Zeichen … stehen
 * gut.</h2></div>`), then the story in `div.Post__content`. The subheading's sentence opens the
 * body; a subheading in a box not marked as the lead (a section label) does not.
 */
const LEAD = 'WO MAN SICH TRIFFT Die Zeichen für einen reibungslosen Ablauf der Rallye stehen gut. Die erforderlichen Genehmigungen der Behörden liegen vor.';

function bodyTexts(boxClass: string): string[] {
	const html = `<!doctype html><html lang="de"><head><title>Rallye: Pistenstopp am Rhein - Autoseite</title></head><body>
<div class="WrapperPost"><div class="Post__container"><div class="Post__root"><article id="post-75163" class="Post__article">
<header class="Post__header"><div class="Post__title"><h1 class="Post__heading--primary">Rallye: Pistenstopp am Rhein</h1></div>
<div class="${boxClass}"><h2>
	${LEAD}
</h2></div>
<div class="Post__meta"><span class="Post__author">Redaktion</span><span> - </span><span class="Post__date">31. Januar 2022</span></div></header>
<div class="Post__content">${ARTICLE_PARAGRAPHS}</div></article></div></div></div></body></html>`;
	return snapshotOf(html, 'https://autos.example/de/classic/rallye-pistenstopp-am-rhein/').article.body.map((block) => block.text);
}

describe('a lead set as a subheading inside the box marked as the lead', () => {
	it('opens the body', () => {
		expect(bodyTexts('Post__lead')[0]).toBe(LEAD);
	});

	it('while a subheading in a box not marked as the lead does not', () => {
		expect(bodyTexts('Post__kicker')).not.toContain(LEAD);
	});
});
