import type {Block} from '../snapshot/schema.js';
import {MIN_ARTICLE_CHARS} from './article/article.js';
import {hostOf} from './source.js';

/**
 * Is the page a bot check, a block page or a consent wall served in place of the article?
 * Such pages come with status 200 (a WAF's challenge, a CDN's "Access Denied", a redirect to a
 * consent service); stored, they would be a new version in which the story and every comment
 * were "removed". Pure: it reads the HTML, the final URL and how much article the page gave.
 */

export type InterstitialKind = 'bot check' | 'block page' | 'consent wall';

export interface Interstitial {
	/** Who served it ("Cloudflare", "Google"), or null for a generic one. */
	platform: string | null;
	kind: InterstitialKind;
}

/** What the extractor read from the page: an interstitial holds no article. */
export interface ArticleAmount {
	/** `proseLength` of the body's text. */
	proseChars: number;
	/** The body the extractor read: the page's own words. */
	body: readonly Block[];
	comments: number;
}

/**
 * Less body text than this is no article: the extractor's own minimum (Readability's 500
 * characters). A challenge page says a sentence or two; a real article that quotes
 * "Just a moment" or names Cloudflare says far more, so it is never taken for one.
 */
const MAX_INTERSTITIAL_PROSE_CHARS = MIN_ARTICLE_CHARS;

interface PageMarker extends Interstitial {
	/** Matched against the raw HTML: script names, element ids and wording only the platform's interstitial carries. */
	html?: RegExp;
	/**
	 * Matched against the body's text only: wording any page may carry outside its article (a
	 * comment form's "verify you are human" captcha note under a short story), which marks the
	 * page only when it is what the page says.
	 */
	body?: RegExp;
}

/**
 * Markers of the interstitials the big bot-protection platforms serve. Each names something
 * those pages carry and ordinary pages do not: a platform's script on an ordinary page (Cloudflare's
 * `challenge-platform/…/jsd`, DataDome's tags.js, PerimeterX's client) is not a marker.
 */
const PAGE_MARKERS: readonly PageMarker[] = [
	// The managed/JS challenge ("Just a moment…", "Checking if the site connection is secure").
	{platform: 'Cloudflare', kind: 'bot check', html: /\b_cf_chl_opt\b|[?&]__cf_chl_\w*=|\/cdn-cgi\/challenge-platform\/(?:h\/\w+\/)?orchestrate\/|\bcf-browser-verification\b|\bid=["']?challenge-(?:form|running)\b/i},
	// Error 1020 and "Attention Required!": the firewall refused the request; the footer names its ray id.
	{platform: 'Cloudflare', kind: 'block page', html: /\bcf-error-details\b|<title>\s*Attention Required! \| Cloudflare\s*<\/title>|\bCloudflare Ray ID\b/i},
	{platform: 'DataDome', kind: 'bot check', html: /\bcaptcha-delivery\.com\b/i},
	{platform: 'PerimeterX', kind: 'bot check', html: /\bid=["']?px-captcha\b/i},
	{platform: 'Incapsula', kind: 'block page', html: /\b_Incapsula_Resource\b|\bIncapsula incident ID\b/i},
	// Akamai's edge refusal: "Access Denied … You don't have permission … Reference #18.…", which it
	// writes with character references (`Reference&#32;&#35;18&#46;…`).
	{platform: 'Akamai', kind: 'block page', html: /<title>\s*Access Denied\s*<\/title>[\s\S]*\bReference(?:\s|&#32;)*(?:#|&#35;)\s*\d/i},
	{platform: 'Sucuri', kind: 'block page', html: /\bSucuri Website Firewall\b|\bcloudproxy@sucuri\.net\b/i},
	// What every bot check asks, whoever serves it.
	{platform: null, kind: 'bot check', body: /\bverify (?:that )?you are (?:a )?human\b|\benable JavaScript and cookies to continue\b/i},
	// A consent platform's full-page wall at the article's own URL, titled as one: a script-filled
	// article that merely loads a consent manager keeps its headline as its title.
	{platform: null, kind: 'consent wall', html: /<title>\s*(?:Before you continue|(?:Cookie|Privacy) (?:consent|settings|choices))\b/i},
];

interface ConsentHost {
	platform: string;
	host: RegExp;
}

/**
 * Consent services an article URL is redirected to before the site serves it. The final URL
 * on one of these hosts is conclusive: whatever that page says, it is not the article, which
 * lives on the site's own host (so no article measure is asked of it: a consent text may be long).
 */
const CONSENT_HOSTS: readonly ConsentHost[] = [
	{platform: 'Google', host: /^consent\.(?:google|youtube)\.[a-z.]+$/},
	{platform: 'Yahoo', host: /^(?:consent|guce)\.(?:yahoo|aol)\.com$/},
	// The privacy gate of DPG Media's news sites (AD, de Volkskrant, HLN…).
	{platform: 'DPG Media', host: /^myprivacy\.dpgmedia\.(?:nl|be)$/},
];

/** The interstitial the page is, or null when it is a page of its own (or holds an article). */
export function detectInterstitial(html: string, finalUrl: string, article: ArticleAmount): Interstitial | null {
	const host = hostOf(finalUrl);
	const consent = CONSENT_HOSTS.find((entry) => entry.host.test(host));
	if (consent) return {platform: consent.platform, kind: 'consent wall'};
	if (article.comments > 0 || article.proseChars >= MAX_INTERSTITIAL_PROSE_CHARS) return null;
	const text = article.body.map((block) => block.text).join('\n');
	const marker = PAGE_MARKERS.find((entry) => entry.html?.test(html) || entry.body?.test(text));
	return marker ? {platform: marker.platform, kind: marker.kind} : null;
}

/** "a Cloudflare bot check", "an Akamai block page", "a consent wall". */
export function describeInterstitial({platform, kind}: Interstitial): string {
	const phrase = platform ? `${platform} ${kind}` : kind;
	return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}
