import type {CheerioAPI} from 'cheerio';
import {selectAll} from './fast-select.js';

/** Schemes a link may keep; `javascript:` and friends are controls, not links. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'ftp:', 'tel:']);

/** The URL relative links resolve against: `<base href>` (itself relative to the page) or the page URL. */
export function documentBaseUrl($: CheerioAPI, pageUrl: string): string {
	const base = selectAll($, 'base[href]')[0]?.attribs.href;
	if (base) {
		const resolved = resolveUrl(base, pageUrl);
		if (resolved) return resolved;
	}
	return pageUrl;
}

/** Absolute URL of `href` against `base`, or null when it is not a usable link. */
export function resolveUrl(href: string | undefined | null, base: string): string | null {
	const value = href?.trim();
	if (!value) return null;
	try {
		const url = new URL(value, base);
		if (!LINK_SCHEMES.has(url.protocol)) return null;
		return url.href;
	} catch {
		return null;
	}
}

/**
 * A person's page (an author's or a commenter's link): like `resolveUrl`, but a link to a
 * place on the same page (`#`, `#comment-5`) is a script's hook or an anchor, not their page.
 */
export function resolveProfileUrl(href: string | undefined | null, base: string): string | null {
	const value = href?.trim();
	return value && !value.startsWith('#') ? resolveUrl(value, base) : null;
}

/** Like `resolveUrl`, and also keeps `data:` URIs (inline images). */
export function resolveImageUrl(src: string | undefined | null, base: string): string | null {
	const value = src?.trim();
	if (!value) return null;
	if (value.startsWith('data:')) return value;
	return resolveUrl(value, base);
}

/**
 * A date written into a URL path segment: `/2019/01/18/slug`, `/2019-01-18-slug`, or run
 * together as CMSs that file texts by day name them (`/texte/22/20220127-slug.html`). A
 * segment's start only, with a valid month and day, so an id elsewhere in it is not read.
 */
const URL_DATE = /(?:^|\/)((?:19|20)\d{2})([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?:[/_-]|$)/;

/** The date in a URL path such as `/2019/01/18/slug`, `/2019-01-18-slug` or `/20190118-slug`, as `YYYY-MM-DD`. */
export function dateFromUrl(url: string): string | null {
	let pathname: string;
	try {
		pathname = new URL(url).pathname;
	} catch {
		return null;
	}
	const match = URL_DATE.exec(pathname);
	return match ? `${match[1]}-${match[3]}-${match[4]}` : null;
}
