import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {crawl} from '../../src/crawl/index.js';
import {SiteScope} from '../../src/crawl/scope.js';
import {archivedPaths, article, crawlEnv, type CrawlEnv} from './helpers/crawl-env.js';

const site = {seeds: ['https://www.news.example/news/'], feeds: [], sitemaps: [], include: ['/articles/'], exclude: ['/articles/sponsored-'], follow: ['/news/archive/']};

describe('SiteScope', () => {
	const scope = new SiteScope(site);

	it('takes URLs matching include as articles', () => {
		expect(scope.classify('https://www.news.example/articles/a.html', 'listing')).toEqual({url: 'https://www.news.example/articles/a.html', role: 'article'});
	});

	it('lets exclude win over include', () => {
		expect(scope.classify('https://www.news.example/articles/sponsored-phone.html', 'listing')).toBeNull();
	});

	it('follows rel=next and follow-pattern pages of a listing for discovery only', () => {
		expect(scope.classify('https://www.news.example/news/?page=2', 'listing', {next: true})?.role).toBe('listing');
		expect(scope.classify('https://www.news.example/news/archive/2024', 'listing')?.role).toBe('listing');
		expect(scope.classify('https://www.news.example/news/archive/2024', 'article')).toBeNull();
	});

	it('ignores other sites but treats www and bare host, and subdomains, as the same site', () => {
		expect(scope.classify('https://elsewhere.example/articles/a.html', 'listing')).toBeNull();
		expect(scope.classify('https://news.example/articles/a.html', 'listing')?.role).toBe('article');
		expect(scope.classify('https://m.news.example/articles/a.html', 'listing')?.role).toBe('article');
	});

	it('with no include patterns, takes what listings, feeds and sitemaps list, but not links found on articles', () => {
		const open = new SiteScope({...site, include: [], exclude: []});
		expect(open.classify('https://www.news.example/about', 'feed')?.role).toBe('article');
		expect(open.classify('https://www.news.example/about', 'article')).toBeNull();
	});
});

describe('include and exclude in a crawl', () => {
	let env: CrawlEnv;
	beforeEach(async () => {
		env = await crawlEnv();
	});
	afterEach(async () => {
		await env.close();
	});

	it('archives only included URLs, never requests excluded ones, and stays on the site', async () => {
		const config = env.config({exclude: ['article-0[1-3]\\.html', 'private-']});

		const summary = await crawl(config, {fetcher: env.fetcher, store: env.store, render: 'never'});

		const archived = await archivedPaths(env.store);
		expect(archived).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14].map(article));
		for (const n of [1, 2, 3]) expect(env.site.requests).not.toContain(article(n));
		// Linked from every page, but not an article and not a listing.
		expect(env.site.requests).not.toContain('/crawl/about.html');
		expect(env.site.requests).not.toContain('/crawl/authors/ada.html');
		expect(summary.new).toBe(11);
	});

	it('caps the articles archived per run at maxPages, and says how many were left', async () => {
		const summary = await crawl(env.config({maxPages: 5}), {fetcher: env.fetcher, store: env.store, render: 'never'});

		expect(await archivedPaths(env.store)).toHaveLength(5);
		expect(env.requested('/crawl/articles/')).toHaveLength(5);
		expect(summary.skipped.overLimit).toBe(10);
	});
});
