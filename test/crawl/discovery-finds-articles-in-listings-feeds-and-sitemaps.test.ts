import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {crawl} from '../../src/crawl/index.js';
import {discoverLinks} from '../../src/crawl/discover.js';
import {archivedPaths, article, crawlEnv, serveRobots, type CrawlEnv} from './helpers/crawl-env.js';

const PUBLIC = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/site/public/crawl');
const BASE = 'https://news.example/crawl/';

async function fixture(name: string): Promise<Uint8Array> {
	return new Uint8Array(await readFile(path.join(PUBLIC, name)));
}

describe('discoverLinks', () => {
	it('reads the links and the rel="next" page of an HTML listing, absolute', async () => {
		const found = discoverLinks(await fixture('news/index.html'), `${BASE}news/`);
		expect(found.type).toBe('html');
		expect(found.links).toContain('https://news.example/crawl/articles/article-01.html');
		expect(found.links).not.toContain('mailto:tips@example.com');
		expect(found.next).toEqual(['https://news.example/crawl/news/page-2.html']);
	});

	it('takes a <link rel="next"> in the head as pagination too', async () => {
		const found = discoverLinks(await fixture('news/page-2.html'), `${BASE}news/page-2.html`);
		expect(found.next).toEqual(['https://news.example/crawl/news/page-3.html']);
	});

	it('reads RSS item links, resolved against the feed URL', async () => {
		const found = discoverLinks(await fixture('feed.rss'), `${BASE}feed.rss`);
		expect(found.type).toBe('rss');
		expect(found.links.slice(0, 3)).toEqual([15, 16, 17].map((n) => `https://news.example${article(n)}`));
	});

	it('reads Atom entry links, preferring rel="alternate"', async () => {
		const found = discoverLinks(await fixture('feed.atom'), `${BASE}feed.atom`);
		expect(found.type).toBe('atom');
		expect(found.links).toEqual([
			`https://news.example${article(18)}`,
			`https://news.example${article(19)}`,
			`https://news.example${article(2)}?utm_campaign=atom`,
		]);
	});

	it('reads a sitemap index, with each child sitemap and its lastmod', async () => {
		const found = discoverLinks(await fixture('sitemap-index.xml'), `${BASE}sitemap-index.xml`);
		expect(found.type).toBe('sitemapindex');
		expect(found.sitemaps).toEqual([
			{url: `${BASE}sitemap-articles.xml`, lastmod: '2025-03-20'},
			{url: `${BASE}sitemap-archive.xml.gz`, lastmod: '2025-03-01'},
		]);
	});

	it('gunzips a .xml.gz sitemap and reads its <loc>s', async () => {
		const found = discoverLinks(await fixture('sitemap-archive.xml.gz'), `${BASE}sitemap-archive.xml.gz`);
		expect(found.type).toBe('urlset');
		expect(found.links).toEqual([`https://news.example${article(21)}`, `https://news.example${article(5)}`]);
	});

	it('fails with ERR_DECODE on a truncated gzip body instead of returning nothing', async () => {
		const bytes = await fixture('sitemap-archive.xml.gz');
		expect(() => discoverLinks(bytes.slice(0, 20), `${BASE}broken.xml.gz`)).toThrow(expect.objectContaining({code: 'ERR_DECODE'}));
	});
});

describe('crawl discovery on the fixture site', () => {
	let env: CrawlEnv;
	beforeEach(async () => {
		env = await crawlEnv();
	});
	afterEach(async () => {
		await env.close();
	});

	it('archives every article found through pagination, RSS, Atom, a sitemap index with a gzipped child, and the sitemap robots.txt names', async () => {
		const {site} = env;
		serveRobots(site, `User-agent: *\nDisallow: /crawl/articles/private-\nSitemap: ${site.url}crawl/sitemap-robots.xml\n`);
		const config = env.config({
			feeds: [`${site.url}crawl/feed.rss`, `${site.url}crawl/feed.atom`],
			sitemaps: [`${site.url}crawl/sitemap-index.xml`],
		});

		const summary = await crawl(config, {fetcher: env.fetcher, store: env.store, render: 'never'});

		const archived = await archivedPaths(env.store);
		expect(archived).toEqual(Array.from({length: 22}, (_, i) => article(i + 1)));
		expect(summary.new).toBe(22);
		expect(summary.failed.total).toBe(0);
		// Only-from-one-source articles prove each discovery path works:
		// page 3 of the listing (13, 14), RSS (15–17), Atom (18, 19), plain child sitemap (20), gzipped child (21), robots.txt sitemap (22).
		for (const n of [13, 14, 15, 16, 17, 18, 19, 20, 21, 22]) expect(archived).toContain(article(n));
		expect(site.requests).toContain('/crawl/sitemap-archive.xml.gz');
		expect(site.requests).toContain('/crawl/sitemap-robots.xml');
	});

	it('reads listing pages, feeds and sitemaps for links but never archives them', async () => {
		const {site} = env;
		const config = env.config({feeds: [`${site.url}crawl/feed.rss`], sitemaps: [`${site.url}crawl/sitemap-index.xml`]});

		const summary = await crawl(config, {fetcher: env.fetcher, store: env.store, render: 'never'});

		const all: string[] = [];
		for await (const url of env.store.urls()) all.push(new URL(url).pathname);
		expect(all.filter((p) => !p.startsWith('/crawl/articles/'))).toEqual([]);
		expect(summary.discoveryPages).toBe(7);
	});

	it('saves a run report in the archive', async () => {
		const summary = await crawl(env.config(), {fetcher: env.fetcher, store: env.store, render: 'never'});

		const [site] = summary.sites;
		expect(site?.report).toContain(path.join(env.dir, 'crawl', 'fixture', 'runs'));
		const report = JSON.parse(await readFile(site?.report ?? '', 'utf8')) as Record<string, unknown>;
		// The listing links 14 articles and the draft (no robots.txt here keeps it out).
		expect(report).toMatchObject({site: 'fixture', status: 'finished', new: 15, fetched: 15});
	});
});
