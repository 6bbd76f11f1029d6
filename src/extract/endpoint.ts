import type {CheerioAPI} from 'cheerio';
import type {SiteProfile} from './profiles/types.js';
import {resolveUrl} from './urls.js';

/**
 * Where the page says its comments load from (PhoneArena's `#comments[data-endpoint]`), as
 * an absolute URL, or null when the profile names no endpoint or the page has none.
 */
export function commentsEndpointIn($: CheerioAPI, profile: SiteProfile | null, baseUrl: string): string | null {
	const rule = profile?.commentsEndpoint;
	if (!rule) return null;
	return resolveUrl($(rule.selector).first().attr(rule.attribute), baseUrl);
}

/** The page's own name for its site (`og:site_name`, else `application-name`). */
export function siteNameIn($: CheerioAPI): string | null {
	const value = $('meta[property="og:site_name"]').attr('content') ?? $('meta[name="application-name"]').attr('content');
	return value?.trim() || null;
}
