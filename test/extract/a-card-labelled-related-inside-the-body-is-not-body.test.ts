import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * Tech-news CMSs (Valnet's Android Police, XDA, How-To Geek) set a card for another story among
 * the paragraphs: the story's picture in a link, "Related" in a label of its own, the linked
 * headline, a blurb, a post count and a byline, in `div.display-card.article-card` (whose
 * `article` class reads as content). The card is another story's teaser, picture and all. A
 * section of the story that opens with the word stays.
 */

const card = `<div class="display-card article article-card small active-content" id="tweaks-to-cut-clutter" data-nosnippet>
<a href="/tweaks-to-cut-clutter/"><img width="440" height="248" alt="A phone among labelled boxes" src="/uploads/2025/08/boxes.png?w=220"></a>
<span data-field="label" class="article-card-label"><label>Related</label></span>
<div class="w-display-card-content regular article-block"><h5 class="display-card-title"><a href="/tweaks-to-cut-clutter/" title="6 tweaks I made to cut clutter from my phone">6 tweaks I made to cut clutter from my phone</a></h5>
<p class="display-card-excerpt">A quick cleanup helped me use my phone more mindfully</p>
<div class="total-info extra-comments"><label class="total-info-label">Posts</label><a class="total-info-number" title="Total Posts" href="/tweaks-to-cut-clutter/#threads"><span class="num">1</span></a></div>
<div class="w-author"><span class="meta_txt">By&nbsp;</span><a class="meta_txt article-author" href="/author/jane-doe/" rel="author">Jane Doe</a></div></div>
</div>`;

describe('a card labelled "Related" among the paragraphs', () => {
	it('leaves the body with its picture, headline and blurb', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}${card}<p>The story goes on after the card, with a paragraph long enough to be read as one about the settings page.</p>`);
		const text = blocks.map((block) => block.text).join('\n');
		expect(text).not.toContain('6 tweaks I made');
		expect(text).not.toContain('A quick cleanup');
		expect(blocks.filter((block) => block.type === 'image')).toEqual([]);
		expect(text).toContain('The story goes on after the card');
	});

	it('keeps a box of the story that opens with a "Related" label over its own prose', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<div class="note"><span><b>Related</b></span><p>Grayscale mode is not the only way to make a phone less tempting: app timers, bedtime mode and a plain black wallpaper all cut the time spent scrolling, and each of them works on any recent Android phone without extra apps, as the settings page explains in some detail for each of the three, with screenshots of every step along the way and a note on which phones hide them.</p></div>`);
		expect(blocks.map((block) => block.text).join('\n')).toContain('Grayscale mode is not the only way');
	});
});
