import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Themes set the lede in a heading element for its type size: a subheading inside the box marked
 * as the lead (`div.Post__lead > h2`), or a heading marked as the lead itself
 * (`h2.article-header-leadText`). Its text is a sentence, the story's first paragraph, not a
 * section heading; a short subheading in the body stays a heading.
 */
const LEAD = 'Die Zeichen für einen reibungslosen Ablauf der Rallye stehen gut. Die erforderlichen Genehmigungen der Behörden liegen vor.';

function bodyOf(leadBox: string): {type: string; text?: string}[] {
	const html = `<!doctype html><html lang="de"><head><title>Rallye: Pistenstopp am Rhein - Autoseite</title></head><body>
<div class="WrapperPost"><article id="post-75163" class="Post__article">
<header class="Post__header"><div class="Post__title"><h1 class="Post__heading--primary">Rallye: Pistenstopp am Rhein</h1></div>
${leadBox}
<div class="Post__meta"><span class="Post__author">Redaktion</span></div></header>
<div class="Post__content"><h3>Die Strecke</h3>${ARTICLE_PARAGRAPHS}</div></article></div></body></html>`;
	return snapshotOf(html, 'https://autos.example/de/classic/rallye-pistenstopp-am-rhein/').article.body.map(({type, text}) => ({type, text}));
}

describe('a lead set in a heading', () => {
	it('is the opening paragraph when the heading sits in the box marked as the lead', () => {
		const body = bodyOf(`<div class="Post__lead"><h2>\n\t${LEAD}\n</h2></div>`);
		expect(body[0]).toEqual({type: 'paragraph', text: LEAD});
		expect(body).toContainEqual({type: 'heading', text: 'Die Strecke'});
	});

	it('is the opening paragraph when the heading itself is marked as the lead', () => {
		expect(bodyOf(`<h2 class="article-header-leadText">${LEAD}</h2>`)[0]).toEqual({type: 'paragraph', text: LEAD});
	});
});
