import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * WordPress themes print a little camera before a caption's credit, as an `<img>` inside the
 * caption's own line (`<p class="wp-caption-text"><img class="photo" src="…/camera.png">Photo
 * courtesy …</p>`). Set among the words it is a glyph, not a second picture: the line stays the
 * caption of the picture above it. A caption box whose picture stands apart from its words (a
 * card: picture, then a paragraph) is still no caption.
 */

const blocksOf = (picture: string) => articleBlocks(`${ARTICLE_PARAGRAPHS}${picture}${ARTICLE_PARAGRAPHS}`).filter((block) => block.type === 'image' || !ARTICLE_PARAGRAPHS.includes(block.text));

describe('a glyph in a caption’s line', () => {
	it('leaves the caption to the picture above it', () => {
		const picture = '<div id="attachment_7" style="width: 670px" class="wp-caption alignnone"><a href="/uploads/2014/12/couple.jpg"><img src="/uploads/2014/12/couple-660x495.jpg" alt="couple" width="660" height="495" class="size-660-single-full wp-image-7"></a><p class="wp-caption-text"><img class="photo" src="/themes/news/assets/images/camera@2x.png">The couple at home. Photo courtesy of the family</p></div>';
		expect(blocksOf(picture).map((block) => [block.type, block.text, block.src])).toEqual([['image', 'The couple at home. Photo courtesy of the family', 'https://news.example/uploads/2014/12/couple-660x495.jpg']]);
	});

	it('is not a card’s picture standing apart from its words', () => {
		const picture = '<p><img src="/uploads/phone.jpg" alt="" width="600" height="400"></p><div class="photo-caption"><img src="/uploads/other-story.jpg" alt="" width="300" height="200"><p>Another picture with its own words below it</p></div>';
		expect(blocksOf(picture).filter((block) => block.type === 'image')).toHaveLength(2);
	});
});
