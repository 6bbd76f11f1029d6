import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * Credits link their source ("Photo by <a>Jane Doe</a>", "<a>pixelio.de</a>"): a short line
 * whose link is a good share of its words, which Readability's link-density rule reads as a
 * link box and drops, taking the picture beside it along. A line whose class words name it a
 * caption or credit, with words outside its links, cites its picture's source and stays as
 * the picture's caption, links and all. A caption box that is all link is a teaser's headline.
 */

const images = (content: string) => articleBlocks(content).filter((block) => block.type === 'image');

describe('a credit line that links its source', () => {
	it('stays as the caption of the picture it sits beside, with its link', () => {
		const picture = '<div><span><img src="/img/tower.jpg" width="800" height="500" alt=""></span><div class="image-credit">Photo by <a href="https://photos.example.net/jo">Jo Park</a>.</div></div>';
		const [image] = images(`${ARTICLE_PARAGRAPHS}${picture}${ARTICLE_PARAGRAPHS}`);
		expect(image?.src).toContain('/img/tower.jpg');
		expect(image?.text).toBe('Photo by Jo Park.');
		expect(image?.links).toEqual([{href: 'https://photos.example.net/jo', text: 'Jo Park'}]);
	});

	it('stays as the caption of the figure before it', () => {
		const picture = '<figure><img src="/img/dock.jpg" width="800" height="500" alt=""></figure><div class="image-credit"><p>Image: <a href="https://www.example.org/">example.org</a></p></div>';
		const [image] = images(`${ARTICLE_PARAGRAPHS}${picture}${ARTICLE_PARAGRAPHS}`);
		expect(image?.text).toBe('Image: example.org');
		expect(image?.links).toEqual([{href: 'https://www.example.org/', text: 'example.org'}]);
	});

	it('does not keep a teaser whose caption box is all headline link', () => {
		const teasers = ['One', 'Two'].map((n) => `<div class="teaser"><a href="/story-${n}"><img src="/img/${n}.jpg" width="300" height="200" alt=""></a><div class="caption"><a href="/story-${n}">Read story ${n} about the new tablet line</a></div></div>`).join('');
		const texts = articleBlocks(`${ARTICLE_PARAGRAPHS}${teasers}`).map((block) => block.text);
		expect(texts.some((text) => text.includes('Read story'))).toBe(false);
	});
});
