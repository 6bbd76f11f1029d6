import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Article, Snapshot} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const BODY = `<article><h1>DOM headline</h1><p class="byline">By <a rel="author" href="/people/dom-author">Dom Author</a> · <time datetime="2023-03-03T03:03:03+00:00">March 3</time></p>
<div class="entry-content"><p>The body of this test article has to be long enough to be an article, so it talks at some length about phones, batteries and screens, and how each of them changed over the past ten years of smartphone releases.</p>
<p>A second paragraph adds more words: chargers got faster, cameras multiplied, and the headphone jack quietly disappeared from most flagship models, which readers still complain about in comment threads every year.</p></div></article>`;

function articleOf(head: string, url = 'https://site.example/2021/07/09/story/', extra: Partial<Parameters<typeof pageFromHtml>[2]> = {}): Article & {canonical: string | null} {
	const result = extract(pageFromHtml(`<!doctype html><html${head.includes('<!--nolang-->') ? '' : ' lang="de"'}><head>${head}</head><body>${BODY}</body></html>`, url, extra));
	if (!result.ok) throw new Error(result.message);
	const snapshot: Snapshot = result.snapshot;
	return {...snapshot.article, canonical: snapshot.source.canonicalUrl};
}

const LD = (data: object): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const META = `<meta property="og:title" content="OG title"><meta name="author" content="Meta Author"><meta property="article:published_time" content="2022-02-02T02:02:02+00:00"><meta property="article:tag" content="meta-tag-1"><meta property="article:tag" content="meta-tag-2"><meta property="og:image" content="/og.jpg"><meta property="og:url" content="https://site.example/og-url">`;

describe('metadata precedence', () => {
	it('takes JSON-LD over meta tags and the DOM', () => {
		const article = articleOf(
			META + LD({'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'LD headline', author: [{'@type': 'Person', name: 'LD One'}, {'@type': 'Person', name: 'LD Two', url: '/people/two'}], datePublished: '2024-04-04T04:04:04+02:00', keywords: 'ld-a, ld-b', image: ['https://cdn.example/ld.jpg']}),
		);
		expect(article.title).toBe('LD headline');
		expect(article.authors).toEqual([{name: 'LD One', url: null}, {name: 'LD Two', url: 'https://site.example/people/two'}]);
		expect(article.publishedAt).toBe('2024-04-04T04:04:04+02:00');
		expect(article.tags).toEqual(['ld-a', 'ld-b']);
		expect(article.image).toBe('https://cdn.example/ld.jpg');
	});

	it('finds the article in a JSON-LD @graph and in a top-level array', () => {
		const graph = articleOf(LD({'@context': 'https://schema.org', '@graph': [{'@type': 'WebSite', name: 'Site'}, {'@type': ['BlogPosting'], headline: 'Graph headline'}]}));
		expect(graph.title).toBe('Graph headline');
		const array = articleOf(LD([{'@type': 'Organization', name: 'Org'}, {'@type': 'ReportageNewsArticle', headline: 'Array headline'}]));
		expect(array.title).toBe('Array headline');
	});

	it('survives broken JSON-LD (trailing commas, HTML comment wrapper) and falls back when it is hopeless', () => {
		expect(articleOf('<script type="application/ld+json"><!-- {"@type":"Article","headline":"Repaired",} --></script>').title).toBe('Repaired');
		const result = extract(pageFromHtml(`<html><head><script type="application/ld+json">{nope</script>${META}</head><body>${BODY}</body></html>`, 'https://site.example/x'));
		expect(result.ok && result.snapshot.article.title).toBe('OG title');
		expect(result.ok && result.snapshot.extractor.warnings).toContain('json-ld: 1 script(s) could not be parsed');
	});

	it('takes meta tags over the DOM when there is no JSON-LD', () => {
		const article = articleOf(META);
		expect(article.title).toBe('OG title');
		expect(article.authors).toEqual([{name: 'Meta Author', url: null}]);
		expect(article.publishedAt).toBe('2022-02-02T02:02:02+00:00');
		expect(article.tags).toEqual(['meta-tag-1', 'meta-tag-2']);
		expect(article.image).toBe('https://site.example/og.jpg');
		expect(article.canonical).toBe('https://site.example/og-url');
	});

	it('reads the DOM when the head says nothing: h1, rel=author, time[datetime]', () => {
		const article = articleOf('<title>DOM headline | Site</title>');
		expect(article.title).toBe('DOM headline');
		expect(article.authors).toEqual([{name: 'Dom Author', url: 'https://site.example/people/dom-author'}]);
		expect(article.publishedAt).toBe('2023-03-03T03:03:03+00:00');
	});

	it('prefers the <title> (minus the site name) to an h1 it does not contain', () => {
		expect(articleOf('<title>Tab title | Site</title>').title).toBe('Tab title');
	});

	it('falls back to the date in the URL path', () => {
		const result = extract(pageFromHtml(`<html><body><h1>T</h1><div>${'Words about phones, and more words about phones. '.repeat(12)}</div></body></html>`, 'https://site.example/2021/07/09/story/'));
		expect(result.ok && result.snapshot.article.publishedAt).toBe('2021-07-09T00:00:00Z');
	});

	it('prefers rel=canonical over og:url and resolves it against the page', () => {
		expect(articleOf(`${META}<link rel="canonical" href="/canonical-path">`).canonical).toBe('https://site.example/canonical-path');
	});

	it('reads the language from html[lang], else og:locale, else the Content-Language header', () => {
		expect(articleOf('').language).toBe('de');
		expect(articleOf('<!--nolang--><meta property="og:locale" content="fr_FR">').language).toBe('fr-FR');
		expect(articleOf('<!--nolang-->', undefined, {headers: {'content-type': 'text/html', 'content-language': 'nl'}}).language).toBe('nl');
	});

	it('normalises dates without an offset to UTC and strips "By" from author names', () => {
		const article = articleOf('<meta property="article:published_time" content="2020-01-02T03:04:05"><meta name="author" content="By Jane Roe">');
		expect(article.publishedAt).toBe('2020-01-02T03:04:05Z');
		expect(article.authors).toEqual([{name: 'Jane Roe', url: null}]);
	});
});
