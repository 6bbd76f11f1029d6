import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * A tech-news CMS sets its pictures as a gallery list: `<ul class="photo_table">`, each item a
 * link to the full-size file around an `<img>` a script fills from `data-delay`, and a caption
 * line. Each item is a picture with its caption; the full-size file is its source. A list of
 * feature cards (an icon, a name, a description) or of links to stories stays a list.
 */

describe('a list whose items are pictures with a caption', () => {
	it('gives captioned pictures, sourced from the full-size link when the img has no source', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<ul class="photo_table">
<li class="item-01"><a class="photo_table__link" href="/photo/article/20190222/images/001l.jpg"><span class="img-container"><img class="photo_table__img" alt="Archive tool" data-delay="images/001.jpg"></span></a><p class="photo_table__caption">The archive tool's main window</p></li>
<li class="item-02"><a class="photo_table__link" href="/photo/article/20190222/images/002l.jpg"><img src="/photo/article/20190222/images/002.jpg" alt="Settings"></a><p class="photo_table__caption">Its settings dialog</p></li>
</ul>`);
		const pictures = blocks.filter((block) => block.type === 'image');
		expect(pictures.map((block) => [block.text, block.src])).toEqual([
			["The archive tool's main window", 'https://news.example/photo/article/20190222/images/001l.jpg'],
			['Its settings dialog', 'https://news.example/photo/article/20190222/images/002.jpg'],
		]);
		expect(blocks.some((block) => block.type === 'list')).toBe(false);
	});

	it('leaves a list of story links with thumbnails a list', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<ul class="steps">
<li><a href="/article/35132810/"><img src="/storage/thumb_container.jpg" alt="">Step one: unpack the board</a></li>
<li><a href="/article/35133179/"><img src="/storage/thumb_cloud.jpg" alt="">Step two: flash the card</a></li>
</ul>`);
		expect(blocks.filter((block) => block.type === 'image')).toEqual([]);
	});

	it('leaves a list of feature cards a list', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<ul class="features">
<li><img src="/icons/inspector.png" alt=""><h3>Page Inspector</h3><p>Examine the HTML and CSS of any page.</p></li>
<li><img src="/icons/console.png" alt=""><h3>Web Console</h3><p>See what the page logs.</p></li>
</ul>`);
		expect(blocks.some((block) => block.type === 'list')).toBe(true);
	});
});
