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
 * Words a site's own default share picture is named with ("icon.web.png", "defaultPromoCrop.png",
 * "social-placeholder.jpg", "logo-opengraph.png"): the picture a template sets on every page
 * that has none of its own. A story's picture names what it shows ("firefox-logo-2013.png").
 */
const SITE_PICTURE_WORDS = new Set(['default', 'logo', 'icon', 'social', 'share', 'sharing', 'opengraph', 'fb', 'card', 'web', 'site', 'promo', 'crop', 'generic', 'fallback', 'image', 'img', 'apple', 'touch']);
/** Words that name a site's emblem or a stand-in wherever they stand in a picture's file name. */
const SITE_PICTURE_MARKS = new Set(['favicon', 'placeholder']);

/**
 * Whether an image URL names a site's default picture rather than a story's: its file name
 * (digits, sizes and hashes aside) holds a stand-in's mark or only the words such pictures
 * are named with. It is the site's, not the story's lead image.
 */
export function isSiteDefaultPicture(url: string): boolean {
	let name: string;
	try {
		name = new URL(url).pathname.split('/').pop() ?? '';
	} catch {
		return false;
	}
	const words = name
		.replace(/\.[a-z0-9]+$/i, '')
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((word) => word !== '' && !/\d/.test(word));
	if (words.some((word) => SITE_PICTURE_MARKS.has(word))) return true;
	return words.length > 0 && words.every((word) => SITE_PICTURE_WORDS.has(word));
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

/** Query parameters that page or sort one document rather than name another (`?page=1#Comment5`). */
const VIEW_PARAMETERS = /^(?:page|p|pg|seite|start|offset|sort|sorttype|order|cpage|commentspage|comments_page)$/i;

/** Which document a URL names: no fragment, no paging/sorting parameters, host lower-cased, no trailing slash. */
export function documentAddress(url: string): string {
	try {
		const parsed = new URL(url);
		const query = [...parsed.searchParams].filter(([name]) => !VIEW_PARAMETERS.test(name)).map(([name, value]) => `${name}=${value}`).sort().join('&');
		return `${parsed.protocol}//${parsed.host.toLowerCase()}${parsed.pathname.replace(/\/+$/, '')}${query ? `?${query}` : ''}`;
	} catch {
		return url;
	}
}
