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
 * The profile serving `host` (a host suffix match, port ignored), or null.
 * @example matchProfile('www.phonearena.com') // the PhoneArena profile
 */
export function matchProfile(host: string, profiles: readonly SiteProfile[] = defaultProfiles): SiteProfile | null {
	const name = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
	return profiles.find((profile) => profile.hosts.some((suffix) => name === suffix || name.endsWith(`.${suffix}`))) ?? null;
}

/** The profile whose `siteNames` include the page's own site name (case-insensitive), or null. */
export function matchProfileBySiteName(siteName: string | null, profiles: readonly SiteProfile[] = defaultProfiles): SiteProfile | null {
	if (!siteName) return null;
	const wanted = siteName.trim().toLowerCase();
	return profiles.find((profile) => profile.siteNames?.some((name) => name.toLowerCase() === wanted)) ?? null;
}
