import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * WordPress's media-and-text block set as a teaser: the other story's picture in
 * `figure.wp-block-media-text__media` beside a content box that holds only the link to it
 * ("iOS 27 revamps AirPods settings in a big way, here’s the new design – 9to5Mac"). The link
 * box leaves as a link line; its picture is that teaser's too, not the story's. A picture whose
 * only line is a short linked credit, or a caption's sentence linking a few names (Wikipedia's
 * thumbnails), stays.
 */

const teaser = (n: number, title: string) => `<div class="wp-block-media-text is-stacked-on-mobile" style="grid-template-columns:30% auto"><figure class="wp-block-media-text__media"><img decoding="async" src="https://news.example/uploads/2026/06/teaser-${n}.jpg?resize=1200%2C628" alt=""/></figure><div class="wp-block-media-text__content">
<p class="wp-block-paragraph"></p>
<p class="wp-block-paragraph"><a href="https://news.example/2026/06/0${n}/story-${n}/">${title}</a></p>
</div></div>
<div style="height:10px" aria-hidden="true" class="wp-block-spacer"></div>`;

describe('a picture beside nothing but a link to another story', () => {
	it('leaves the body with the link', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<p>Here is even more news about the earbuds:</p>${teaser(1, 'The new settings page for the earbuds, here is the new design – News Example')}${teaser(2, 'New beta firmware for the earbuds brings the features – News Example')}<p>You will want to keep an eye on the deals page this month, as the early discounts are already flying.</p>`);
		expect(blocks.filter((block) => block.type === 'image')).toEqual([]);
		expect(blocks.map((block) => block.text).join('\n')).toContain('keep an eye on the deals page');
	});

	it('keeps a picture whose linked line is a short credit', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<div class="photo"><img src="https://news.example/uploads/2026/06/phone.jpg" alt="The phone on a desk"><div class="credit"><a href="https://photos.example/jane">Jane Doe</a> / <a href="https://photos.example">Photos</a></div></div><p>The story goes on with a paragraph long enough to be read as one, about the phone and its battery.</p>`);
		expect(blocks.filter((block) => block.type === 'image').map((block) => block.alt)).toEqual(['The phone on a desk']);
	});

	it('keeps a picture whose caption is a sentence linking a few names', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<div class="thumb tright"><div class="thumbinner"><a href="/wiki/File:Statue.jpg" class="image"><img alt="A statue before a building" src="//upload.example/thumb/statue.jpg"></a><div class="thumbcaption">A statue of <a href="/wiki/Richard_Seddon">Richard Seddon</a>, the <a href="/wiki/Beehive">Beehive</a> and <a href="/wiki/Parliament_House">Parliament House</a> (right)</div></div></div><p>The story goes on with a paragraph long enough to be read as one, about the building and its history.</p>`);
		expect(blocks.filter((block) => block.type === 'image').map((block) => block.alt)).toEqual(['A statue before a building']);
	});
});
