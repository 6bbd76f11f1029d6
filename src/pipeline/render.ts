import * as cheerio from 'cheerio';
import {siteNameIn} from '../extract/endpoint.js';
import {defaultProfiles, matchProfile, matchProfileBySiteName} from '../extract/profiles/index.js';
import type {SiteProfile} from '../extract/profiles/types.js';
import type {ExtractResult} from '../extract/types.js';
import {findScriptedCommentWidget} from '../fetch/browser-comment-widgets.js';
import type {CommentsEndpointRule} from '../fetch/comments-endpoint.js';
import type {Page} from '../fetch/types.js';

/**
 * `never`: HTTP only. `always`: the browser only. `auto`: HTTP first, and the browser
 * only when the HTTP result shows the page needs one.
 */
export type RenderMode = 'never' | 'auto' | 'always';

export const RENDER_MODES: readonly RenderMode[] = ['never', 'auto', 'always'];

/**
 * Fewer article words than this, and no comments, is an app shell ("Loading…", a site name),
 * not an article. Every real news page in the corpus extracts to 78 words or more; the pages
 * under 25 are Readability's synthetic unit cases and script-rendered shells.
 */
const MIN_ARTICLE_WORDS = 25;

/**
 * Why an HTTP result needs the browser, or null when it is complete as it is. Pure: it
 * reads the page and what was extracted from it, nothing else.
 *
 * The browser is needed when the site's profile says so; when the HTTP response is a bot check
 * or consent wall (a JavaScript challenge often passes there); when it has (almost) no article
 * text and no comments; when the page declares more comments than its HTML holds; or when it holds
 * none in a comment widget that is filled by script (a known embed, or a container naming
 * where its comments load from). A page that declares 0 comments is taken at its word.
 */
export function browserReason(page: Page, result: ExtractResult, profiles?: readonly SiteProfile[]): string | null {
	const profile = profileOf(page, result, profiles);
	if (profile?.needsBrowser) return `profile ${profile.name} needs a browser`;
	if (!result.ok && result.reason === 'blocked') return 'the HTTP response is a bot check or consent wall, not the article';
	if (!result.ok) return result.reason === 'not-html' ? null : `no article in the HTTP response (${result.reason})`;
	const {article, comments} = result.snapshot;
	if (article.wordCount < MIN_ARTICLE_WORDS && comments.items.length === 0) {
		return `the HTTP response has ${article.wordCount} words of article text and no comments`;
	}
	if (!comments.complete && comments.declaredCount !== null && comments.items.length < comments.declaredCount) {
		return `the page declares ${comments.declaredCount} comments and its HTML holds ${comments.items.length}`;
	}
	// Checked even when extraction calls the thread complete: with no declared count, "complete" only means nothing contradicts it.
	if (comments.items.length === 0 && comments.declaredCount !== 0) {
		const widget = findScriptedCommentWidget(page.html);
		if (widget) return `the comment widget ${widget} is empty: it is filled by script`;
	}
	return null;
}

/**
 * The comment endpoint to fetch over HTTP for this page (its profile's `commentsEndpoint`,
 * when the page carries it), or null. Cheaper than a browser, so `archiveUrl` tries it first.
 */
export function commentsEndpointRule(page: Page, result: ExtractResult, profiles?: readonly SiteProfile[]): CommentsEndpointRule | null {
	const rule = profileOf(page, result, profiles)?.commentsEndpoint;
	if (!rule) return null;
	if (result.ok) {
		const {complete, items, declaredCount} = result.snapshot.comments;
		// Nothing to fetch when the thread is whole, or the page says it has no comments.
		if (complete && (items.length > 0 || declaredCount === 0)) return null;
	}
	const $ = cheerio.load(page.html);
	return $(rule.selector).first().attr(rule.attribute)?.trim() ? {selector: rule.selector, attribute: rule.attribute} : null;
}

/** The profile extraction used; when extraction failed, the one matching the host or the page's site name. */
function profileOf(page: Page, result: ExtractResult, profiles: readonly SiteProfile[] = defaultProfiles): SiteProfile | null {
	if (result.ok) {
		const used = result.snapshot.extractor.profile;
		return used === null ? null : (profiles.find((profile) => profile.name === used) ?? null);
	}
	return matchProfile(new URL(page.finalUrl).hostname, profiles) ?? matchProfileBySiteName(siteNameIn(cheerio.load(page.html)), profiles);
}
