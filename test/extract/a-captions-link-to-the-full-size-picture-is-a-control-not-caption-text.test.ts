import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * Lightbox themes put their button in the caption: `<figcaption><a href="…/photo.jpg">Enlarge</a>
 * / The director on stage</figcaption>` (Ars Technica's 2020 pages, whose profile reads the body
 * with the same block reader). A short link to the picture's own file is that control, not
 * caption text; a caption that is only a link to the file keeps its words.
 */

const imageTexts = (figure: string): string[] =>
	articleBlocks(`${ARTICLE_PARAGRAPHS}${figure}${ARTICLE_PARAGRAPHS}`)
		.filter((block) => block.type === 'image')
		.map((block) => block.text);

describe('a caption link to the full-size picture', () => {
	it('is left out of the caption with the separator after it', () => {
		const figure = '<figure class="image shortcode-img center large"><a href="https://cdn.news.example/uploads/2020/03/clinic.jpg" class="enlarge"><img src="https://cdn.news.example/uploads/2020/03/clinic-640x427.jpg" width="640" height="427"></a><figcaption class="caption"><div class="caption-text"><a href="https://cdn.news.example/uploads/2020/03/clinic.jpg" class="enlarge-link">Enlarge</a> <span class="sep">/</span> A nurse takes samples at a drive-through testing station.</div><div class="caption-credit"><a rel="nofollow" class="caption-link" href="https://photos.example/detail/1212790095">Lee Park</a></div></figcaption></figure>';
		expect(imageTexts(figure)).toEqual(['A nurse takes samples at a drive-through testing station. Lee Park']);
	});

	it('is kept when it is the whole caption', () => {
		const figure = '<figure><img src="https://cdn.news.example/uploads/phone-640.jpg"><figcaption><a href="https://cdn.news.example/uploads/phone.jpg">The phone in blue</a></figcaption></figure>';
		expect(imageTexts(figure)).toEqual(['The phone in blue']);
	});
});
