import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A page may write one description for search engines (JSON-LD, `description`) and another for
 * share cards (`og:description`). The one it prints as an unmarked line of the article's header is
 * the dek the reader sees; with none printed, JSON-LD answers as before.
 */

const SEARCH = 'The next season brings a new hero, a new map and a long list of skins. Here is a look at all of them.';
const SHARE = 'Here is what you can spend your coins on soon';

function subtitleOf(headerLine: string): string | null {
	const ld = JSON.stringify({'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Season three skins revealed', description: SEARCH});
	const html = `<!doctype html><html lang="en"><head><title>Season three skins revealed</title>
<meta property="og:description" content="${SHARE}"><meta name="description" content="${SEARCH}">
<script type="application/ld+json">${ld}</script></head><body>
<main><article><header class="article-header"><div class="article-meta"><a class="article-author" href="/author/jane-roe/">Jane Roe</a></div>${headerLine}
<h1 class="article-header-title">Season three skins revealed</h1></header>
<section class="article-body">${ARTICLE_PARAGRAPHS}</section></article></main></body></html>`;
	return snapshotOf(html, 'https://games.example/season-three-skins/').article.subtitle;
}

describe('the description a page prints in its article header', () => {
	it('is the subtitle, before the one written for search engines', () => {
		expect(subtitleOf(`<p>${SHARE}</p>`)).toBe(SHARE);
	});

	it('leaves the JSON-LD description in place when the header prints neither', () => {
		expect(subtitleOf('')).toBe(SEARCH);
	});
});
