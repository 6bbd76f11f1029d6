/**
 * URL normalisation for deduplication: two URLs that name the same document normalise
 * to the same string, so a page linked as `…?utm_source=rss` and `…#comments` is
 * fetched and archived once.
 *
 * What changes:
 * - scheme and host lower-cased, default ports dropped, percent-encoding and dot
 *   segments made canonical (all by the WHATWG URL parser);
 * - the fragment dropped (it is never sent to the server);
 * - tracking parameters dropped (`utm_*`, `fbclid`, `gclid`, … see TRACKING_PARAMS);
 * - the remaining query parameters sorted by name (stable, so repeated names keep their
 *   order). Servers almost never give meaning to parameter order, and feeds, sitemaps
 *   and listing pages of one site often disagree on it;
 * - an empty query (`?`) dropped.
 *
 * What does not: the path (case, trailing slash) is kept as is, because servers differ
 * on whether `/a` and `/a/` or `/A` and `/a` are the same page.
 */

/** Parameters that only say where a click came from; named in full, or by prefix when they end in `_`. */
const TRACKING_PARAMS = new Set([
	'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'igshid',
	'mc_cid', 'mc_eid', '_ga', '_gl', 'ocid', 'cmpid', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
	'vero_id', '__s', 'ref_src', 'ref_url',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'hsa_', 'mtm_'];

function isTracking(name: string): boolean {
	const lower = name.toLowerCase();
	return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function paramName(piece: string): string {
	const raw = piece.split('=', 1)[0] ?? '';
	try {
		return decodeURIComponent(raw.replace(/\+/g, ' '));
	} catch {
		return raw;
	}
}

/** The normalised form of an http(s) URL, or null when `url` is not one (mailto:, javascript:, garbage). */
export function normalizeUrl(url: string | URL, base?: string | URL): string | null {
	let parsed: URL;
	try {
		parsed = new URL(url, base);
	} catch {
		return null;
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
	if (!parsed.hostname) return null;
	parsed.hash = '';
	parsed.username = '';
	parsed.password = '';
	// Work on the raw `name=value` pieces so their encoding (`%20` or `+`, a bare `flag`) stays as the server wrote it.
	const pieces = parsed.search.slice(1).split('&').filter((piece) => piece !== '' && !isTracking(paramName(piece)));
	const sorted = pieces
		.map((piece, index) => ({piece, index, name: paramName(piece)}))
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.index - b.index))
		.map(({piece}) => piece);
	// Assigning even an empty string drops a bare trailing `?`.
	parsed.search = sorted.join('&');
	return parsed.href;
}

/** The host a URL belongs to for politeness (one queue and one robots.txt per origin host). */
export function hostOf(url: string): string {
	return new URL(url).host;
}

/**
 * `www.example.com` and `example.com` are the same site; subdomains of a site's host
 * belong to it. A non-default port is kept: another port is another server.
 */
export function siteHostKey(host: string): string {
	return host.toLowerCase().replace(/^www\./, '');
}

/** True when `url`'s host is one of `siteHosts` (as `siteHostKey`s) or a subdomain of one. */
export function isSameSite(url: string, siteHosts: ReadonlySet<string>): boolean {
	let host: string;
	try {
		host = siteHostKey(new URL(url).host);
	} catch {
		return false;
	}
	if (siteHosts.has(host)) return true;
	for (const site of siteHosts) if (host.endsWith(`.${site}`)) return true;
	return false;
}
