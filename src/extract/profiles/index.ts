import {androidcentral} from './androidcentral.js';
import {arstechnica} from './arstechnica.js';
import {cnet} from './cnet.js';
import {engadget} from './engadget.js';
import {gsmarena} from './gsmarena.js';
import {heise} from './heise.js';
import {macrumors} from './macrumors.js';
import {macwelt} from './macwelt.js';
import {phonearena} from './phonearena.js';
import {theverge} from './theverge.js';
import type {SiteProfile} from './types.js';

export type {ArticleRules, CommentRules, IdRule, ParentRule, SiteProfile} from './types.js';

/** The profiles bundled with newsvault. */
export const defaultProfiles: readonly SiteProfile[] = [phonearena, androidcentral, macrumors, theverge, arstechnica, heise, cnet, engadget, macwelt, gsmarena];

/**
 * Subdomains a site serves its own stories under: the desktop, mobile and AMP hosts. Any other
 * subdomain is another site of the same company, built on other markup (`forums.macrumors.com`
 * runs XenForo, `shop.` a store): the generic extractor reads it, with no profile to drift from.
 */
const STORY_SUBDOMAINS = new Set(['www', 'm', 'mobile', 'amp']);

/**
 * The profile serving `host` (the host itself or its `www.`, `m.`, `mobile.` or `amp.` host;
 * port ignored), or null.
 * @example matchProfile('www.phonearena.com') // the PhoneArena profile
 * @example matchProfile('forums.macrumors.com') // null: the forum is not the news site
 */
export function matchProfile(host: string, profiles: readonly SiteProfile[] = defaultProfiles): SiteProfile | null {
	const name = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
	const servesHost = (domain: string): boolean => name === domain || (name.endsWith(`.${domain}`) && STORY_SUBDOMAINS.has(name.slice(0, -domain.length - 1)));
	return profiles.find((profile) => profile.hosts.some(servesHost)) ?? null;
}

/** The profile whose `siteNames` include the page's own site name (case-insensitive), or null. */
export function matchProfileBySiteName(siteName: string | null, profiles: readonly SiteProfile[] = defaultProfiles): SiteProfile | null {
	if (!siteName) return null;
	const wanted = siteName.trim().toLowerCase();
	return profiles.find((profile) => profile.siteNames?.some((name) => name.toLowerCase() === wanted)) ?? null;
}
