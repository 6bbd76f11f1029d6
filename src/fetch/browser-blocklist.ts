/**
 * What the browser fetcher does not download. Archiving needs the document and the scripts
 * that build its comment thread; images, video, fonts and ad/analytics beacons only cost
 * time and memory (on news pages they are most of the requests), and trackers also leak
 * that an archiver visited.
 */

/** Playwright resource types skipped by default. Stylesheets stay: lazy loaders watch layout. */
export const DEFAULT_BLOCKED_RESOURCE_TYPES: readonly string[] = ['image', 'media', 'font'];

/**
 * Ad, analytics and tag-manager hosts, matched as the host itself or any subdomain of it.
 * Drawn from the requests the phone-news pages in the corpus make; comment platforms
 * (Disqus, OpenWeb/Spot.IM, Viafoura, Coral) and consent managers (some sites load their
 * thread only after the consent script runs) are deliberately absent.
 */
export const TRACKER_HOSTS: readonly string[] = [
	'doubleclick.net',
	'googlesyndication.com',
	'googletagservices.com',
	'googletagmanager.com',
	'google-analytics.com',
	'googleadservices.com',
	'adservice.google.com',
	'analytics.google.com',
	'amazon-adsystem.com',
	'adnxs.com',
	'adsrvr.org',
	'advertising.com',
	'casalemedia.com',
	'criteo.com',
	'criteo.net',
	'pubmatic.com',
	'rubiconproject.com',
	'openx.net',
	'indexww.com',
	'sharethrough.com',
	'smartadserver.com',
	'3lift.com',
	'teads.tv',
	'moatads.com',
	'adsafeprotected.com',
	'doubleverify.com',
	'taboola.com',
	'outbrain.com',
	'revcontent.com',
	'mgid.com',
	'scorecardresearch.com',
	'quantserve.com',
	'quantcount.com',
	'chartbeat.com',
	'chartbeat.net',
	'parsely.com',
	'krxd.net',
	'bluekai.com',
	'demdex.net',
	'omtrdc.net',
	'everesttech.net',
	'hotjar.com',
	'clarity.ms',
	'newrelic.com',
	'nr-data.net',
	'segment.io',
	'segment.com',
	'mixpanel.com',
	'amplitude.com',
	'cloudflareinsights.com',
	'connect.facebook.net',
	'ads-twitter.com',
	'analytics.twitter.com',
	'bat.bing.com',
	'ads.linkedin.com',
	'snap.licdn.com',
	'analytics.tiktok.com',
	'permutive.com',
	'permutive.app',
	'id5-sync.com',
	'media.net',
	'adform.net',
	'yieldmo.com',
	'gumgum.com',
];

/** True when `hostname` is one of `hosts` or a subdomain of one. */
export function hostInList(hostname: string, hosts: readonly string[]): boolean {
	const host = hostname.toLowerCase().replace(/\.$/, '');
	return hosts.some((blocked) => host === blocked || host.endsWith(`.${blocked}`));
}
