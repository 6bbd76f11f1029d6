import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Article} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const PARAGRAPHS = `<p>The body of this test article has to be long enough to be an article, so it talks at some length about phones, batteries and screens, and how each of them changed over the past ten years of smartphone releases.</p>
<p>A second paragraph adds more words: chargers got faster, cameras multiplied, and the headphone jack quietly disappeared from most flagship models, which readers still complain about in comment threads every year.</p>
<p>A third paragraph closes the story with a look at what comes next: foldable screens, satellite messaging and batteries that last two days, if the rumours about next year's models turn out to be true after all.</p>`;

const LEAD = 'Lawyer Jane Roe explains what the ruling means for users and how they can ask search engines to delete their data.';

function articleOf(body: string, head = '<title>Ruling explained - Site</title>'): Article {
	const result = extract(pageFromHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, 'https://news.example/ruling-explained'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article;
}

const texts = (article: Article): string[] => article.body.map((block) => block.text);

describe('the lead between the headline and the body container', () => {
	it('opens the body with the lead paragraph of the article header', () => {
		const article = articleOf(`<article><div class="head"><header><h1>Ruling explained</h1><p>${LEAD}</p>
<span class="byline">by <a href="/author/ann">Ann Author</a> on May 14, 2014</span></header></div><div class="content">${PARAGRAPHS}</div></article>`);
		expect(texts(article)[0]).toBe(LEAD);
		expect(texts(article).join(' ')).not.toContain('Ann Author');
	});

	it('keeps a lead whose container is called a teaser', () => {
		const article = articleOf(`<main><header><h1>Ruling explained</h1><div class="article-teaser"><p>${LEAD}</p></div></header>
<article><div class="article-content">${PARAGRAPHS}</div></article></main>`);
		expect(texts(article)[0]).toBe(LEAD);
	});

	it('keeps a lead that the page also states as its description (the subtitle records it too)', () => {
		const article = articleOf(`<article><header><h1>Ruling explained</h1></header><div class="content"><p>${LEAD}</p>${PARAGRAPHS}</div></article>`, `<title>Ruling explained</title><meta name="description" content="${LEAD}">`);
		expect(article.subtitle).toBe(LEAD);
		expect(texts(article)[0]).toBe(LEAD);
	});

	it('keeps a lead without a full stop when the page states it as its description', () => {
		const lead = 'Indigenous peoples claim rights that remain unfulfilled, so channelling the protest works better than repressing it';
		const article = articleOf(`<article><div class="heading"><h1>Ruling explained</h1><p class="bajada">${lead}</p></div><section class="body">${PARAGRAPHS}</section></article>`, `<title>Ruling explained</title><meta property="og:description" content="${lead}">`);
		expect(texts(article)[0]).toBe(lead);
	});

	it('leaves out a line without a full stop that the page does not state as its description', () => {
		const line = 'Indigenous peoples claim rights that remain unfulfilled, so channelling the protest works better than repressing it';
		const article = articleOf(`<article><div class="heading"><h1>Ruling explained</h1><p class="bajada">${line}</p></div><section class="body">${PARAGRAPHS}</section></article>`, '<title>Ruling explained</title><meta property="og:description" content="Something else entirely.">');
		expect(texts(article).join(' ')).not.toContain(line);
	});

	it('keeps a lead the page writes as an element marked lead instead of a paragraph', () => {
		const article = articleOf(`<article><header class="article-header"><h1>Ruling explained</h1><div class="article-header-image"><img src="/a.jpg" alt=""></div>
<h2 class="article-header-leadText">${LEAD}</h2></header><div class="article-paragraphs">${PARAGRAPHS}</div></article>`);
		expect(texts(article)[0]).toBe(LEAD);
	});

	it('leaves out a dek, the subtitle set under the headline, when it is not a paragraph', () => {
		const article = articleOf(`<article><header><h1>Ruling explained</h1><div class="styles_articleDek">${LEAD}</div></header><div class="content">${PARAGRAPHS}</div></article>`);
		expect(texts(article).join(' ')).not.toContain(LEAD);
	});

	it('leaves out image captions, credits and datelines between headline and body', () => {
		const article = articleOf(`<article><header><h1>Ruling explained</h1><p>Site | 04.05.2015 at 13:36 | By Martin Author (with Other Author)</p>
<figure><img src="/a.jpg" alt=""><figcaption><p>The courthouse in Luxembourg where the judges sat on Tuesday morning.</p></figcaption></figure></header>
<div class="content">${PARAGRAPHS}</div></article>`);
		expect(texts(article).join(' ')).not.toContain('Martin Author');
		expect(texts(article).join(' ')).not.toContain('courthouse in Luxembourg');
	});

	it('takes nothing when no h1 above the body holds the title', () => {
		const article = articleOf(`<div class="top"><h1>Site name</h1><p>${LEAD}</p></div><article><div class="content">${PARAGRAPHS}</div></article>`);
		expect(texts(article).join(' ')).not.toContain(LEAD);
	});
});

describe('the lede box that opens the body container', () => {
	it('keeps the lede the body opens with although its class calls it a teaser', () => {
		const article = articleOf(`<article><h1>Ruling explained</h1><div class="news_content"><div class="teaser_text">${LEAD.replace('search engines', '<a href="/topic/search">search engines</a>')}</div>
<div class="metadata"><span class="date">14.05.2014</span></div>${PARAGRAPHS}</div></article>`);
		expect(texts(article)[0]).toBe(LEAD);
	});

	it('leaves out a teaser for another story, whose title is its link', () => {
		const teaser = '<div class="teaser"><a href="/other">Search engines answer the court</a> in a joint letter sent to the judges on Friday.</div>';
		const article = articleOf(`<article><h1>Ruling explained</h1><div class="news_content">${teaser}${PARAGRAPHS}</div></article>`);
		expect(texts(article).join(' ')).not.toContain('joint letter');
	});

	it('leaves out a lede-marked box the page hides or sets aside', () => {
		for (const box of [`<div class="teaser_text hidden">${LEAD}</div>`, `<aside class="teaser">${LEAD}</aside>`]) {
			const article = articleOf(`<article><h1>Ruling explained</h1><div class="news_content">${box}${PARAGRAPHS}</div></article>`);
			expect(texts(article).join(' ')).not.toContain(LEAD);
		}
	});

	it('leaves out a teaser box after the first paragraph', () => {
		const teaser = '<div class="teaser">Readers who liked this ruling also read our guide to deleting old accounts, updated every month.</div>';
		const article = articleOf(`<article><h1>Ruling explained</h1><div class="news_content">${PARAGRAPHS}${teaser}</div></article>`);
		expect(texts(article).join(' ')).not.toContain('Readers who liked');
	});
});

describe('the subtitle', () => {
	it('is not the site tagline under a site-name h1', () => {
		const article = articleOf(`<header class="site-branding"><h1 class="site-title"><a href="/">My Blog</a></h1><h2 class="site-description">Thoughts on everything</h2></header>
<article><h1>Ruling explained</h1><div class="content">${PARAGRAPHS}</div></article>`);
		expect(article.subtitle).toBeNull();
	});

	it('is the deck under the headline h1', () => {
		const article = articleOf(`<article><h1>Ruling explained</h1><h2>What the court decided, in plain words</h2><div class="content">${PARAGRAPHS}</div></article>`);
		expect(article.subtitle).toBe('What the court decided, in plain words');
	});
});
