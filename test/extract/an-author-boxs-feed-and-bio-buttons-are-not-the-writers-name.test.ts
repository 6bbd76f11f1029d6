import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * An author box under the headline lists its buttons as links (`<ul class="author">`: "See All
 * Articles", "Subscribe to RSS" to the writer's feed, a "Bio" toggle). Those are controls, not
 * the writer's name: none of them is the byline. A link that prints the name still is.
 */

const authorsWith = (links: string) => snapshotOf(`<!doctype html><html lang="en"><head><title>Batteries</title></head><body><article><h1>Batteries</h1><div class="author-box"><div class="name">Jane Roe</div><ul class="author">${links}</ul></div>${ARTICLE_PARAGRAPHS}</article></body></html>`, 'https://news.example/2014/12/25/batteries/').article.authors;

const BUTTONS = '<li><a href="/author/jroe/">See All Articles</a></li><li><a href="/author/jroe/feed/">Subscribe to RSS</a></li><li><a href="#" data-dropdown="bio">Bio</a></li>';

describe('an author box’s buttons', () => {
	it('are not the writer’s name', () => {
		expect(authorsWith(BUTTONS)).toEqual([]);
	});

	it('leave the link that prints the name to be the byline', () => {
		expect(authorsWith(`${BUTTONS}<li><a href="/author/jroe/">Jane Roe</a></li>`)).toEqual([{name: 'Jane Roe', url: 'https://news.example/author/jroe/'}]);
	});
});
