import type {SiteConfig} from './config.js';
import {isSameSite, normalizeUrl, siteHostKey} from './normalize.js';

/**
 * Which discovered URLs a site's crawl takes, and as what. Patterns are JavaScript
 * regular expressions tested (unanchored) against the whole normalised URL.
 *
 * - `exclude` wins over everything.
 * - An article matches `include`. With no `include` patterns, every same-site URL that a
 *   seed, listing page, feed or sitemap lists is an article; links found on article
 *   pages are then ignored, so the crawl does not wander over the whole site.
 * - A listing page (read for links, never archived) is a `rel="next"` page of a listing,
 *   or a link on a listing page that matches `follow`.
 * - Everything else, and every URL on another site, is ignored. Sitemaps named by a
 *   sitemap index or robots.txt are taken from any host (the sitemaps protocol allows
 *   cross-host sitemaps when robots.txt names them).
 */

/** Where a link was found. */
export type LinkSource = 'listing' | 'feed' | 'sitemap' | 'article';

export type LinkRole = 'article' | 'listing';

export class SiteScope {
	readonly #include: RegExp[];
	readonly #exclude: RegExp[];
	readonly #follow: RegExp[];
	readonly #hosts: ReadonlySet<string>;

	constructor(site: Pick<SiteConfig, 'include' | 'exclude' | 'follow' | 'seeds' | 'feeds' | 'sitemaps'>) {
		this.#include = site.include.map((source) => new RegExp(source));
		this.#exclude = site.exclude.map((source) => new RegExp(source));
		this.#follow = site.follow.map((source) => new RegExp(source));
		this.#hosts = new Set([...site.seeds, ...site.feeds, ...site.sitemaps].map((url) => siteHostKey(new URL(url).host)));
	}

	isExcluded(url: string): boolean {
		return this.#exclude.some((pattern) => pattern.test(url));
	}

	isArticle(url: string): boolean {
		return this.#include.some((pattern) => pattern.test(url));
	}

	/** The normalised URL and what it is to this site, or null when the crawl ignores it. */
	classify(href: string, source: LinkSource, options: {next?: boolean} = {}): {url: string; role: LinkRole} | null {
		const url = normalizeUrl(href);
		if (!url || this.isExcluded(url) || !isSameSite(url, this.#hosts)) return null;
		if (source === 'listing' && options.next) return {url, role: 'listing'};
		if (this.#include.length > 0 ? this.isArticle(url) : source !== 'article') return {url, role: 'article'};
		if (source === 'listing' && this.#follow.some((pattern) => pattern.test(url))) return {url, role: 'listing'};
		return null;
	}

	/** A sitemap URL to read, or null when it is excluded or not http(s). */
	sitemap(href: string): string | null {
		const url = normalizeUrl(href);
		return url && !this.isExcluded(url) ? url : null;
	}
}
