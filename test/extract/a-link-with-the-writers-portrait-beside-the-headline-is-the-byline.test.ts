import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A product blog prints its writer under the headline as an avatar and a name in one link to
 * their profile on another site, then the date; no class, rel or /author/ address marks it.
 */
function authorsOf(byline: string): unknown[] {
	const html = `<!doctype html><html lang="en"><head><title>How to verify sync encryption - Notes App</title></head><body>
<div class="container"><div class="mx-auto"><div>
<div class="text-accent"><a href="/blog">Notes App Blog</a></div>
<h1 class="text-4xl">How to verify sync encryption</h1>
<div class="flex items-center">${byline}<span class="text-muted">&nbsp;on June 5, 2023</span></div></div>
<article class="typeset">${ARTICLE_PARAGRAPHS}</article></div></div></body></html>`;
	return snapshotOf(html, 'https://notes.example/blog/verify-sync-encryption/', {profiles: []}).article.authors;
}

describe('a link holding the writer portrait beside the headline', () => {
	it('names the writer and links their profile', () => {
		expect(authorsOf('<a href="https://code.example/jdoe" class="flex gap-2"><img alt="Jane Doe" src="/images/team/jane.png" width="30">Jane Doe</a>')).toEqual([
			{name: 'Jane Doe', url: 'https://code.example/jdoe'},
		]);
	});

	it('is not a link whose picture shows something else than the name it prints', () => {
		expect(authorsOf('<a href="https://partner.example/"><img alt="Partner logo" src="/logo.png">Sponsored by Partner</a>')).toEqual([]);
	});
});
