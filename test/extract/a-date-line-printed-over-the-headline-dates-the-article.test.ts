import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Many pages print the article's date over its headline, as an overline in the article head
 * (`<p class="data">2019年04月21日12時00分</p><h1/>`, a blog's `div.date-header` before the post
 * title), and nothing dated after it: that line is the publication date. A longer box before the
 * headline (a teaser of another story) dates nothing.
 */

function publishedOf(overline: string): string | null {
	const html = `<!doctype html><html lang="en"><head><title>Perfect cuts along the fence of a table saw</title></head><body>
<div id="main"><div class="article-head">${overline}<h1 class="headline">Perfect cuts along the fence of a table saw</h1>
<p class="author strong">Dominic Rick</p></div>
<div class="article">${ARTICLE_PARAGRAPHS}</div></div></body></html>`;
	return snapshotOf(html, 'https://woodwork.example/perfect-cuts-table-saw').article.publishedAt;
}

describe('a date line printed over the headline', () => {
	it('dates the article', () => {
		expect(publishedOf('<p class="upperCase subline">21. Jan 2022</p>')).toBe('2022-01-21T00:00:00Z');
	});

	it('dates it with the clock it prints', () => {
		expect(publishedOf('<span class="dateline">Sunday, Feb 1, 2015 11:57 AM UTC</span>')).toBe('2015-02-01T11:57:00Z');
	});

	it('is no story text: a long box before the headline dates nothing', () => {
		const teaser = `<p>Yesterday, on 20 January 2022, the workshop opened its doors again after a long winter break, and the first course of the year filled up within an hour of the announcement on the club's notice board.</p>`;
		expect(publishedOf(teaser)).toBeNull();
	});
});
