import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * WordPress SEO plugins name the writer in their Twitter card's label/data pairs ("Written by"
 * / the name). A page whose byline is a button (Android Authority's opens an author card) has
 * no other tag or element that names the writer.
 */

function authorsOf(head: string): string[] {
	const html = `<!doctype html><html lang="en"><head><title>Sports in 4K HDR on Google TV</title>${head}</head><body><main><h1>Sports in 4K HDR on Google TV</h1>
<div><span>By </span><button type="button" class="e_Rc">Hillary Keverenge</button></div>${ARTICLE_PARAGRAPHS}</main></body></html>`;
	const result = extract(pageFromHtml(html, 'https://www.androidauthority.com/sports-4k-hdr-google-tv-3719472/'), {profiles: []});
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.authors.map((author) => author.name);
}

describe('the writer in a Twitter card label pair', () => {
	it('is the author when no other tag names one', () => {
		expect(authorsOf('<meta name="twitter:label1" content="Written by"/><meta name="twitter:data1" content="Hillary Keverenge"/><meta name="twitter:label2" content="Est. reading time"/><meta name="twitter:data2" content="2 minutes"/>')).toEqual(['Hillary Keverenge']);
	});

	it('is not read from a pair with another label', () => {
		expect(authorsOf('<meta name="twitter:label1" content="Est. reading time"/><meta name="twitter:data1" content="2 minutes"/>')).not.toContain('2 minutes');
	});

	it('comes after the author tag a page also writes', () => {
		expect(authorsOf('<meta name="author" content="Jane Doe"/><meta name="twitter:label1" content="Written by"/><meta name="twitter:data1" content="Hillary Keverenge"/>')).toEqual(['Jane Doe']);
	});
});
