import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A page names its writer in a meta tag (`<meta name="author" content="Jane Roe">`) and links the
 * same name in the byline under the headline to the writer's page (`By <a rel="author"
 * href="/author/jroe/">Jane Roe</a>`). The meta tag decides the name; the byline gives the
 * profile link the tag has not. A byline naming someone else gives the tag's writer nothing.
 */

const pageWith = (byline: string) => `<!doctype html><html lang="en"><head><title>Batteries</title><meta name="author" content="Jane Roe"></head><body><article><h1>Batteries</h1><ul class="entry-header">${byline}<li class="entryDate">12.29.14</li></ul>${ARTICLE_PARAGRAPHS}</article></body></html>`;

const authorsOf = (byline: string) => snapshotOf(pageWith(byline), 'https://news.example/2014/12/batteries/').article.authors;

describe('a writer named in a meta tag', () => {
	it('takes the profile link the byline gives the same name', () => {
		expect(authorsOf('<li class="author">By&nbsp;<a rel="author" href="/author/jroe/">Jane Roe</a></li>')).toEqual([{name: 'Jane Roe', url: 'https://news.example/author/jroe/'}]);
	});

	it('takes no link from a byline naming someone else', () => {
		expect(authorsOf('<li class="author">By&nbsp;<a rel="author" href="/author/jdoe/">John Doe</a></li>')).toEqual([{name: 'Jane Roe', url: null}]);
	});
});
