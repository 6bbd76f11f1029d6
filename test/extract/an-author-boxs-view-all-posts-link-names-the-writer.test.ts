import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A WordPress theme's author box under the post links to the writer's archive with its default
 * wording, "View all posts by Daniel Lemire", the page's only byline (the theme's own byline is
 * hidden by a stylesheet). The writer is "Daniel Lemire", with the archive as the link.
 */

describe('an author box’s “View all posts by” link', () => {
	it('names the writer', () => {
		const html = `<!doctype html><html lang="en"><head><title>Parsing JSON quickly</title></head><body>
<article class="post"><h1 class="entry-title">Parsing JSON quickly</h1><div class="entry-content">${ARTICLE_PARAGRAPHS}</div>
<div class="author-info"><h2 class="author-heading">Published by</h2><div class="author-description"><p class="author-bio">A computer science professor.
<a class="author-link" href="https://blog.example/author/lemire/" rel="author">View all posts by Daniel Lemire</a></p></div></div></article></body></html>`;
		expect(snapshotOf(html, 'https://blog.example/2019/08/02/json-parsing/').article.authors).toEqual([{name: 'Daniel Lemire', url: 'https://blog.example/author/lemire/'}]);
	});
});
