import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * Not every `<figure>` words its caption in a `<figcaption>`: themes set a caption box beside
 * the picture inside the figure (`figure > div.caption-wrapper > img + span`) or a credit and a
 * note under it. Those words are the reader's, and must not leave with the figure's frame: a
 * single line under the picture is its caption (links kept), more is read as blocks. A label
 * drawn over the picture before it ("View photo") is not a caption.
 */

const images = (content: string) => articleBlocks(content).filter((block) => block.type === 'image');
const texts = (content: string): string[] => articleBlocks(content).map((block) => block.text);

describe('a figure without a <figcaption>', () => {
	it('captions its picture with the line under it, with the line’s links', () => {
		const figure = '<figure><div class="media-box"><img src="/img/dock.jpg" width="800" height="500" alt="The dock"><span>The charging dock, photographed by <a href="https://photos.example.net/jo">Jo Park</a>.</span></div></figure>';
		const [image] = images(`${ARTICLE_PARAGRAPHS}${figure}${ARTICLE_PARAGRAPHS}`);
		expect(image?.text).toBe('The charging dock, photographed by Jo Park.');
		expect(image?.links).toEqual([{href: 'https://photos.example.net/jo', text: 'Jo Park'}]);
	});

	it('keeps a heading and notes set under its picture', () => {
		const figure = '<figure><div class="media-box"><img src="/img/chart.png" width="800" height="500" alt="Chart"><h3>Battery drain by hour</h3><p>Measured with the screen at 200 nits over Wi-Fi.</p></div></figure>';
		const content = `${ARTICLE_PARAGRAPHS}${figure}${ARTICLE_PARAGRAPHS}`;
		expect(images(content)).toHaveLength(1);
		expect(texts(content)).toContain('Battery drain by hour');
		expect(texts(content)).toContain('Measured with the screen at 200 nits over Wi-Fi.');
	});

	it('leaves out a label drawn over the picture before it', () => {
		const figure = '<figure class="cover"><div class="overlay"><p>View photo</p></div><img src="/img/flag.jpg" width="630" height="354" alt="The flag"></figure>';
		const content = `${ARTICLE_PARAGRAPHS}${figure}${ARTICLE_PARAGRAPHS}`;
		expect(images(content).map((image) => image.text)).toEqual(['']);
		expect(texts(content)).not.toContain('View photo');
	});
});
