import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * A race report closes with a photo gallery: a heading naming it ("Photos from the Grand Prix -
 * Sunday"), then a strip of slides, each a picture linking to the gallery's own page under the
 * gallery's title. The strip leaves the body as links to elsewhere; the heading left closing the
 * body labels nothing of the story and goes with it. A closing heading of the story's own stays.
 */
function slide(id: number, alt: string): string {
	return `<a href="/f1/galleries/grand-prix-sunday/13285/#${id}" class="gallery_item"><div class="gallery_img-wrapper"><picture><img loading="lazy" width="700" height="466" src="https://cdn.example/images/${id}/s700/photo.webp" alt="${alt}"></picture></div><h2 class="gallery_title">Grand Prix - Sunday</h2></a>`;
}

function bodyOf(heading: string): string[] {
	const gallery = `<h2>${heading}</h2><div class="article-fullwidth-gallery" data-gallery-type="regular"><div class="gallery_items">${[1, 2, 3, 4, 5, 6].map((n) => slide(72701260 + n, `Driver ${n}, Team ${n}`)).join('')}</div></div>`;
	return articleBlocks(`${ARTICLE_PARAGRAPHS}${gallery}`).map((block) => block.text);
}

describe('a gallery heading left closing the body', () => {
	it('is not body', () => {
		const texts = bodyOf('Photos from the Grand Prix - Sunday');
		expect(texts).not.toContain('Photos from the Grand Prix - Sunday');
		expect(texts.join('\n')).not.toContain('Grand Prix - Sunday');
	});

	it("leaves a closing heading that names the story's own part", () => {
		expect(bodyOf('What comes next for the team').at(-1)).toBe('What comes next for the team');
	});
});
