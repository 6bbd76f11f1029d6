import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A page that names its writer in a meta tag and links the same name, with no byline class,
 * to the writer's archive right under the headline: the meta tag gives the name, the link
 * beside the headline the writer's page.
 */

function authorsOf(headlineBox: string) {
	const html = `<!doctype html><html lang="en"><head><title>The mystery plane over the city, explained</title>
<meta name="author" content="Nicole Rivers"></head><body>
<main><article><header><h1>The mystery plane over the city, explained</h1>${headlineBox}</header>${ARTICLE_PARAGRAPHS}</article></main></body></html>`;
	return snapshotOf(html, 'https://news.example/article/mystery-plane').article.authors;
}

describe('a writer named in a meta tag', () => {
	it('takes the archive link beside the headline that prints the same name', () => {
		expect(authorsOf('<div><a href="/author/nicole-rivers" class="underline-link">Nicole Rivers</a> · Dec 13, 2016</div>')).toEqual([
			{name: 'Nicole Rivers', url: 'https://news.example/author/nicole-rivers'},
		]);
	});

	it('keeps no link when the headline’s archive link names someone else', () => {
		expect(authorsOf('<div><a href="/author/stan-miller">Stan Miller</a></div>')).toEqual([{name: 'Nicole Rivers', url: null}]);
	});
});
