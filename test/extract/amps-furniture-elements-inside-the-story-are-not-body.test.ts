import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks, articleText} from '../helpers/article-body.js';

/**
 * AMP pages write their furniture as AMP's own elements, whatever their classes say: the next
 * story the runtime fetches and appends (`<amp-next-page>`, its "Continue reading" separator),
 * recirculation lists it fills from a JSON endpoint (`<amp-list>`, a "Loading…" placeholder in
 * the static page), ad and recommendation slots, share buttons, consent notices, and the
 * lightbox a tap opens with an enlarged copy of a picture, a carousel strip of teaser cards for
 * other stories. Set inside the story's box, they are still not its text.
 */

const [first, second, third] = ARTICLE_PARAGRAPHS.split('\n');
const inStory = (furniture: string): string => articleText(`${first}${second}${furniture}${third}`);

describe('AMP’s furniture elements inside the story', () => {
	it('leave out the next story’s separator', () => {
		const next = '<amp-next-page><script type="application/json">[{"url":"https://news.example/next-story","title":"Next story","image":"https://news.example/next.jpg"}]</script><div separator><h3 class="next-title">Continue reading</h3></div></amp-next-page>';
		const text = inStory(next);
		expect(text).toContain('A third paragraph closes the story');
		expect(text).not.toContain('Continue reading');
	});

	it('leave out a recirculation list’s placeholder', () => {
		const list = '<amp-list width="auto" height="300" layout="fixed-height" src="https://news.example/api/related.json"><div placeholder><h3>More stories</h3><p>Loading the latest phone news and reviews from our writers.</p></div><template type="amp-mustache"><a href="{{url}}">{{title}}</a></template></amp-list>';
		const text = inStory(list);
		expect(text).toContain('A third paragraph closes the story');
		expect(text).not.toContain('Loading the latest phone news');
		expect(text).not.toContain('More stories');
	});

	it('leave out a lightbox’s enlarged copy of a picture the story shows', () => {
		const picture = '<figure><a on="tap:photo-box" role="button" tabindex="0"><amp-img src="https://cdn.news.example/phone.jpg" width="800" height="600" layout="intrinsic" alt="The phone"></amp-img></a><figcaption>The phone in blue.</figcaption></figure>';
		const lightbox = '<amp-lightbox id="photo-box" layout="nodisplay"><div class="lightbox" on="tap:photo-box.close" role="button" tabindex="0"><amp-img src="https://cdn.news.example/phone-large.jpg" width="1600" height="1200" layout="intrinsic" alt="The phone"></amp-img><p class="lightbox-caption">The phone in blue, seen from the back with its camera bar and the new matte finish.</p></div></amp-lightbox>';
		const blocks = articleBlocks(`${first}${second}${picture}${lightbox}${third}`);
		expect(blocks.filter((block) => block.type === 'image').map((block) => block.src)).toEqual(['https://cdn.news.example/phone.jpg']);
		expect(blocks.map((block) => block.text).join('\n')).not.toContain('seen from the back');
	});

	it('leave out a carousel strip of teaser cards for other stories, and keep a carousel of the story’s pictures', () => {
		const card = (i: number): string => `<a class="card" href="https://news.example/story-${i}"><amp-img src="https://cdn.news.example/teaser-${i}.jpg" width="300" height="200" layout="responsive" alt=""></amp-img><span class="card-title">Another phone story, number ${i}, with a long headline</span></a>`;
		const strip = `<amp-carousel height="220" layout="fixed-height" type="carousel">${[1, 2, 3, 4].map(card).join('')}</amp-carousel>`;
		const gallery = `<amp-carousel width="4" height="3" layout="responsive" type="slides">${[1, 2, 3].map((i) => `<amp-img src="https://cdn.news.example/photo-${i}.jpg" width="4" height="3" layout="responsive" alt="Photo ${i}"></amp-img>`).join('')}</amp-carousel>`;
		const blocks = articleBlocks(`${first}${gallery}${second}${strip}${third}`);
		expect(blocks.filter((block) => block.type === 'image').map((block) => block.src)).toEqual([1, 2, 3].map((i) => `https://cdn.news.example/photo-${i}.jpg`));
		expect(blocks.map((block) => block.text).join('\n')).not.toContain('Another phone story');
	});
});

