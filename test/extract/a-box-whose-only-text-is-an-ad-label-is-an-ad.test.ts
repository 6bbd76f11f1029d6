import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * Sites set an ad among the story's paragraphs in a box of their own naming (`div.contentad`,
 * not split into words), labelled with the word the law asks for: "Anzeige" over a banner's
 * linked picture.
 */
const AD = '<div class="contentad"><div style="width:100%">Anzeige</div><div class="bn_content"><a href="/banner/rd/0806"><img alt="" src="/banner/ad/i2064.gif"></a></div></div>';

describe('a box whose only text is an ad label', () => {
	it('is an ad: its label and its picture leave the body', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}${AD}<p>The story goes on after the ad, with a last paragraph about the phone's screen and its price.</p>`);
		expect(blocks.map((block) => block.text)).not.toContain('Anzeige');
		expect(blocks.some((block) => block.type === 'image')).toBe(false);
		expect(blocks.at(-1)?.text).toContain('The story goes on after the ad');
	});

	it('is not a box where the label opens the writer’s own text', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<div><div>Werbung</div><p>Our tester bought both phones with his own money; the links below are to the shops he used.</p></div>`);
		expect(blocks.map((block) => block.text)).toContain('Werbung');
	});
});
