import {describe, expect, it} from 'vitest';
import type {Block} from '../../src/snapshot/schema.js';
import {extract} from '../../src/extract/index.js';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * An AMP page (`<html amp>`, the copy of a story a `<link rel="amphtml">` names) writes its
 * pictures as `<amp-img>`/`<amp-anim>` (with a low-resolution preview and a `<noscript><img>` fallback inside), its
 * galleries as an `<amp-carousel>` of them, and its players and posts as `<amp-youtube
 * data-videoid>`, `<amp-twitter data-tweetid>`, `<amp-iframe src>`: a reader sees the pictures
 * and frames the AMP runtime makes of them, so the body holds them as it holds a plain page's.
 */

const media = (content: string): Pick<Block, 'type' | 'text' | 'src' | 'alt'>[] =>
	articleBlocks(content)
		.filter((block) => block.type === 'image' || block.type === 'embed')
		.map(({type, text, src, alt}) => ({type, text, src, ...(alt ? {alt} : {})}));

describe('an AMP page’s pictures and embeds', () => {
	it('reads an amp-img as its picture, and its preview and fallback copy not as more pictures', () => {
		const picture = '<amp-img src="https://cdn.news.example/2026/08/night.jpg" alt="A street at night" width="1024" height="768" layout="intrinsic" class="amp-wp-enforced-sizes"><amp-img placeholder src="https://cdn.news.example/2026/08/night-blurred-64.jpg" width="1024" height="768" layout="fill"></amp-img><noscript><img src="https://cdn.news.example/2026/08/night.jpg" alt="A street at night" width="1024" height="768"></noscript></amp-img>';
		expect(media(`${ARTICLE_PARAGRAPHS}${picture}${ARTICLE_PARAGRAPHS}`)).toEqual([
			{type: 'image', text: '', src: 'https://cdn.news.example/2026/08/night.jpg', alt: 'A street at night'},
		]);
	});

	it('reads each slide of a carousel, sized by aspect ratio, as a picture of its own', () => {
		const slide = (name: string, caption: string): string => `<figure class="slide"><amp-img src="https://cdn.news.example/2026/08/${name}.jpg" alt="${caption} sample" width="4" height="3" layout="responsive"></amp-img><figcaption>${caption}</figcaption></figure>`;
		const carousel = `<amp-carousel width="1024" height="768" layout="responsive" type="slides" role="region" aria-label="Camera samples">${slide('main', 'Main camera')}${slide('wide', 'Ultrawide camera')}${slide('tele', 'Telephoto')}</amp-carousel>`;
		expect(media(`${ARTICLE_PARAGRAPHS}${carousel}${ARTICLE_PARAGRAPHS}`).map((block) => block.text)).toEqual(['Main camera', 'Ultrawide camera', 'Telephoto']);
	});

	it('opens the story with the lead’s picture sized by aspect ratio, and makes it the article’s image', () => {
		const intro = '<div class="intro"><span class="picture"><amp-img src="https://cdn.news.example/2026/08/hero.jpg" width="16" height="9" layout="responsive" alt="The phone on a desk"></amp-img></span><p>Two-day batteries are finally here, and they change how people use their phones more than any camera upgrade did.</p></div>';
		const html = `<!doctype html><html amp lang="en"><head><title>Batteries</title></head><body><article><h1>Batteries</h1>${intro}<div class="text">${ARTICLE_PARAGRAPHS}</div></article></body></html>`;
		const result = extract(pageFromHtml(html, 'https://news.example/amp/batteries'));
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.article.image).toBe('https://cdn.news.example/2026/08/hero.jpg');
		expect(result.snapshot.article.body[0]).toMatchObject({type: 'image', src: 'https://cdn.news.example/2026/08/hero.jpg', alt: 'The phone on a desk'});
	});

	it('reads a platform’s player and post, named by id, as the frames they show', () => {
		const embeds = '<amp-youtube data-videoid="abc123XYZ_0" layout="responsive" width="480" height="270"></amp-youtube><p>The maker’s own announcement had the charging figures, posted the morning of the launch event in New York.</p><amp-twitter width="375" height="472" layout="responsive" data-tweetid="1885000000000000000"></amp-twitter><amp-iframe src="https://charts.news.example/battery" width="600" height="400" layout="responsive" sandbox="allow-scripts" title="Battery chart"><amp-img placeholder src="https://charts.news.example/battery.png" layout="fill"></amp-img></amp-iframe>';
		expect(media(`${ARTICLE_PARAGRAPHS}${embeds}${ARTICLE_PARAGRAPHS}`)).toEqual([
			{type: 'embed', text: '', src: 'https://www.youtube.com/embed/abc123XYZ_0'},
			{type: 'embed', text: '', src: 'https://twitter.com/i/status/1885000000000000000'},
			{type: 'embed', text: '', src: 'https://charts.news.example/battery', alt: 'Battery chart'},
		]);
	});

	it('reads a news video platform’s player, named by its account and video ids, as its frame', () => {
		const players = '<amp-brightcove data-account="1234567890001" data-player="default" data-embed="default" data-video-id="6300000000001" layout="responsive" width="480" height="270"></amp-brightcove><p>The review continues with the battery tests we ran over two weeks, with the screen at a fixed brightness.</p><amp-jwplayer data-player-id="AbCdEf12" data-media-id="XyZ98765" layout="responsive" width="16" height="9"></amp-jwplayer>';
		expect(media(`${ARTICLE_PARAGRAPHS}${players}${ARTICLE_PARAGRAPHS}`).map((block) => block.src)).toEqual([
			'https://players.brightcove.net/1234567890001/default_default/index.html?videoId=6300000000001',
			'https://content.jwplatform.com/players/XyZ98765-AbCdEf12.html',
		]);
	});

	it('gives a post the words it shows until its frame loads', () => {
		const post = '<amp-twitter width="375" height="472" layout="responsive" data-tweetid="1885000000000000001"><blockquote placeholder class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">The new phone charges to 70% in 30 minutes.</p>&mdash; Phone Maker (@phonemaker)</blockquote></amp-twitter>';
		expect(media(`${ARTICLE_PARAGRAPHS}${post}${ARTICLE_PARAGRAPHS}`)).toEqual([
			{type: 'embed', text: 'The new phone charges to 70% in 30 minutes. — Phone Maker (@phonemaker)', src: 'https://twitter.com/i/status/1885000000000000001'},
		]);
	});

	it('keeps the story a self-closed amp-img took in, after the picture', () => {
		const content = `<p>Android 17 brings a reworked notification shade and a desktop mode for external monitors, the biggest change to the phone’s software in years.</p><amp-img src="https://cdn.news.example/2026/08/desk.gif" alt="Desktop mode" width="800" height="450"/>${ARTICLE_PARAGRAPHS}`;
		const blocks = articleBlocks(content).map((block) => block.src ?? block.text.slice(0, 20));
		expect(blocks).toEqual(['Android 17 brings a ', 'https://cdn.news.example/2026/08/desk.gif', 'The body of this tes', 'A second paragraph a', 'A third paragraph cl']);
	});

	it('reads the copies of a picture set for other screens as one picture', () => {
		const copies = ['(max-width: 359px)', '(min-width: 360px) and (max-width: 479px)', '(min-width: 480px)']
			.map((query, i) => `<amp-img src="https://cdn.news.example/banner-${i}.jpg" width="${300 + i * 100}" height="90" layout="fixed" media="${query}" alt="Spring sale"></amp-img>`)
			.join('\n');
		expect(media(`${ARTICLE_PARAGRAPHS}<p><a href="https://shop.news.example/">${copies}</a></p>${ARTICLE_PARAGRAPHS}`).map((block) => block.src)).toEqual(['https://cdn.news.example/banner-0.jpg']);
	});
});
