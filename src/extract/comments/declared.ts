import type {CheerioAPI} from 'cheerio';
import type {AnyNode, Element} from 'domhandler';
import {childElements, contains, isElement, isHidden, previousElement, selectInPrecedence, walkElements} from '../document/dom.js';
import {selectAll, selectWithin} from '../document/fast-select.js';
import {ldString, ldTypes} from '../document/json-ld.js';
import type {JsonLd, LdNode} from '../document/json-ld.js';
import {TextLengths} from '../document/node-stats.js';
import type {CommentRules} from '../profiles/types.js';
import {DECLARED_COUNT_MAX_CHARS, DECLARED_COUNT_NONE, DECLARED_COUNT_ONE, DECLARED_COUNT_PATTERNS, DECLARED_COUNT_SELECTORS, DECLARED_COUNT_TITLED_LEAD, DECLARED_COUNT_TITLED_MAX_CHARS, NOTICE_MAX_CHARS, NOTICE_PATTERNS} from '../document/selectors.js';
import {collapseWhitespace, textOf} from '../document/text.js';
import {documentAddress, resolveUrl} from '../document/urls.js';
import {firstInteger, nearestItem} from './rules.js';

/**
 * Attributes that carry a thread's size on its container (Kinja's `data-replycount`; Squarespace's
 * `data-public-comment-count` on the empty box its script fills, so a page whose thread loads
 * later still says how many comments it has).
 */
const COUNT_ATTRIBUTES = ['data-replycount', 'data-comment-count', 'data-comments-count', 'data-count-comments', 'data-public-comment-count'] as const;

/**
 * The number of comments the page says it has ("21 Comments"), or null. Precedence: the
 * profile's selector, JSON-LD `commentCount` (a 0 only when the page prints no count), count
 * attributes, then short comment-ish elements whose text reads like a count.
 */
export function readDeclaredCount($: CheerioAPI, rules: CommentRules | undefined, jsonLd: JsonLd, baseUrl: string, containers: readonly Element[] = [], items: readonly Element[] = []): number | null {
	if (rules?.declaredCount) {
		for (const el of $(rules.declaredCount).toArray()) {
			const count = countFromText(textOf(el), true);
			if (count !== null) return count;
		}
	}
	// A structured-data count of 0 is often the CMS's own tally, left at nothing while a comment
	// service (OpenWeb, Disqus) holds the thread the page prints the size of ("6 Comments" linking
	// to its #comments): a count the page prints wins over that 0, never over a count it gives.
	const fromLd = ldCommentCount(jsonLd.article);
	if (fromLd !== null && fromLd > 0) return fromLd;
	return printedCount($, baseUrl, containers, items) ?? fromLd;
}

/** The count the page prints: count attributes, then short comment-ish elements whose text reads like a count. */
function printedCount($: CheerioAPI, baseUrl: string, containers: readonly Element[], items: readonly Element[]): number | null {
	const withCount = selectAll($, COUNT_ATTRIBUTES.map((name) => `[${name}]`).join(', '));
	for (const name of withCount.length > 0 ? COUNT_ATTRIBUTES : []) {
		const value = withCount.find((el) => el.attribs[name] !== undefined)?.attribs[name];
		const count = value ? firstInteger(value) : null;
		if (count !== null) return count;
	}
	const ownPage = lazyOwnAddresses($, baseUrl);
	for (const el of selectInPrecedence($, DECLARED_COUNT_SELECTORS)) {
		if (countsOtherPage(el, baseUrl, ownPage)) continue;
		const content = el.attribs.content;
		const count = countFromText(content ?? textOf(el), content !== undefined || isCountElement(el));
		if (count !== null) return count;
	}
	return countInHeadingBefore(containers) ?? countOnThreadToggle($, containers) ?? countLinkedToOwnThread($, baseUrl, ownPage) ?? countLinkedToOwnPage($, baseUrl, ownPage) ?? countLinkedToThreadHome($, containers, items, baseUrl, ownPage);
}

/** Heading elements, which title what follows them. */
const HEADING_TAG = /^h[1-6]$/;

/**
 * A count in the heading right before the thread's container ("<h2>27 commentaires</h2><ul
 * class="forum">"): whatever the box around them is called, that heading titles the thread.
 */
function countInHeadingBefore(containers: readonly Element[]): number | null {
	for (const container of containers) {
		const previous = previousElement(container);
		if (!previous || !HEADING_TAG.test(previous.name)) continue;
		const count = countFromText(textOf(previous), false);
		if (count !== null) return count;
	}
	return null;
}

/**
 * A count on the control that shows or hides the thread ("JOIN THE DISCUSSION (7 REPLIES)" on a
 * link whose `onclick` toggles `#discusscomments`, a "Show comments (12)" button whose
 * `aria-controls` names the thread's box): the control labels the thread it opens. The control
 * names the thread's container or a box around it by its id.
 */
function countOnThreadToggle($: CheerioAPI, containers: readonly Element[]): number | null {
	const ids = new Set<string>();
	for (const container of containers) {
		for (let node: AnyNode | null = container; isElement(node) && node.name !== 'body'; node = node.parent) if (node.attribs.id) ids.add(node.attribs.id);
	}
	if (ids.size === 0) return null;
	for (const control of selectAll($, '[aria-controls], [onclick*="#"], [data-target^="#"]')) {
		if (!controlledIds(control).some((id) => ids.has(id))) continue;
		const count = countFromText(textOf(control), false);
		if (count !== null) return count;
	}
	return null;
}

/** An id a script handler names as a selector (`$('#discusscomments').toggle()`). */
const HANDLER_ID = /#([\w-]+)/g;

/** The ids of the elements a control shows or hides: its `aria-controls`, `data-target` or `onclick` handler's `#id`. */
function controlledIds(control: Element): string[] {
	const {'aria-controls': controls, 'data-target': target, onclick} = control.attribs;
	return [...(controls?.split(/\s+/) ?? []), ...(target ? [target.slice(1)] : []), ...[...(onclick ?? '').matchAll(HANDLER_ID)].map((match) => match[1] ?? '')];
}

/** Names of a page's comment thread in its links' fragments (`…/story.html#comments`). */
const THREAD_NAMES = ['comments?', 'kommentare?', 'respond', 'replies', 'discussion', 'disqus_thread', 'reactions'] as const;
/** Fragments that name a page's comment thread. */
const THREAD_FRAGMENT = new RegExp(`^(?:${THREAD_NAMES.join('|')})$`, 'i');
/** A thread name anywhere in a text. */
const THREAD_NAME = new RegExp(THREAD_NAMES.join('|'), 'i');
/** What URL parsing drops anywhere in a URL, even inside a word. */
const DROPPED_BY_URL_PARSING = /[\t\n\r]/g;
/** A URL in a script handler: `onclick="goTo('https://…/thread.html#comments')"`. */
const QUOTED_URL = /['"]([^'"\s]+#[^'"\s]+)['"]/;

/**
 * A count linking to this page's own thread ("(44)" beside the thread's title in a "latest
 * threads" panel, "12 Kommentare" in the byline), for pages that print their count nowhere
 * else. The link (an `href`, or a URL in an `onclick` handler) must point at one of this
 * page's own addresses with a thread fragment: counts linking to other pages' threads are
 * theirs.
 */
function countLinkedToOwnThread($: CheerioAPI, baseUrl: string, own: () => Set<string>): number | null {
	for (const el of selectAll($, 'a[href*="#"], [onclick*="#"]')) {
		const target = el.attribs.href?.includes('#') ? el.attribs.href : QUOTED_URL.exec(el.attribs.onclick ?? '')?.[1];
		if (!target || !mayNameThread(target)) continue;
		const url = resolveUrl(target, baseUrl);
		if (!url || !THREAD_FRAGMENT.test(new URL(url).hash.slice(1))) continue;
		if (!own().has(documentAddress(url))) continue;
		const count = countFromText(textOf(el), true);
		if (count !== null) return count;
	}
	return null;
}

/**
 * A count linking to this very page, with no fragment: on a discussion site the thread is the
 * page, so the story's line ends in "19 comments" linking to the story's own address (Hacker
 * News, Lobsters). The text must name the comments in digits: a bare number linking here is a
 * pager's, and a self link with no digit ("discuss") counts nothing. The digit is tested first,
 * as it spares reading most of a page's links.
 */
function countLinkedToOwnPage($: CheerioAPI, baseUrl: string, own: () => Set<string>): number | null {
	for (const link of selectAll($, 'a[href]')) {
		if (link.attribs.href?.includes('#') || !holdsDigit(link)) continue;
		const text = textOf(link);
		if (!/\d/.test(text)) continue;
		const count = countFromText(text, false);
		if (count === null) continue;
		const url = resolveUrl(link.attribs.href, baseUrl);
		if (url && own().has(documentAddress(url))) return count;
	}
	return null;
}

/**
 * Whether some text under `node` holds a digit: asked of every link of the page, most of which
 * hold none, before their text is built.
 */
function holdsDigit(node: AnyNode): boolean {
	if (node.type === 'text') return /\d/.test((node as unknown as {data: string}).data);
	return isElement(node) && node.children.some(holdsDigit);
}

/**
 * A count linking to where the shown thread lives in full: a news page that shows a few of its
 * forum thread's posts ("Top Rated Comments", then "Read All Comments" linking to the forum
 * thread) prints the thread's size in its article footer as a link to that same thread ("[ 85
 * comments ]"). A link the thread carries outside its comments, to another page, names that
 * thread's home (links in the comments are the commenters' and their sources); a count linking
 * there, outside the thread, is this thread's count. The last source, for pages that print
 * their count nowhere else.
 */
function countLinkedToThreadHome($: CheerioAPI, containers: readonly Element[], items: readonly Element[], baseUrl: string, own: () => Set<string>): number | null {
	// A container that reads as a count is a count box ("[ 85 comments ]"), not the thread.
	const threads = containers.filter((container) => countFromText(textOf(container), true) === null);
	const homes = new Set<string>();
	// Up each link's ancestors once, not down every item's: a long thread holds hundreds of each.
	const itemSet = new Set(items);
	for (const container of threads) {
		for (const link of selectWithin($, container, 'a[href]')) {
			if (itemSet.has(link) || nearestItem(link, itemSet)) continue;
			const url = resolveUrl(link.attribs.href, baseUrl);
			if (url && !own().has(documentAddress(url))) homes.add(threadAddress(url));
		}
	}
	if (homes.size === 0) return null;
	for (const link of selectAll($, 'a[href]')) {
		if (threads.some((container) => contains(container, link))) continue;
		const url = resolveUrl(link.attribs.href, baseUrl);
		if (!url || !homes.has(threadAddress(url))) continue;
		const count = countFromText(textOf(link), false);
		if (count !== null) return count;
	}
	return null;
}

/**
 * Digits an id at the end of a thread's path has at least: forum software addresses a thread by
 * its id with or without the title's slug before it (`/threads/pencil-rumored.2028236/` and
 * `/threads/2028236`); shorter numbers are more often a page or a year.
 */
const THREAD_ID_MIN_DIGITS = 5;
const TRAILING_THREAD_ID = new RegExp(`(?:^|[^\\d])(\\d{${THREAD_ID_MIN_DIGITS},})$`);

/** Which thread a URL names: its host and the id its path ends in, else its document address. */
function threadAddress(url: string): string {
	const parsed = new URL(url);
	const id = TRAILING_THREAD_ID.exec(parsed.pathname.replace(/\/+$/, ''))?.[1];
	return id ? `${parsed.host.toLowerCase()} ${id}` : documentAddress(url);
}

/** `ownAddresses`, worked out on first use: most pages never need it. */
function lazyOwnAddresses($: CheerioAPI, baseUrl: string): () => Set<string> {
	let own: Set<string> | null = null;
	return () => (own ??= ownAddresses($, baseUrl));
}

/**
 * Whether a count element is a link (or sits in one) to the thread of another page: a sidebar's
 * "latest posts" list prints each post's count in a `comment-count` link to that post's
 * `#comments`. That count is the other page's, however much its class looks like this thread's.
 */
function countsOtherPage(el: Element, baseUrl: string, own: () => Set<string>): boolean {
	let link: Element | null = null;
	for (let node: AnyNode | null = el; isElement(node) && !link; node = node.parent) if (node.name === 'a') link = node;
	const target = link?.attribs.href;
	if (!target?.includes('#') || !mayNameThread(target)) return false;
	const url = resolveUrl(target, baseUrl);
	return !!url && !own().has(documentAddress(url));
}

/**
 * Whether the fragment of a link target (one with a `#`) can name a thread: a cheap test that
 * spares resolving most links (footnotes, "#top", tabs). The fragment is what follows the first
 * `#`, less the tabs and newlines URL parsing drops; a thread name must lie in it.
 */
function mayNameThread(target: string): boolean {
	return THREAD_NAME.test(target.slice(target.indexOf('#') + 1).replace(DROPPED_BY_URL_PARSING, ''));
}

/**
 * The addresses this page is known by: its URL, its canonical and `og:url`, and the address its
 * own permalinks use (a link to `X#Comment6702386` where this page holds `id="Comment6702386"`
 * names this page `X`). Only fragments with a digit count as permalinks: `#top` or `#comments`
 * exist on every page and say nothing about which page a link means.
 */
function ownAddresses($: CheerioAPI, baseUrl: string): Set<string> {
	const addresses = new Set<string>([documentAddress(baseUrl)]);
	for (const href of [$('link[rel="canonical"]').attr('href'), $('meta[property="og:url"]').attr('content')]) {
		const url = resolveUrl(href, baseUrl);
		if (url) addresses.add(documentAddress(url));
	}
	const ids = new Set(selectAll($, '[id]').map((el) => el.attribs.id));
	for (const el of selectAll($, '[href*="#"]')) {
		const href = el.attribs.href ?? '';
		const fragment = href.slice(href.indexOf('#') + 1);
		if (!/\d/.test(fragment) || !ids.has(fragment) || href.startsWith('#')) continue;
		const url = resolveUrl(href, baseUrl);
		if (url) addresses.add(documentAddress(url));
	}
	return addresses;
}

/** Glyphs a heading can open with before its words: a fold toggle ("±", "▼"), a bullet or an arrow ("»"). */
const LEADING_GLYPHS = /^[^\p{L}\p{N}]+/u;

/** A count from a short text: "21 Comments", "Comments (27)", or a bare "(0)" when `bareNumber` is allowed. */
function countFromText(text: string, bareNumber: boolean): number | null {
	const value = collapseWhitespace(text);
	const titled = value.length <= DECLARED_COUNT_TITLED_MAX_CHARS ? DECLARED_COUNT_TITLED_LEAD.exec(value.replace(LEADING_GLYPHS, '')) : null;
	if (titled) return titled[1] ? firstInteger(titled[1]) : 1;
	if (!value || value.length > DECLARED_COUNT_MAX_CHARS) return null;
	if (DECLARED_COUNT_ONE.test(value)) return 1;
	for (const pattern of DECLARED_COUNT_PATTERNS) {
		const match = pattern.exec(value);
		if (match) return firstInteger(match[1] ?? null);
	}
	if (bareNumber && /^\(?\s*\d[\d,.]*\s*\)?$/.test(value)) return firstInteger(value);
	if (DECLARED_COUNT_NONE.test(value)) return 0;
	return null;
}

/** An element whose class/id names a count (`comments-count`), so a bare number in it is the count. */
function isCountElement(el: Element): boolean {
	return /count/i.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
}

/**
 * An interaction counter that counts the comments: `CommentAction`, or `ReplyAction`, which forum
 * software (XenForo, Discourse, NodeBB…) and social posts count a topic's replies by.
 */
const COMMENT_INTERACTION = /Comment|Reply/i;

function ldCommentCount(article: LdNode | null): number | null {
	if (!article) return null;
	const direct = ldString(article.commentCount);
	if (direct !== null && /^\d+$/.test(direct)) return Number(direct);
	const stats = article.interactionStatistic;
	for (const stat of Array.isArray(stats) ? stats : stats ? [stats] : []) {
		if (!stat || typeof stat !== 'object') continue;
		const type = ldString((stat as LdNode).interactionType) ?? ldTypes((stat as LdNode).interactionType as LdNode)[0] ?? '';
		if (!COMMENT_INTERACTION.test(type)) continue;
		const count = ldString((stat as LdNode).userInteractionCount);
		if (count !== null && /^\d+$/.test(count)) return Number(count);
	}
	return null;
}

/**
 * Moderation notices shown with the thread: the profile's selector, else short visible texts
 * in the thread's containers and their siblings (but outside every comment) that read like one.
 */
export function readNotices($: CheerioAPI, rules: CommentRules | undefined, containers: readonly Element[], items: readonly Element[]): string[] {
	const notices: string[] = [];
	const add = (text: string): void => {
		const clean = collapseWhitespace(text).replace(/^[*•†\s]+/, '');
		if (clean && !notices.includes(clean)) notices.push(clean);
	};
	if (rules?.notices) {
		// A profile that says where notices are is trusted to say so completely.
		for (const el of $(rules.notices).toArray()) add(textOf(el));
		return notices;
	}
	const matches = (text: string): boolean => text.length <= NOTICE_MAX_CHARS && NOTICE_PATTERNS.some((pattern) => pattern.test(text));
	const itemSet = new Set<AnyNode>(items);
	const insideItem = (el: Element): boolean => {
		for (let node: AnyNode | null = el; node; node = node.parent) if (itemSet.has(node)) return true;
		return false;
	};
	// Lengths first: building the text of every element on the way down to the short ones
	// was quadratic in the thread's depth.
	const lengths = new TextLengths();
	const visit = (el: Element): boolean => {
		if (isHidden(el) || insideItem(el)) return false;
		if (lengths.length(el) > NOTICE_MAX_CHARS) return true;
		const text = textOf(el);
		if (!matches(text)) return false;
		if (childElements(el).some((child) => matches(textOf(child)))) return true;
		add(text);
		return false;
	};
	// The thread's containers and their siblings: notices sit just before or after the list.
	const scopes = new Set<Element>();
	for (const container of containers) {
		scopes.add(container);
		if (container.parent && isElement(container.parent)) for (const sibling of childElements(container.parent)) scopes.add(sibling);
	}
	for (const scope of scopes) if (visit(scope)) walkElements(scope, visit);
	return notices;
}
