import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A phone-news site sets its article header inside the story's `<article>`, read with the story
 * as one container: the section label as a heading of its own (`<div class="block-header"><h2>
 * News</h2></div>`), then the headline. Both are header, read as metadata: the body starts with
 * the story.
 */

const TITLE = 'Next year’s phones should watch out for a repeat problem';

function body(header: string): string[] {
	const html = `<!doctype html><html lang="en"><head><title>${TITLE}</title></head><body>
<div class="site-container"><div class="flex-container" id="article-block"><main class="col-main block article-wrap"><article id="post">
<header>${header}</header><div class="block article-body">${ARTICLE_PARAGRAPHS}</div></article></main></div></div></body></html>`;
	return snapshotOf(html, 'https://phones.example/articles/26/06/15/repeat-problem').article.body.map((block) => block.text);
}

describe('a section label set as a heading above the headline', () => {
	it('is left out with the headline', () => {
		expect(body(`<div class="block-header"><h2>News</h2></div><h1>${TITLE}</h1>`)[0]).toMatch(/^The body of this test article/);
	});
});
