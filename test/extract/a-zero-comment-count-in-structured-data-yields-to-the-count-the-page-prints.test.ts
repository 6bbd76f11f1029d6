import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A WordPress site whose thread lives on a comment service (OpenWeb, Disqus) keeps its own
 * comment tally at 0, and Yoast writes that 0 into the JSON-LD (`"commentCount":0`), while the
 * byline prints the thread's real size ("6 Comments", linking to the page's `#comments`, where
 * the service's script loads the thread). The page's printed count is the thread's; a count the
 * JSON-LD gives above 0 still wins, and a 0 the page prints nothing against stays.
 */

const page = (ldCount: number, byline: string) => `<!doctype html><html lang="en"><head><title>Pixel Drop teased</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Pixel Drop teased","datePublished":"2026-06-14T20:55:00+00:00","commentCount":${ldCount}}]}</script>
</head><body><main><h1>Pixel Drop teased</h1><div class="post-meta"><span class="author-name"><a href="/author/ben/" rel="author">Ben Doe</a></span> | Jun 14 2026 - 1:55 pm PT${byline}</div>
<div class="post-content"><p>We are due for the next Pixel Drop and, thanks to some early ads, we now know that two new features will be a part of this next update for phones.</p><p>The last Pixel Drop was in March and, based on the usual schedule, we are actually just a tiny bit overdue for the next one, which should come soon.</p><p>There is no date here but, as mentioned, we are due for the next Pixel Drop per the usual schedule, and it is likely we will see more in the next few days.</p></div>
<section id="comments"><h2>Comments</h2><div id="openweb-comments"><div data-spotim-module="conversation" data-post-id="718167"></div></div></section></main></body></html>`;
const countLink = (count: string) => `<div class="meta__comment-count"><a href="#comments" class="comments flex">${count}</a></div>`;

describe('a zero comment count in structured data', () => {
	it('yields to the count the byline prints for the page’s own thread', () => {
		const {comments} = snapshotOf(page(0, countLink('6 Comments')), 'https://news.example/2026/06/14/pixel-drop/');
		expect(comments.items).toEqual([]);
		expect(comments.declaredCount).toBe(6);
		expect(comments.complete).toBe(false);
	});

	it('stays when the page prints no count', () => {
		const {comments} = snapshotOf(page(0, ''), 'https://news.example/2026/06/14/pixel-drop/');
		expect(comments.declaredCount).toBe(0);
	});

	it('is no zero to yield when the structured data counts comments', () => {
		const {comments} = snapshotOf(page(9, countLink('6 Comments')), 'https://news.example/2026/06/14/pixel-drop/');
		expect(comments.declaredCount).toBe(9);
	});
});
