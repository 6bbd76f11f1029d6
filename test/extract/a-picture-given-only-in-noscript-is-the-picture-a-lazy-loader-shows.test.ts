import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * A CMS that lazy-loads its pictures by script gives the picture itself only in a `<noscript>`
 * fallback (`<div class="cmp-image"><noscript><img src=…></noscript><span class="cmp-image--title">
 * Figure 1: …</span></div>`). Beside a placeholder `<img data-src>` the fallback is a second copy.
 */
const pictures = (content: string): Array<[string | undefined, string]> => articleBlocks(content).filter((block) => block.type === 'image').map((block) => [block.src, block.text]);

describe('a picture given only in a <noscript> fallback', () => {
	it('is the picture, captioned by the line after it', () => {
		expect(pictures(`${ARTICLE_PARAGRAPHS}<div class="cmp cmp-image"><noscript data-cmp-image="{}"><img src="/blog/figure-1.png" alt="Threat Research"></noscript><span class="cmp-image--title">Figure 1: files contained in the APK</span></div><p>The closing paragraph says what the figure shows and why the files inside the package matter at all.</p>`))
			.toEqual([['https://news.example/blog/figure-1.png', 'Figure 1: files contained in the APK']]);
	});

	it('is the picture in place of an inline placeholder beside it (Next.js’s <img src="data:…">)', () => {
		const nextImage = `<span style="display:inline-block;overflow:hidden;position:relative"><img alt="Modular monolith." src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-nimg="intrinsic"><noscript><img alt="Modular monolith." loading="lazy" data-nimg="intrinsic" srcSet="/blogs/monolith.png?imwidth=1920 1x, /blogs/monolith.png?imwidth=3840 2x" src="/blogs/monolith.png?imwidth=3840"></noscript></span>`;
		expect(pictures(`${ARTICLE_PARAGRAPHS}${nextImage}<p>The closing paragraph says what the diagram shows and why the modules talk to each other only through it.</p>`))
			.toEqual([['https://news.example/blogs/monolith.png?imwidth=3840', '']]);
	});

	it('is not a second copy beside the placeholder picture it stands in for', () => {
		expect(pictures(`${ARTICLE_PARAGRAPHS}<figure><img data-src="/photo.jpg" class="lazyload" alt="The phone"><noscript><img src="/photo.jpg" alt="The phone"></noscript><figcaption>The phone on a desk</figcaption></figure>`))
			.toEqual([['https://news.example/photo.jpg', 'The phone on a desk']]);
	});

	it('leaves a noscript with text or a frame out, as before', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<noscript><p>Please enable JavaScript to view the comments.</p><img src="/pixel-tracker.gif" alt=""></noscript><noscript><iframe src="https://tags.example/ns.html"></iframe></noscript>`);
		expect(blocks.map((block) => block.text).join(' ')).not.toContain('enable JavaScript');
		expect(blocks.filter((block) => block.type !== 'paragraph')).toEqual([]);
	});
});
