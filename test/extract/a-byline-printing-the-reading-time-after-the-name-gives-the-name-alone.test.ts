import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A business-tech magazine sets the reading time in the byline box, right after the name
 * (`<div class="post__byline"><cite>By Zach Hanlon</cite><span>5 minute Read</span></div>`):
 * read as one text, "By Zach Hanlon5 minute Read". The writer is "Zach Hanlon".
 */

function authors(byline: string): string[] {
	const html = `<!doctype html><html lang="en"><head><title>The only five email folders you need</title></head><body>
<div class="post__content"><h1>The only five email folders you need</h1><div class="post__byline">${byline}</div>
<article class="post__article">${ARTICLE_PARAGRAPHS}</article></div></body></html>`;
	return snapshotOf(html, 'https://magazine.example/3067012/five-email-folders').article.authors.map((author) => author.name ?? '');
}

describe('a byline printing the reading time after the name', () => {
	it('gives the name alone', () => {
		expect(authors('<cite class="post__by">By Zach Hanlon</cite><span class="post__readTime">5 minute Read</span>')).toEqual(['Zach Hanlon']);
	});
});
