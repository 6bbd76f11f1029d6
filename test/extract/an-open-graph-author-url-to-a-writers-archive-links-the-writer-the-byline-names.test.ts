import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Open Graph's `article:author` lists the writers by profile URL, not by name: a WordPress news
 * theme writes the writer's archive page there (`/author/fox-news/`) and prints the name in a
 * plain byline ("By Fox News"). One writer and one archive URL are the same writer. A profile
 * elsewhere (the publisher's Facebook page) or two URLs leave the name without a link.
 */

const authorsOf = (tags: string, byline = '<p class="byline">By Jane Doe</p>') => {
	const html = `<!doctype html><html lang="en"><head><title>Surfer survives shark attack | Daily News</title>
<meta property="og:type" content="article">${tags}</head><body>
<div id="article-wrapper"><div class="article-header"><h1>Surfer survives shark attack</h1><div id="author-byline">${byline}</div>
<p class="byline-date">December 29, 2014 | 10:32am</p></div><div class="entry-content">${ARTICLE_PARAGRAPHS}</div></div></body></html>`;
	return snapshotOf(html, 'https://dailynews.example/2014/12/29/surfer-survives-shark-attack/').article.authors;
};

describe('an Open Graph author URL', () => {
	it("links the byline's writer to the archive page it names", () => {
		expect(authorsOf('<meta property="article:author" content="https://dailynews.example/author/jane-doe/">')).toEqual([{name: 'Jane Doe', url: 'https://dailynews.example/author/jane-doe/'}]);
	});

	it('leaves the writer without a link when it is no archive page', () => {
		expect(authorsOf('<meta property="article:author" content="https://www.facebook.com/dailynews">')).toEqual([{name: 'Jane Doe', url: null}]);
	});

	it('leaves the writer without a link when the tag lists two writers', () => {
		const tags = '<meta property="article:author" content="https://dailynews.example/author/jane-doe/"><meta property="article:author" content="https://dailynews.example/author/john-roe/">';
		expect(authorsOf(tags)).toEqual([{name: 'Jane Doe', url: null}]);
	});
});
