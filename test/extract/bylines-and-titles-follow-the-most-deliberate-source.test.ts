import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Article} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const PARAGRAPHS = `<p>The body of this test article has to be long enough to be an article, so it talks at some length about phones, batteries and screens, and how each of them changed over the past ten years of smartphone releases.</p>
<p>A second paragraph adds more words: chargers got faster, cameras multiplied, and the headphone jack quietly disappeared from most flagship models, which readers still complain about in comment threads every year.</p>`;

function articleOf(head: string, body = `<article><h1>DOM headline</h1>${PARAGRAPHS}</article>`): Article {
	const result = extract(pageFromHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, 'https://blog.example/posts/story'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article;
}

const names = (article: Article): string[] => article.authors.map((author) => author.name);

describe('meta tags: Dublin Core properties and property-over-name', () => {
	it('takes dc:title and dc:creator properties over OpenGraph, twitter and name="author"', () => {
		const article = articleOf(`<meta name="og:title" content="OG name title"><meta property="og:title" content="OG property title">
<meta name="author" content="Meta name author"><meta name="DC.creator" content="DC name author"><meta property="dc:creator" content="DC property author">
<meta property="dc:title" content="DC property title">`);
		expect(article.title).toBe('DC property title');
		expect(names(article)).toEqual(['DC property author']);
	});

	it('prefers a value declared with property over the same key declared with name, whatever comes first', () => {
		const article = articleOf('<meta name="og:title" content="Named title"><meta property="og:title" content="Property title">');
		expect(article.title).toBe('Property title');
	});

	it('reads every key of a space-separated property list and skips tags without content', () => {
		const article = articleOf(`<meta property="x:title dc:title" content="Preferred title"><meta property="og:title twitter:title" content="A title">
<meta property="dc:creator twitter:site_name" content="Creator Name"><meta property="og:description"><meta name="author" content="Fallback">`);
		expect(article.title).toBe('Preferred title');
		expect(names(article)).toEqual(['Creator Name']);
	});

	it('keeps name="author" over a name="DC.creator" that CMS templates fill with the publisher', () => {
		expect(names(articleOf('<meta name="DC.creator" content="heise online"><meta name="author" content="Denis Dilba">'))).toEqual(['Denis Dilba']);
	});

	it('reads one tag per author as one name each, commas included', () => {
		const article = articleOf('<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">');
		expect(names(article)).toEqual(['Kooman, F.', 'Jong, Michiel de']);
		expect(names(articleOf('<meta name="author" content="Ann Lee, Bo Kim">'))).toEqual(['Ann Lee', 'Bo Kim']);
	});
});

describe('bylines in the DOM and in JSON-LD', () => {
	it('reads a microdata author of the article item even from an aside', () => {
		const body = `<article itemscope itemtype="http://schema.org/BlogPosting"><h1 itemprop="headline">Post</h1><section>${PARAGRAPHS}</section>
<aside><p><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Nicolas Perriault</span></span> — <time datetime="2013-09-29">2013-09-29</time></p></aside></article>`;
		expect(names(articleOf('<title>Post</title>', body))).toEqual(['Nicolas Perriault']);
	});

	it('still ignores an aside byline that belongs to another item (a related post)', () => {
		const body = `<article><h1>Post</h1>${PARAGRAPHS}<aside><div itemscope itemtype="http://schema.org/Person"><span class="author-name">Someone Else</span></div></aside></article>`;
		expect(names(articleOf('<title>Post</title>', body))).toEqual([]);
	});

	it('ranks JSON-LD creator (often an account handle) below the byline the page shows', () => {
		const ld = `<script type="application/ld+json">${JSON.stringify({'@type': 'NewsArticle', headline: 'Story', creator: 'CC7567'})}</script>`;
		const body = `<article><h1>Story</h1><div class="byline"><span class="author-name">James Akinaka</span></div>${PARAGRAPHS}</article>`;
		expect(names(articleOf(ld, body))).toEqual(['James Akinaka']);
		expect(names(articleOf(ld))).toEqual(['CC7567']);
	});
});

describe('text as a reader sees it', () => {
	it('decodes HTML entities that a CMS left in its JSON-LD strings', () => {
		const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ransomware Spreads Via &#8216;Sex Game&#8217; Links &amp; SMS","author":{"@type":"Person","name":"Lindsey O&#039;Donnell"},"keywords":["Q&amp;A"]}</script>`;
		const article = articleOf(ld);
		expect(article.title).toBe('Ransomware Spreads Via ‘Sex Game’ Links & SMS');
		expect(names(article)).toEqual(["Lindsey O'Donnell"]);
		expect(article.tags).toEqual(['Q&A']);
	});

	it('drops the site name that a meta title puts first or last', () => {
		const head = '<meta property="og:site_name" content="TechCrunch"><meta property="og:title" content="TechCrunch | 2005 Zuckerberg Did Not Want To Take Over The World">';
		expect(articleOf(head).title).toBe('2005 Zuckerberg Did Not Want To Take Over The World');
		expect(articleOf('<meta property="og:site_name" content="TechCrunch"><meta property="og:title" content="TechCrunch Disrupt: the winners">').title).toBe('TechCrunch Disrupt: the winners');
	});

	it('takes the tags’ title over a JSON-LD headline that is the SEO title template’s, site name and all', () => {
		const ld = (headline: string): string => `<meta property="og:site_name" content="Kulu News"><meta property="og:title" content="Outage Hits Three Apps Worldwide"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}"}</script>`;
		expect(articleOf(ld('Outage Hits Three Apps | Kulu News')).title).toBe('Outage Hits Three Apps Worldwide');
		expect(articleOf(ld('Outage Hits Three Apps')).title).toBe('Outage Hits Three Apps');
		expect(articleOf(`<meta property="og:site_name" content="Kulu News"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Outage Hits Three Apps | Kulu News"}</script>`).title).toBe('Outage Hits Three Apps');
	});

	it('does not take an author card button ("See full bio") for the author', () => {
		const body = `<article><h1>Story</h1>${PARAGRAPHS}<div class="author-card"><a rel="author" href="/profiles/mr/">See full bio</a></div><p class="byline">By <a class="author-name" href="/profiles/mr/">Marguerite Reardon</a></p></article>`;
		expect(names(articleOf('<title>Story</title>', body))).toEqual(['Marguerite Reardon']);
	});
});

describe('<title> parts', () => {
	it('takes the part a page heading repeats when no site name is known', () => {
		const body = `<div id="header"><h1 class="heading"><a href="/">Fan Archive</a></h1></div><div class="work"><h2 class="title">Conversations with a Cryptid</h2>${PARAGRAPHS}</div>`;
		const article = articleOf('<title>Conversations with a Cryptid - Chapter 1 - SomeAuthor - Long Fandom Name | Another Fandom [Fan Archive]</title>', body);
		expect(article.title).toBe('Conversations with a Cryptid');
	});

	it('does not take the site logo heading (a link home) for the title', () => {
		const body = `<header><h1><a href="/">V8</a></h1></header><main><h2>Other heading</h2>${PARAGRAPHS}</main>`;
		expect(articleOf('<title>Standalone WebAssembly binaries · V8</title>', body).title).toBe('Standalone WebAssembly binaries');
	});
});
