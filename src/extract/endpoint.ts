import type {CheerioAPI} from 'cheerio';
import type {SiteProfile} from './profiles/types.js';
import {selectAll} from './document/fast-select.js';
import {resolveUrl} from './document/urls.js';

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
	const value = selectAll($, 'meta[property="og:site_name"]')[0]?.attribs.content ?? selectAll($, 'meta[name="application-name"]')[0]?.attribs.content;
	return value?.trim() || null;
}
