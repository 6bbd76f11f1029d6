import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * A `<figcaption>` links what it credits ("Photo by <a>Jo Park</a>", "Image: <a>Shutterstock</a>")
 * or where the picture comes from: those links are the picture block's, as its words are. The
 * lightbox control a caption holds (a short link to the picture's own file) is a button, left
 * out of the links as it is of the words.
 */

const imageOf = (figure: string) => articleBlocks(`${ARTICLE_PARAGRAPHS}${figure}${ARTICLE_PARAGRAPHS}`).find((block) => block.type === 'image');

describe('a figcaption’s links', () => {
	it('are the picture’s links', () => {
		const image = imageOf('<figure><img src="/img/rig.jpg" width="800" height="500" alt="Oil rigs"><figcaption>Oil rigs at dusk. Photo: <a href="https://stock.example.net/pic-62">Jo Park / Stock</a></figcaption></figure>');
		expect(image?.text).toBe('Oil rigs at dusk. Photo: Jo Park / Stock');
		expect(image?.links).toEqual([{href: 'https://stock.example.net/pic-62', text: 'Jo Park / Stock'}]);
	});

	it('leave out the lightbox control to the picture’s own file', () => {
		const image = imageOf('<figure><img src="/img/stage.jpg" width="800" height="500" alt="Stage"><figcaption><a href="/img/stage-full.jpg">Enlarge</a> / The director on stage, by <a href="https://photos.example.net/ana">Ana Ruiz</a></figcaption></figure>');
		expect(image?.links).toEqual([{href: 'https://photos.example.net/ana', text: 'Ana Ruiz'}]);
	});
});
