import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A story page may set its picture between the parts of the body the scorer joins: a wire
 * story's column holds the headline, a summary line, then the photo (`div.relatedPhoto` — the
 * photo that goes with the story) with its caption, then the text. The picture scores nothing,
 * yet it sits between two parts of the article and is one of its figures, caption and all. A box
 * of other stories between them links its picture and headline away, and stays out.
 */

const TEXT = `<span id="articleText">
<p>PARIS (Wire) - Phone makers cut prices across Europe on Tuesday, as sales of flagship handsets slowed for a third quarter in a row, analysts said.</p>
<p>The cuts, of up to a fifth, follow a year in which buyers kept their old phones longer, waiting for batteries that last two days and for foldable screens.</p>
<p>Retailers said the discounts would run until the end of January, and that accessories such as chargers and cases would be cut by a similar amount.</p>
<p>(Reporting by Jane Doe; Editing by John Roe)</p>
</span>`;

const pageWith = (between: string) => `<!doctype html><html lang="en"><head><title>Phone makers cut prices</title></head><body>
<div id="content"><div class="section"><div class="column1 grid8">
<h1>Phone makers cut prices</h1>
<p>Phone makers are cutting prices as sales of new models slow down, retailers say.</p>
${between}
${TEXT}
</div><div class="column2 grid4"><h3>Trending</h3><ul><li><a href="/a">One story</a></li><li><a href="/b">Another story</a></li></ul></div></div></div>
</body></html>`;

const bodyOf = (between: string) => snapshotOf(pageWith(between), 'https://wire.example/article/phones').article.body;

describe('a picture between the parts of the body', () => {
	it('is the body’s figure with its caption, though its box is called a related photo', () => {
		const body = bodyOf('<div class="relatedPhoto landscape" id="articleImage"><img src="https://wire.example/photos/store.jpg" border="0" alt="A phone store in Paris"><div class="rolloverCaption"><div class="captionText"><p>A phone store in Paris, December 29, 2014.</p><p class="credit">Credit: Wire/Jean Dupont</p></div></div></div>');
		expect(body.filter((block) => block.type === 'image').map((block) => [block.src, block.text])).toEqual([['https://wire.example/photos/store.jpg', 'A phone store in Paris, December 29, 2014. Credit: Wire/Jean Dupont']]);
		expect(body.at(-1)?.text).toBe('(Reporting by Jane Doe; Editing by John Roe)');
	});

	it('is not a box of other stories that links its picture and headline away', () => {
		const body = bodyOf('<div class="related-story"><a href="/other"><img src="https://wire.example/photos/other.jpg" alt=""></a><h3><a href="/other">Chip makers raise prices</a></h3></div>');
		expect(body.some((block) => block.type === 'image' || block.text.includes('Chip makers'))).toBe(false);
	});
});
