import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * An app framework's root element (`<app-root class="ad">`) holds the whole page, headline and
 * story included, and wears a class word that marks ad slots. The element that holds the
 * page's headline is the article's own container, whatever class it wears.
 */
describe('the box holding the headline', () => {
	it('is read though its class word marks furniture', () => {
		const html = `<!doctype html><html lang="en"><head><title>Modular Supply Cart | Example Catalog</title><meta property="og:site_name" content="Example Catalog"></head><body>
<header class="site-header"><a href="/">Example Catalog</a><nav><a href="/products/">Products</a></nav></header>
<app-root class="ad" ng-version="17.0.0"><h1>Modular Supply Cart</h1>${ARTICLE_PARAGRAPHS}<h2>Features</h2><ul><li>Adjustable shelves with three height positions</li><li>Four removable bins for cables and tools</li></ul>
<div class="ad"><p>Advertisement: buy the premium cart today and save twenty percent on every order you place this month.</p></div></app-root>
<footer><p>Example Catalog footer links</p></footer></body></html>`;
		const body = snapshotOf(html, 'https://shop.example/products/modular-supply-cart/').article.body.map((block) => block.text).join('\n');
		expect(body).toContain('The body of this test article');
		expect(body).toContain('Adjustable shelves');
		expect(body).not.toContain('buy the premium cart');
		expect(body).not.toContain('footer links');
	});
});
