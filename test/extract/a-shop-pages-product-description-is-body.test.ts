import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const MARKETING = `<div class="feature"><h3>Fairly traded</h3><p>All our coffees are certified organic and traded directly with smallholder cooperatives in the growing countries, and so is this bean. That way we make sure fair prices are really paid for the green coffee, and we support social projects on site every year.</p></div>
<div class="feature"><h3>Freshly roasted</h3><p>This coffee is roasted every week by a family roastery in Hamburg, gently and slowly in a drum roaster, for sixteen to twenty minutes. Craft and the love of the bean come first here, and every batch is tasted before it ships.</p></div>`;

function bodyOf(product: string): string {
	const html = `<!doctype html><html lang="en"><head><title>Sidamo beans</title></head><body><main>
<h1>Sidamo organic beans</h1>${product}
<section class="features">${MARKETING}</section></main></body></html>`;
	const result = extract(pageFromHtml(html, 'https://shop.example/products/sidamo'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.body.map((block) => block.text).join('\n');
}

const PROPERTIES = '<table><tr><td><strong>Aroma</strong></td><td>Red berries, citrus notes, sweet, spicy</td></tr><tr><td><strong>Process</strong></td><td>Hand-picked, washed, sun-dried</td></tr></table>';

describe("a shop page's product description", () => {
	it('is read into the body, before the marketing text that follows it', () => {
		const body = bodyOf(`<div itemscope itemtype="http://schema.org/Product"><span itemprop="price" content="27.90">€27.90</span><div class="description" itemprop="description">${PROPERTIES}</div></div>`);
		expect(body).toContain('Red berries, citrus notes, sweet, spicy');
		expect(body).toContain('Hand-picked, washed, sun-dried');
		expect(body.indexOf('Red berries')).toBeLessThan(body.indexOf('All our coffees'));
		expect(body).toContain('All our coffees are certified organic');
	});

	it('is not taken from an item that is not a product (an offer, a review)', () => {
		const body = bodyOf(`<div itemscope itemtype="http://schema.org/Product"><div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><div itemprop="description">${PROPERTIES}</div></div></div>`);
		expect(body).not.toContain('Red berries');
		expect(body).toContain('All our coffees are certified organic');
	});

	it('leaves pages without a product as they were', () => {
		const body = bodyOf(`<div class="description">${PROPERTIES}</div>`);
		expect(body).not.toContain('Red berries');
	});
});
