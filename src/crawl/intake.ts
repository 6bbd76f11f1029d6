import type {Logger} from 'pino';
import type {SiteConfig} from './config.js';
import type {Discovered} from './discover.js';
import type {Frontier} from './frontier.js';
import {normalizeUrl} from './normalize.js';
import {isDue, type ArticleRecord, type RevisitMode} from './revisit.js';
import {SiteScope, type LinkSource} from './scope.js';
import type {CrawlCounts} from './summary.js';

/**
 * What enters a site's frontier, and as what: the seeds of a new run, the due re-visits
 * of known articles, and every link discovery finds. Known articles that are not due
 * are remembered as seen (and counted) instead of fetched.
 */

/**
 * Listing pages, feeds and sitemaps read per site per run. A news site's sitemap index
 * lists a few hundred sitemaps, and pagination deeper than that reaches articles no
 * revisit tier cares about; the cap stops a listing whose "next" link never ends.
 */
export const MAX_DISCOVERY_PAGES = 1000;

export interface IntakeContext {
	site: SiteConfig;
	frontier: Frontier;
	/** Records of the site's archived articles (by normalised URL). */
	articles: ReadonlyMap<string, ArticleRecord>;
	counts: CrawlCounts;
	revisit: RevisitMode;
	now: () => number;
	/** When the last finished run started: child sitemaps whose lastmod is older are not read. */
	lastFinishedRunAt: string | null;
	logger: Logger;
}

export class Intake {
	readonly #ctx: IntakeContext;
	readonly #scope: SiteScope;
	#discoveryQueued = 0;

	constructor(ctx: IntakeContext) {
		this.#ctx = ctx;
		this.#scope = new SiteScope(ctx.site);
	}

	/** A new run's frontier: seeds, feeds, sitemaps, and the known articles that are due. */
	seed(): void {
		const {site, articles, frontier, revisit} = this.#ctx;
		for (const seed of site.seeds) {
			const url = normalizeUrl(seed);
			if (!url || this.#scope.isExcluded(url)) continue;
			if (this.#scope.isArticle(url)) this.addArticle(url);
			else this.#addDiscovery(url, 'listing');
		}
		for (const feed of site.feeds) {
			const url = normalizeUrl(feed);
			if (url) this.#addDiscovery(url, 'feed');
		}
		for (const sitemap of site.sitemaps) this.addSitemap(sitemap);
		const now = new Date(this.#ctx.now());
		let due = 0;
		for (const [url, record] of articles) {
			if (this.#scope.isExcluded(url) || !isDue(record, now, revisit, site.revisit)) continue;
			if (frontier.add({url, kind: 'article', revisit: true})) due += 1;
		}
		this.#ctx.logger.info({known: articles.size, due, revisit}, 'new run');
	}

	/** Take what a page lists; `source` is what kind of page it was. */
	addLinks(found: Discovered, source: LinkSource): void {
		const since = this.#ctx.lastFinishedRunAt ? Date.parse(this.#ctx.lastFinishedRunAt) : Number.NaN;
		for (const {url, lastmod} of found.sitemaps) {
			// A child sitemap unchanged since the last finished run started lists nothing new.
			if (lastmod && Number.isFinite(since) && Date.parse(lastmod) < since) continue;
			this.addSitemap(url);
		}
		if (source === 'listing') {
			for (const url of found.next) {
				const link = this.#scope.classify(url, 'listing', {next: true});
				if (link) this.#addDiscovery(link.url, 'listing');
			}
		}
		for (const url of found.links) {
			const link = this.#scope.classify(url, source);
			if (link?.role === 'article') this.addArticle(link.url);
			else if (link?.role === 'listing') this.#addDiscovery(link.url, 'listing');
		}
	}

	addArticle(url: string): void {
		const {frontier, counts, site} = this.#ctx;
		if (frontier.has(url)) return;
		counts.discovered += 1;
		const known = this.#ctx.articles.get(url);
		if (known && !isDue(known, new Date(this.#ctx.now()), this.#ctx.revisit, site.revisit)) {
			frontier.skip(url);
			counts.skipped.notDue += 1;
			return;
		}
		frontier.add({url, kind: 'article', revisit: known !== undefined});
	}

	addSitemap(href: string): void {
		const url = this.#scope.sitemap(href);
		if (url) this.#addDiscovery(url, 'sitemap');
	}

	#addDiscovery(url: string, kind: 'listing' | 'feed' | 'sitemap'): void {
		if (this.#ctx.frontier.has(url)) return;
		if (this.#discoveryQueued >= MAX_DISCOVERY_PAGES) {
			if (this.#discoveryQueued === MAX_DISCOVERY_PAGES) {
				this.#ctx.logger.warn({cap: MAX_DISCOVERY_PAGES}, 'discovery page cap reached; further listing pages, feeds and sitemaps are ignored this run');
			}
			this.#discoveryQueued += 1;
			return;
		}
		if (this.#ctx.frontier.add({url, kind})) this.#discoveryQueued += 1;
	}
}
