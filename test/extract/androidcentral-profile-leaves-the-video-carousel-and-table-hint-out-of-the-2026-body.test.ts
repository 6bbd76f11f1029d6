import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * Android Central's 2026 review pages keep the story in `#article-body`, with a JW Player video
 * carousel ("Latest Videos From" over the site's logo) and the spec table's "Swipe to scroll
 * horizontally" hint set among its paragraphs.
 */
const PROSE = 'The foldable keeps its huge battery, its bright pair of displays and a camera island far thinner than last year, and it still survives a dishwasher.';
const PAGE = '<!doctype html><html lang="en"><head><title>Foldable review | Android Central</title><meta property="og:site_name" content="Android Central"></head><body><article class="review-article"><h1>Foldable review</h1>'
	+ `<div id="article-body" class="text-copy bodyCopy auto"><p>First. ${PROSE}</p><p>Second. ${PROSE}</p>`
	+ '<div class="my-6 w-full overflow-hidden" data-component-name="JwPlayer:Carousel" data-jwp-carousel=""><div data-jwp-carousel-header=""><span class="jwp-carousel-title-desktop">Latest Videos From</span><span class="jwp-carousel-brand"><img src="/logo.svg"></span></div><div data-jwp-carousel-container=""></div></div>'
	+ `<p>Third. ${PROSE}</p><div class="slice-container table-wrapper"><div class="table__instruction">Swipe to scroll horizontally<svg viewbox="0 0 23 30"></svg></div><div class="table__container"><table><tr><td>RAM</td><td>16GB</td></tr></table></div></div>`
	+ `<p>Fourth. ${PROSE}</p></div></article></body></html>`;

describe('the Android Central profile on a 2026 review', () => {
	it('leaves the video carousel and the table\'s scroll hint out of the body', () => {
		const result = extract(pageFromHtml(PAGE, 'https://www.androidcentral.com/phones/foldable-review'));
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.extractor.stages?.article).toBe('profile');
		const text = result.snapshot.article.body.map((block) => block.text).join('\n');
		expect(text).toContain('Fourth. The foldable keeps');
		expect(text).not.toContain('Latest Videos From');
		expect(text).not.toContain('Swipe to scroll');
		expect(result.snapshot.article.body.some((block) => block.type === 'image')).toBe(false);
	});
});
