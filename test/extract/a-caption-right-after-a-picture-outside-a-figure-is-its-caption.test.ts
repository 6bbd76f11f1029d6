import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * Many CMSs caption a picture without `<figure>`: WordPress's classic editor writes
 * `div.wp-caption` > img + `p.wp-caption-text`, a Japanese phone-news CMS a `span.caption` under
 * its image column, an older tech-news CMS `p.image-caption` + `span.image-credit`, a Japanese
 * PC news site a `<small>` under the picture. Read right after the picture, caption and credit
 * are the picture's, as in a `<figcaption>` — not paragraphs of the article.
 */

const nonImageText = (content: string): string[] =>
	articleBlocks(content)
		.filter((block) => block.type !== 'image')
		.map((block) => block.text);

const imageTexts = (content: string): string[] =>
	articleBlocks(content)
		.filter((block) => block.type === 'image')
		.map((block) => block.text);

describe('a caption right after a picture outside a <figure>', () => {
	it('is the WordPress classic caption’s picture text', () => {
		const picture = '<div id="attachment_41" class="wp-caption aligncenter" style="width: 610px"><a href="/wp-content/uploads/phone.jpg"><img class="size-large wp-image-41" src="/wp-content/uploads/phone-600x400.jpg" alt="phone" width="600" height="400"></a><p class="wp-caption-text">The phone in its blue finish</p></div>';
		const content = `${ARTICLE_PARAGRAPHS}${picture}${ARTICLE_PARAGRAPHS}`;
		expect(imageTexts(content)).toEqual(['The phone in its blue finish']);
		expect(nonImageText(content)).not.toContain('The phone in its blue finish');
	});

	it('is the text of a picture in an image column with a caption span', () => {
		const picture = '<div class="image-wrap"><div class="inner"><div class="row"><div class="column" style="width:480px;"><div class="img-wrap-h"><div class="img-wrap-w"><a href="/img/docs/k101_o.jpg.html" class="resource" rel="nofollow"><img src="/img/docs/k101_l.jpg" class="resource" style="width:480px;height:319px;"></a></div></div><span class="caption">総務省の会見</span></div></div></div></div>';
		const content = `${ARTICLE_PARAGRAPHS}${picture}${ARTICLE_PARAGRAPHS}`;
		expect(imageTexts(content)).toEqual(['総務省の会見']);
		expect(nonImageText(content)).not.toContain('総務省の会見');
	});

	it('takes the credit line after it too', () => {
		const picture = '<div class="cms-image-div image-LARGE float-none"><img class="cms-image" src="/2010/08/ipad-tv.jpg" alt="TV app on a tablet" width="610" height="458"><p class="image-caption">Subscribers can watch live TV on a tablet with the new app.</p><span class="image-credit">(Credit: Dana Whitfield)</span></div>';
		const content = `${ARTICLE_PARAGRAPHS}${picture}${ARTICLE_PARAGRAPHS}`;
		expect(imageTexts(content)).toEqual(['Subscribers can watch live TV on a tablet with the new app. (Credit: Dana Whitfield)']);
		expect(nonImageText(content)).not.toContain('(Credit: Dana Whitfield)');
	});

	it('is the small print set under a picture', () => {
		const picture = '<div id="col600c"><a name="l_nuc.jpg"></a><a href="/l/im/articles/1902/22/l_nuc.jpg"><img src="/articles/1902/22/nuc.jpg" width="590" height="342" alt="Intel NUC"></a>\n<small>The top model of the new mini PC family</small></div>';
		const content = `${ARTICLE_PARAGRAPHS}${picture}${ARTICLE_PARAGRAPHS}`;
		expect(imageTexts(content)).toEqual(['The top model of the new mini PC family']);
		expect(nonImageText(content)).not.toContain('The top model of the new mini PC family');
	});

	it('stays a paragraph when text comes between it and the picture', () => {
		const content = `${ARTICLE_PARAGRAPHS}<p><img src="/phone.jpg" alt=""></p><p>The phone ships next month in three colours, the maker said on Tuesday.</p><p class="caption-note">Prices vary by carrier</p>${ARTICLE_PARAGRAPHS}`;
		expect(imageTexts(content)).toEqual(['']);
		expect(nonImageText(content)).toContain('Prices vary by carrier');
	});
});
