import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Some CMSs print the publication time in a `<time>` with no `datetime` attribute (a Condé
 * Nast title's `<time class="content-header__publish-date">11.11.2019 10:41 AM</time>`). Inside
 * the article's own header, its text is the date, read after every machine-readable source.
 * A bare `<time>` in the site's masthead (today's date) is not the article's.
 */

function publishedAt(siteHeader: string, articleHeader: string): string | null {
	const html = `<!doctype html><html lang="en"><head><title>Director answers the diversity critics</title></head><body>
<header class="site-header">${siteHeader}<a href="https://magazine.example/">Magazine</a></header>
<main><article><header class="content-header"><h1>Director answers the diversity critics</h1>${articleHeader}</header>
<div class="article__body">${ARTICLE_PARAGRAPHS}</div></article></main></body></html>`;
	return snapshotOf(html, 'https://magazine.example/story/director-diversity-critics/').article.publishedAt;
}

describe('a <time> without datetime', () => {
	it('dates the article from inside its header', () => {
		expect(publishedAt('', '<div class="rubric-date"><a href="/category/culture">Culture</a><time class="content-header__publish-date">11.11.2019 10:41 AM</time></div>')).toBe('2019-11-11T10:41:00Z');
	});

	it('does not date it from the site masthead', () => {
		expect(publishedAt('<time class="today">Monday, December 7, 2026</time>', '')).toBeNull();
	});
});
