import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Multi-page articles append the page to every page's title ("… (1/2)" on a Japanese PC news
 * site, "…（2/3）" with full-width brackets). The article's title is the same on each page;
 * a number in brackets that is not a page of a total stays.
 */

function titleOf(title: string): string | null {
	const html = `<!doctype html><html lang="ja"><head><title>${title} - PC News</title><meta property="og:title" content="${title}"><meta property="og:site_name" content="PC News"></head><body><article><h1>${title}</h1>${ARTICLE_PARAGRAPHS}</article></body></html>`;
	return snapshotOf(html, 'https://pc.example/articles/1902/22/news089.html').article.title;
}

describe('a page marker at the end of a title', () => {
	it.each([
		['Intel NUCで最新SSDを比較してみた (1/2)', 'Intel NUCで最新SSDを比較してみた'],
		['Testing the newest SSDs in a tiny PC（2/3）', 'Testing the newest SSDs in a tiny PC'],
	])('is cut from %j', (title, expected) => {
		expect(titleOf(title)).toBe(expected);
	});

	it.each(['Final score (3/2)', 'Phones of 2019 (part 1)'])('leaves %j whole', (title) => {
		expect(titleOf(title)).toBe(title);
	});
});
