import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * A CMS that lays every page region out as a "widget area" (Future plc's review pages: a
 * `div.widget-area-group` of `div.widget-area` columns, the story in a `div.widget.widget-content`
 * of the first): the regions are layout, and the story in them is the article. The widgets placed
 * in the region beside it (`section.widget`, a most-popular list) are still furniture.
 */
const LEDE = '<p>The foldable keeps its huge battery, its bright pair of displays and a camera island far thinner than last year, and it still survives a dishwasher.</p>';
const POPULAR = '<section class="widget widget-popular"><h3>Most popular</h3><ul><li><a href="/a">The best phones to buy this year, ranked and tested</a></li><li><a href="/b">Our favourite cheap earbuds, tested for a month</a></li></ul></section>';

describe('a widget area around the story', () => {
	it('is layout: the story in it is the article, the widgets beside it are not', () => {
		const body = articleText(`${LEDE}<div class="widget-area-group widget-area-group-2col flex"><div class="widget-area basis-2/3"><div class="widget widget-contentparsed widget-content">${ARTICLE_PARAGRAPHS}</div></div><div class="widget-area basis-1/3">${POPULAR}</div></div>`);
		expect(body).toContain('The foldable keeps its huge battery');
		expect(body).toContain('A third paragraph closes the story');
		expect(body).not.toContain('Most popular');
		expect(body).not.toContain('cheap earbuds');
	});

	it('leaves a widget that is no area out', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<div class="widget widget-deals"><p>Today's best deals on the foldable, checked every day across a dozen retailers for the lowest price.</p></div>`);
		expect(body).not.toContain('best deals');
	});
});
