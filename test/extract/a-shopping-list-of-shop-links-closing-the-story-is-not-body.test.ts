import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * Phone-news blogs (the 9to5 network, Electrek) close every story with the same affiliate list:
 * a heading ("Best iPhone accessories") over items that are each a product linked to a shop or
 * an affiliate shortener (amzn.to). It is the site's furniture, not the story. A deal post's own
 * list of offers in the middle of the story, and a gift guide whose lists of picks are its
 * matter, stay.
 */

const affiliateList = `<h3 class="wp-block-heading">Best iPhone accessories</h3>
<ul class="wp-block-list">
<li><a href="https://amzn.to/3aBcDeF">Wireless earbuds (<strong>now only $179</strong>, down from $249)</a></li>
<li><a href="https://amzn.to/4gHiJkL">MagSafe car mount for iPhone</a></li>
<li><a href="https://amzn.to/4mNoPqR">Item tracker 2</a> (<a href="https://amzn.to/4mNoPqR">1-pack</a> / <a href="https://amzn.to/5sTuVwX">4-pack</a>)</li>
<li><a href="https://www.amazon.com/dp/B0ABCDEFGH?tag=site-20">100W USB-C fast charging power adapter</a></li>
</ul>`;

const pick = (label: string, n: number): string =>
	`<p>Picks from ${label}:</p><ul>${Array.from({length: n}, (_, i) => `<li><a href="https://amzn.to/x${label}${i}">Book number ${i + 1} from the list of ${label}</a></li>`).join('')}</ul>`;

describe('a list of shop links under a heading closing the story', () => {
	it('leaves the body with its heading', () => {
		const text = articleText(`${ARTICLE_PARAGRAPHS}${affiliateList}`);
		expect(text).not.toContain('Best iPhone accessories');
		expect(text).not.toContain('MagSafe car mount');
		expect(text).toContain('A third paragraph closes the story');
	});

	it("keeps a deal post's offers, where the items say more than their links", () => {
		const text = articleText(
			`${ARTICLE_PARAGRAPHS}<h2>Today's offers</h2><ul><li>Wireless earbuds <a href="https://www.amazon.com/dp/B0A?tag=x-20">$179</a> – new all-time low</li><li>Over-ear headphones <a href="https://www.amazon.com/dp/B0B?tag=x-20">$499</a> – down from the list price</li></ul>`,
		);
		expect(text).toContain('new all-time low');
	});

	it("keeps a gift guide's closing list when the guide is made of such lists", () => {
		const text = articleText(`${ARTICLE_PARAGRAPHS}<h2>Anna</h2>${pick('Anna', 3)}<h2>Ben</h2>${pick('Ben', 3)}`);
		expect(text).toContain('Book number 3 from the list of Ben');
	});
});
