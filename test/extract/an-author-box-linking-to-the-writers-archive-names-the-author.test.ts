import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Some pages name their writer only in the bio box under the story (`#authorinfobox`,
 * `.author-box`), linking the name to the writer's archive (`/author/<slug>/`, WordPress's
 * path). With no meta tag or byline naming anyone, that link is the byline.
 */

function authorsOf(after: string): string[] {
	const html = `<!doctype html><html lang="en"><head><title>Which smart speaker should you buy?</title></head><body>
<div class="content" id="article"><div class="thepost"><h2>Which smart speaker should you buy?</h2><div class="thecontent">${ARTICLE_PARAGRAPHS}</div>${after}</div></div></body></html>`;
	return snapshotOf(html, 'https://howto.example/2016/12/which-smart-speaker/').article.authors.map((author) => author.name);
}

describe('an author box under the story', () => {
	it('names the author through its link to the writer’s archive', () => {
		const box = '<div class="articleExtras"><div style="width:450px;float:left;" id="authorinfobox"><p><b><a href="https://howto.example/author/craiglee/">Craig Lee</a></b> is a gadget writer, an aviation geek and a proud introvert who began tinkering with the family computer as a teenager.</p></div><div><ul><li>Published 12/10/16</li></ul></div></div>';
		expect(authorsOf(box)).toEqual(['Craig Lee']);
	});

	it('is not read from a link elsewhere to some writer’s archive', () => {
		const teaser = '<div class="more-stories"><a href="https://howto.example/author/someone-else/">Someone Else</a> wrote about chargers last week.</div>';
		expect(authorsOf(teaser)).toEqual([]);
	});
});
