import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A PC-news CMS marks its byline by id (`div#byline`) and sets it in brackets with the site
 * after the writer: "[Jane Doe, PC News]" on "PC News Hardware". The writer is Jane Doe: the
 * brackets are type and the site is the publisher. Another outlet after the comma stays.
 */

function authorsOf(byline: string): string[] {
	const html = `<!doctype html><html lang="en"><head><title>Testing SSDs in a tiny PC</title><meta property="og:site_name" content="PC News Hardware"></head><body>
<div id="articleBody"><h1>Testing SSDs in a tiny PC</h1><div id="articleByline"><div class="inner" id="byline">${byline}</div></div>${ARTICLE_PARAGRAPHS}</div></body></html>`;
	return snapshotOf(html, 'https://pc.example/articles/1902/22/news089.html').article.authors.map((author) => author.name);
}

describe('a byline marked by id', () => {
	it('names the writer without its brackets and the site after the comma', () => {
		expect(authorsOf('<b>[</b>Jane Doe, <b>PC News]</b>')).toEqual(['Jane Doe']);
	});

	it('keeps an outlet that is not the site', () => {
		expect(authorsOf('[Jane Doe, Reuters]')).toEqual(['Jane Doe, Reuters']);
	});
});
