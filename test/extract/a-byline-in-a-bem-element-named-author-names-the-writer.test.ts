import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Themes written in BEM name the byline as the `author` element of their post block
 * (`<span class="Post__author">Redaktion</span>`, `div.header-info__author`), with no
 * `.author`, `.byline` or author link: the element names the writer when nothing else does.
 */
function authors(metaClass: string): string[] {
	const html = `<!doctype html><html lang="de"><head><title>Rallye: Pistenstopp am Rhein - Autoseite</title></head><body>
<article id="post-75163" class="Post__article"><header class="Post__header"><div class="Post__title"><h1 class="Post__heading--primary">Rallye: Pistenstopp am Rhein</h1></div>
<div class="Post__meta"><span class="${metaClass}">Erika Muster</span><span> - </span><span class="Post__date">31. Januar 2022</span></div></header>
<div class="Post__content">${ARTICLE_PARAGRAPHS}</div></article></body></html>`;
	return snapshotOf(html, 'https://autos.example/de/classic/rallye-pistenstopp-am-rhein/').article.authors.map((author) => author.name);
}

describe('a byline in a BEM element named author', () => {
	it('names the writer', () => {
		expect(authors('Post__author')).toEqual(['Erika Muster']);
	});

	it('while an element of another name does not', () => {
		expect(authors('Post__source')).toEqual([]);
	});
});
