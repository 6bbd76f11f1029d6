import type {Cheerio, CheerioAPI} from 'cheerio';
import {Text, type AnyNode, type ChildNode, type Element, type ParentNode} from 'domhandler';
import type {CommentAuthor} from '../../snapshot/schema.js';
import {isDateLine, parseCalendarDate, parseDateTime, parseTimeField} from '../document/dates.js';
import type {DateContext, ParsedDateTime} from '../document/dates.js';
import {contains, isElement, nextElement, previousElement, removeNode, tagName, walkElements} from '../document/dom.js';
import {MARK_ATTRIBUTE_PREFIX} from '../document/element-index.js';
import {anyMatches, selectAll, selectWithin} from '../document/fast-select.js';
import {isEmoticon} from '../document/picture-size.js';
import type {CommentRules, OpeningPostRule} from '../profiles/types.js';
import {AUTHOR_POSTS_PATTERN, AUTHOR_POSTS_SUFFIX_PATTERN, AUTHOR_SINCE_PATTERN, BACK_TO_TOP_LABELS, BLOCK_TAGS, COMMENT_CONTROL_SELECTORS} from '../document/selectors.js';
import {collapseWhitespace, linksOf, spacedTextOf, textLength, textOf} from '../document/text.js';
import {resolveProfileUrl, resolveUrl} from '../document/urls.js';
import {GENERIC_QUOTE, takeQuotes} from './quotes.js';
import {NO_AUTHOR} from './raw.js';
import type {OpeningPost, RawComment} from './raw.js';

/**
 * The comment-rule engine: reads a thread described by `CommentRules` (a site profile's, or
 * one of the generic platform rule sets). Every field is looked up inside its own item only,
 * never inside a nested reply, so a reply's author or text cannot leak into its parent.
 */

export interface RuleContext {
	baseUrl: string;
	dates: DateContext;
}

export interface RuleThread {
	items: RawComment[];
	containers: Element[];
	/** A forum thread's opening post (when the rules name one): left in the page as its article. */
	openingPost: OpeningPost | null;
	/**
	 * The rules name an opening post, and this is page 2 or later of the thread (it links a
	 * previous page): its posts are all replies, and the article (the opening post) is on the first page.
	 */
	continued: boolean;
}

/** Longer "names" are headers or bios that happen to carry an author-ish class. */
const MAX_AUTHOR_NAME_CHARS = 80;

/** The label between a commenter's name and words ("Says:", "Said,", "dit :", "sagt:"), or a bare separator ("|"). */
const SAYS_LABEL = /^(?:(?:says|said|sagt|schreibt|writes|wrote|dit|scrive|escribe|zegt)\s?[:,]?|[|·•–—:]+)$/i;
/** Whole texts of links and buttons that are controls of a comment, not its words. */
export const CONTROL_TEXT = new RegExp(`^(reply|antworten|${BACK_TO_TOP_LABELS}|report|melden|quote|zitieren|share|teilen|like|gefällt mir|permalink|link|edit|bearbeiten|delete|löschen|flag|répondre|rispondi|responder|kommentar melden|report comment|report abuse|says:?|sagt:?|schreibt:?|writes:?|wrote:?|dit\\s?:?|scrive:?)$`, 'i');

/** Marks the items being read so a clone can drop nested replies by selector (removed afterwards). */
export const ITEM_MARK = `${MARK_ATTRIBUTE_PREFIX}item`;
/** Marks an item's field elements (author, date…) while its text is read, for the same reason. */
const FIELD_MARK = `${MARK_ATTRIBUTE_PREFIX}field`;

/** A commenter's picture: an image, or an avatar box showing their initial instead. */
const COMMENTER_PICTURE_SELECTOR = 'img, [class*="avatar" i]';

/**
 * Attributes that hold machine-readable times, most specific first; last, the tooltips that
 * spell out the full date behind a relative one (`data-tippy-content`, `title`).
 */
const DATE_ATTRIBUTES = ['datetime', 'content', 'data-datetime', 'data-publishtime', 'data-timestamp', 'data-time', 'data-date', 'data-content', 'data-tippy-content', 'title'] as const;

export function readThreadWithRules($: CheerioAPI, rules: CommentRules, context: RuleContext): RuleThread {
	const containers = outermost(selectAll($, rules.container));
	const found = withoutInnerDuplicates(uniqueInOrder(containers.flatMap((container) => selectWithin($, container, rules.item))));
	const laterPage = !!rules.openingPost && isLaterPageOfThread($, context.baseUrl);
	const opening = rules.openingPost && !laterPage ? openingItem($, found, rules.openingPost) : null;
	const items = readItems($, opening ? found.filter((item) => item !== opening) : found, rules, context);
	const openingPost = opening ? readOpeningPost($, opening, rules, context) : null;
	// Rules that search the whole page (microdata, hashed-class markup with no stable thread
	// element) must not hand the page itself over as the thread: the article would go with it;
	// nor may a forum's post list, which holds the opening post (the article) too.
	const wholePage = containers.some((container) => tagName(container) === 'body' || tagName(container) === 'html');
	// Only the page's own link to a previous page of the thread says so: a forum's rules find no
	// opening post in a comment feed under an article either, where the article is the page's own.
	const continued = laterPage && items.length > 0;
	return {items, containers: wholePage || opening ? itemContainers($, items, opening) : containers, openingPost, continued};
}

/** The post that opens the thread, as the rule finds it. */
function openingItem($: CheerioAPI, items: readonly Element[], rule: OpeningPostRule): Element | null {
	if (rule.strategy === 'first') return items[0] ?? null;
	return items.find((item) => anyMatches($, [item], rule.selector)) ?? null;
}

/** A link to the previous page: `<link rel="prev">` in the head, `<a rel="prev">` in the pagination ("previous" is the same keyword). */
const PREVIOUS_PAGE_SELECTOR = 'link[rel~="prev" i], a[rel~="prev" i], link[rel~="previous" i], a[rel~="previous" i]';

/**
 * Page 2 or later of a thread, where the first post shown is a reply, not the post that opened
 * the thread: the page links its previous page, at the same address with another query
 * (`?page=1`, `&start=15`) or one the page's own path extends (`/threads/x.338/` from
 * `/threads/x.338/page-2`). A "previous" link elsewhere (a blog's older post) is not one.
 */
function isLaterPageOfThread($: CheerioAPI, pageUrl: string): boolean {
	const pageHref = resolveUrl(pageUrl, pageUrl);
	if (!pageHref) return false;
	const page = new URL(pageHref);
	const path = page.pathname.replace(/\/$/, '');
	return selectAll($, PREVIOUS_PAGE_SELECTOR).some((link) => {
		const previousHref = resolveUrl(link.attribs.href, pageHref);
		if (!previousHref || previousHref === pageHref) return false;
		const previous = new URL(previousHref);
		const previousPath = previous.pathname.replace(/\/$/, '');
		return previous.origin === page.origin && (path === previousPath || path.startsWith(`${previousPath}/`));
	});
}

/** The opening post's poster and date as a comment's, and its text element as the article's body. */
function readOpeningPost($: CheerioAPI, post: Element, rules: CommentRules, context: RuleContext): OpeningPost {
	const text = rules.text ? selectorParts(rules.text).map((part) => selectWithin($, post, part)[0]).find((el) => el !== undefined) : undefined;
	const fields = readItems($, [post], rules, context)[0];
	return {text: text ?? post, author: fields?.author ?? NO_AUTHOR, postedAt: fields?.postedAt ?? null, marked: true};
}

/**
 * Containers for items found anywhere in the page: their closest common ancestor, unless that
 * ancestor also holds the article or `keep` (then the top-level items themselves).
 */
export function itemContainers($: CheerioAPI, items: readonly RawComment[], keep: Element | null = null): Element[] {
	const nodes = items.map((item) => item.node).filter((node): node is Element => node !== null);
	const top = nodes.filter((node) => !nodes.some((other) => other !== node && contains(other, node)));
	if (top.length === 0) return [];
	let ancestor: Element | null = top[0] ?? null;
	while (ancestor && !top.every((node) => contains(ancestor as Element, node))) ancestor = ancestor.parent && isElement(ancestor.parent) ? ancestor.parent : null;
	if (!ancestor || ancestor.name === 'body' || ancestor.name === 'html' || (keep && contains(ancestor, keep)) || selectWithin($, ancestor, 'h1, [itemprop="articleBody"]').length > 0) return top;
	return [ancestor];
}

/**
 * When an item selector matches both a wrapper and the element inside it that holds the
 * comment (WordPress themes: `li#li-comment-7 > article#comment-7`), the inner one is the same
 * comment, not a reply: a reply sits next to the wrapper's own content, never replaces it.
 */
export function withoutInnerDuplicates(items: readonly Element[]): Element[] {
	const itemSet = new Set(items);
	const duplicates = new Set<Element>();
	const seenOuter = new Set<Element>();
	for (const item of items) {
		const outer = nearestItem(item, itemSet);
		if (!outer || seenOuter.has(outer)) continue;
		// Only the first item inside a text-less wrapper is its content; later ones are replies.
		seenOuter.add(outer);
		if (!hasTextOutsideItems(outer, itemSet)) duplicates.add(item);
	}
	return items.filter((item) => !duplicates.has(item));
}

function hasTextOutsideItems(el: Element, items: ReadonlySet<Element>): boolean {
	for (const child of el.children) {
		if (child.type === 'text' && (child as unknown as {data: string}).data.trim()) return true;
		if (isElement(child) && !items.has(child) && hasTextOutsideItems(child, items)) return true;
	}
	return false;
}

/**
 * Read comments from item elements already found (by a rule's selectors or by structure);
 * only the field selectors of `rules` are used.
 */
export function readItems($: CheerioAPI, items: readonly Element[], rules: CommentRules, context: RuleContext): RawComment[] {
	const itemSet = new Set(items);
	const indexOf = new Map(items.map((item, index) => [item, index]));
	const headerOf = (item: Element): Element | null => {
		const before = rules.header ? previousElement(item) : null;
		return before && !itemSet.has(before) && anyMatches($, [before], rules.header as string) ? before : null;
	};
	// The item's own elements first, then its header's (no other item is inside a header).
	const own = (item: Element, selector: string): Element[] => {
		const inside = selectWithin($, item, selector).filter((el) => !itemSet.has(el) && nearestItem(el, itemSet) === item);
		const header = headerOf(item);
		return header ? [...inside, ...selectWithin($, header, selector)] : inside;
	};
	const firstOwn = (item: Element, selector: string | undefined, accept: (el: Element) => boolean = () => true): Element | null => {
		if (!selector) return null;
		for (const part of selectorParts(selector)) {
			const found = own(item, part).find(accept);
			if (found) return found;
		}
		return null;
	};
	// An author element shows a name: empty ones are avatars, long ones are whole headers.
	const showsName = (el: Element): boolean => {
		const length = textLength(el);
		return length > 0 && length <= MAX_AUTHOR_NAME_CHARS;
	};

	const raw: RawComment[] = [];
	for (const item of items) item.attribs[ITEM_MARK] = '';
	try {
		for (const item of items) raw.push(readItem(item));
	} finally {
		for (const item of items) delete item.attribs[ITEM_MARK];
	}

	function readItem(item: Element): RawComment {
		const siteId = readId($, item, rules, headerOf(item));
		// Nested replies are set aside while the item's own fields are read: searching and cloning
		// them again for every ancestor made a reply chain quadratic.
		const restore = setAsideNestedItems(item, itemSet);
		try {
			return readOwnFields(item, siteId);
		} finally {
			restore();
		}
	}

	function readOwnFields(item: Element, siteId: string | null): RawComment {
		const authorEl = firstOwn(item, rules.author, showsName);
		const urlEl = firstOwn(item, rules.authorUrl);
		const metaEl = firstOwn(item, rules.authorMeta);
		const authorLine = authorEl ? splitAuthorLine($, authorEl, context.dates) : null;
		const postedAt: DateField | null = readFirstDate(item) ?? (authorEl && authorLine ? {el: authorEl, date: authorLine.date} : null) ?? (authorEl ? dateLineAround(authorEl, item, context.dates) : null);
		const dateEl = postedAt ? (postedAt.el ?? null) : firstOwn(item, rules.postedAt);
		const numberEl = firstOwn(item, rules.number);
		const scoreEl = firstOwn(item, rules.score);
		// The elements read as fields are not text, even when they sit inside the text element.
		const fields = [authorEl, metaEl, dateEl, numberEl, scoreEl].filter((el): el is Element => el !== null);
		for (const el of fields) el.attribs[FIELD_MARK] = '';
		const textEl = firstOwn(item, rules.text);
		// A date printed as bare text is no element to mark: it is set aside while the words are read.
		const restoreDate = setAsideNodes(postedAt?.nodes ?? []);
		const text = readText($, item, rules, textEl, context.baseUrl);
		restoreDate();
		for (const el of fields) delete el.attribs[FIELD_MARK];
		const title = textEl ? commentTitle(item, textEl, fields) : null;
		if (title && text.text && !text.text.startsWith(title.replace(TRUNCATION_MARK, ''))) text.text = `${title}\n${text.text}`;
		return {
			node: item,
			siteId,
			number: firstInteger(textOrNull(numberEl)),
			parentIndex: null,
			author: withNameFromDateLine(readAuthor($, authorEl, urlEl, metaEl, rules, context, authorLine?.name), dateEl, context.dates),
			postedAt: postedAt?.date ?? null,
			text: text.text,
			quotes: text.quotes,
			links: text.links,
			// An icon button can state its count only to screen readers ("5 likes").
			score: readScore(textOrNull(scoreEl)) ?? readScore(scoreEl?.attribs['aria-label'] ?? null),
		};
	}

	/**
	 * The first date element that holds a date: a loose selector's first match can be a
	 * permalink or reply link ("Antworten") before the time in the same meta line.
	 */
	function readFirstDate(item: Element): {el: Element; date: ParsedDateTime} | null {
		let date: ParsedDateTime | null = null;
		const el = firstOwn(item, rules.postedAt, (candidate) => (date = readDate(candidate, context.dates)) !== null);
		return el && date ? {el, date} : null;
	}

	const parent = rules.parent ?? {strategy: 'nested'};
	const levelOf = (el: Element | null): string | null => (el && parent.strategy === 'level' && parent.attribute ? (el.attribs[parent.attribute] ?? null) : textOrNull(el));
	const levelIn = (value: number | null): number | null => (value !== null && parent.strategy === 'level' && parent.step ? Math.round(value / parent.step) : value);
	const levels = parent.strategy === 'level' ? items.map((item) => levelIn(firstInteger(levelOf(parent.selector ? firstOwn(item, parent.selector) : item)))) : [];
	raw.forEach((comment, index) => {
		const item = items[index];
		if (!item) return;
		if (parent.strategy === 'nested') {
			const ancestor = nearestItem(item, itemSet);
			comment.parentIndex = ancestor ? (indexOf.get(ancestor) ?? null) : null;
		} else if (parent.strategy === 'level') {
			comment.parentIndex = parentByLevel(levels, index);
		} else if (parent.strategy === 'attribute') {
			const holder = parent.selector ? firstOwn(item, parent.selector) : item;
			comment.parentIndex = indexBySiteId(raw, holder?.attribs[parent.attribute]?.trim(), index);
		} else if (parent.strategy === 'reply-box') {
			const box = closestMatching($, item, parent.selector);
			const before = box ? previousElement(box) : null;
			comment.parentIndex = before ? (indexOf.get(before) ?? null) : null;
		} else {
			// RDFa links without an `href` hold the target in `resource` (Drupal 7's hidden `rel="sioc:reply_of"`).
			const link = firstOwn(item, parent.selector);
			const href = link?.attribs.href ?? link?.attribs.resource ?? '';
			comment.parentIndex = indexBySiteId(raw, href.includes('#') ? href.slice(href.indexOf('#') + 1) : '', index, true);
		}
	});

	mergeSplitItems(raw);
	mergeBodyOnlyChildren(raw);
	const kept = raw.filter((comment) => comment.text || comment.author.name);
	if (kept.length !== raw.length) reindexParents(raw, kept);
	return kept;
}

/**
 * Some themes split a comment over two sibling items: a heading with the author and date,
 * then the text (`<dt class="comment">` + `<dd class="comment">`). Such a pair is one comment:
 * the text moves into the heading item, and the emptied text item is dropped by the caller.
 */
function mergeSplitItems(raw: RawComment[]): void {
	for (let index = 0; index + 1 < raw.length; index++) {
		const head = raw[index] as RawComment;
		const next = raw[index + 1] as RawComment;
		if (!head.author.name || head.text || next.author.name || !next.text || !head.node || nextElement(head.node) !== next.node) continue;
		head.text = next.text;
		head.quotes = next.quotes;
		head.links = next.links;
		head.score ??= next.score;
		next.text = '';
		next.links = [];
		for (const comment of raw) if (comment.parentIndex === index + 1) comment.parentIndex = index;
		index++;
	}
}

/**
 * An item whose only nested "reply" has no author, no date and no id of its own is a wrapper
 * around its text box (both matched the item selector): the box is its text, not a reply.
 */
function mergeBodyOnlyChildren(raw: RawComment[]): void {
	raw.forEach((child, index) => {
		const parentIndex = child.parentIndex;
		if (parentIndex === null || child.author.name || child.postedAt || child.siteId || !child.text) return;
		if (raw.some((other, otherIndex) => otherIndex !== index && other.parentIndex === parentIndex)) return;
		if (raw.some((other) => other.parentIndex === index)) return;
		const parent = raw[parentIndex];
		if (!parent) return;
		parent.text = child.text;
		parent.quotes = child.quotes;
		parent.links = child.links;
		child.text = '';
		child.links = [];
	});
}

/** In a flat list that shows each comment's depth, the parent is the nearest earlier comment less deep. */
function parentByLevel(levels: readonly (number | null)[], index: number): number | null {
	const level = levels[index];
	if (level === null || level === undefined) return null;
	for (let earlier = index - 1; earlier >= 0; earlier--) {
		const other = levels[earlier];
		if (other !== null && other !== undefined && other < level) return earlier;
	}
	return null;
}



/** The nearest strict ancestor of `el` that matches `selector`, or null. */
function closestMatching($: CheerioAPI, el: Element, selector: string): Element | null {
	for (let node = el.parent; node && isElement(node); node = node.parent) if (anyMatches($, [node], selector)) return node;
	return null;
}

/** Take `nodes` out of their parents' child lists (parent pointers stay); returns the undo. */
function setAsideNodes(nodes: readonly ChildNode[]): () => void {
	const setAside = [...new Set(nodes.map((node) => node.parent))].filter((parent): parent is Element => parent !== null && isElement(parent)).map((parent) => ({parent, children: parent.children}));
	for (const {parent, children} of setAside) parent.children = children.filter((child) => !nodes.includes(child));
	return () => {
		for (const {parent, children} of setAside) parent.children = children;
	};
}

/**
 * Take the items nested under `item` out of their parents' child lists (parent pointers stay),
 * so queries and clones from `item` see only its own content; returns the undo.
 */
function setAsideNestedItems(item: Element, items: ReadonlySet<Element>): () => void {
	const setAside: Array<{parent: Element; children: ChildNode[]}> = [];
	const prune = (el: Element): boolean => {
		const kept = el.children.filter((child) => !(isElement(child) && items.has(child)));
		if (kept.length !== el.children.length) {
			setAside.push({parent: el, children: el.children});
			el.children = kept;
		}
		return true;
	};
	prune(item);
	walkElements(item, prune);
	return () => {
		for (const {parent, children} of setAside.reverse()) parent.children = children;
	};
}

/** The nearest strict ancestor of `el` that is an item, or null. */
export function nearestItem(el: AnyNode, items: ReadonlySet<Element>): Element | null {
	for (let node = el.parent; node; node = node.parent) if (isElement(node) && items.has(node)) return node;
	return null;
}

function indexBySiteId(raw: readonly RawComment[], ref: string | undefined, self: number, loose = false): number | null {
	if (!ref) return null;
	// Loosely, the ref may end in the id (`comment-12` for `12`), or the id may be a permalink whose fragment is the ref (`/comment/12#comment-12`).
	const index = raw.findIndex((comment, i) => i !== self && comment.siteId !== null && (comment.siteId === ref || (loose && (ref.endsWith(`-${comment.siteId}`) || comment.siteId.endsWith(`#${ref}`)))));
	return index >= 0 ? index : null;
}

/** After dropping empty items, point parents at the kept list's indexes (dropped parents become null). */
function reindexParents(all: readonly RawComment[], kept: RawComment[]): void {
	const newIndex = new Map(kept.map((comment, index) => [comment, index]));
	const oldParents = kept.map((comment) => (comment.parentIndex === null ? null : all[comment.parentIndex]));
	kept.forEach((comment, index) => {
		const parent = oldParents[index];
		comment.parentIndex = parent ? (newIndex.get(parent) ?? null) : null;
	});
}

function readId($: CheerioAPI, item: Element, rules: CommentRules, header: Element | null): string | null {
	if (!rules.id) return null;
	const el = rules.id.selector ? selectWithin($, item, rules.id.selector)[0] : item;
	const value = isElement(el) ? el.attribs[rules.id.attribute]?.trim() : undefined;
	if (value && /[0-9a-z]/i.test(value)) return value;
	// Without the permalink the rules name, the item's own id is its permalink's target, or its header's.
	const own = el !== item ? item.attribs.id?.trim() : undefined;
	const headerId = header?.attribs.id?.trim();
	if (own && /\d/.test(own)) return own;
	return headerId && /\d/.test(headerId) ? headerId : (anchorBefore(header ?? item) ?? bodyId(item));
}

/**
 * The id on the first element inside an item that has none of its own: themes that move
 * WordPress's `id="comment-83749"` from the `<li>` onto the `<article>` in it keep it the
 * permalinks' target (`#comment-83749`), so the comment's id.
 */
function bodyId(item: Element): string | null {
	const first = item.children.find(isElement);
	const value = first?.attribs.id?.trim();
	return value && /\d/.test(value) ? value : null;
}

/**
 * The empty anchor a template sets right before an item that has no id of its own
 * (Drupal's `<a id="comment-13843"></a><div class="comment">`, old themes' `<a name="c12"></a>`):
 * the item's permalink, so its id.
 */
function anchorBefore(item: Element): string | null {
	const before = previousElement(item);
	if (!before || tagName(before) !== 'a' || textOf(before) !== '' || before.attribs.href !== undefined) return null;
	const value = (before.attribs.id ?? before.attribs.name)?.trim();
	return value && /\d/.test(value) ? value : null;
}

/**
 * Themes that print the name, the date and a reply link in one author box without a date
 * element ("<strong>Ben</strong> 19. Juni 2018 um 15:28 Uhr <a>Antworten</a>"): the box's one
 * name element is the name, and the bare text beside it the date.
 */
function splitAuthorLine($: CheerioAPI, authorEl: Element, dates: DateContext): {name: Element; date: ParsedDateTime} | null {
	// The date or time may be a permalink of its own ("Comment by Ann — July 17, 2011 @ <a>1:10 pm</a>",
	// "Posted by: <a>Ann</a> | <a>Thursday, 01 December 2005 at 01:09 PM</a>"): not a name.
	// A separator ("<span>·</span>") is no name either.
	const showsName = (el: Element): boolean => {
		const text = textOf(el);
		return /[\p{L}\p{N}]/u.test(text) && !CLOCK_TIME.test(text) && parseDateTime(text, dates) === null;
	};
	const names = authorEl.children.filter((child): child is Element => isElement(child) && NAME_TAGS.has(tagName(child)) && !isControl($, child) && showsName(child));
	const name = names.length === 1 ? names[0] : undefined;
	if (!name) return null;
	const rest = authorEl.children.map((child) => (child === name ? ' ' : child.type === 'text' ? (child as unknown as {data: string}).data : isElement(child) ? spacedTextOf(child) : ' ')).join(' ');
	const date = parseDateTime(rest, dates);
	return date ? {name, date} : null;
}

/** A clock time alone ("13:04", "1:10 pm", "21h10"). */
const CLOCK_TIME = /^\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?$/i;

/** A line holding a name and a date ("Ann said, on August 3, 2019 at 3:12 pm") is short; longer text around a name is the comment. */
const MAX_AUTHOR_LINE_CHARS = 160;

/**
 * Where a comment's date was read: an element (the date field, which leaves the comment's text), or
 * bare text nodes beside the name, which leave the text too.
 */
interface DateField {
	el?: Element;
	nodes?: readonly ChildNode[];
	date: ParsedDateTime;
}

/**
 * The line around the author element, when it holds the date as bare text ("<strong class="fn">
 * Ann</strong> said, on August 3, 2019 at <a>3:12 pm</a>"): that line is the date field, so
 * it leaves the comment's text too. A box that goes on with the words in paragraphs of their own
 * ("<span class="author">Ann</span><br>März 7, 2018 <p>…</p>") is no such line: there the date
 * is the bare text right after the name, and only that leaves the text.
 */
function dateLineAround(authorEl: Element, item: Element, dates: DateContext): DateField | null {
	const line = authorEl.parent;
	if (!line || !isElement(line) || line === item) return null;
	if (line.children.some((child) => isElement(child) && BLOCK_TAGS.has(tagName(child)) && textOf(child) !== '')) return dateRunAfter(authorEl, dates);
	const text = spacedTextOf(line);
	if (text.length > MAX_AUTHOR_LINE_CHARS) return null;
	const date = parseDateTime(text, dates);
	return date ? {el: line, date} : null;
}

/** Inline elements a loose label can be split over ("Kommentar <small>von</small> <cite>Name</cite>"). */
const LABEL_PART_TAGS = new Set(['small', 'span', 'em', 'i', 'b', 'strong', 'font']);
/** Tags that can part a name from its date on one line without starting a block. */
const LINE_PART_TAGS = new Set([...LABEL_PART_TAGS, 'br']);
/** A date alone is short; a longer run after the name is the comment's own words. */
const MAX_DATE_RUN_CHARS = 60;

/** The run of bare text (and line breaks) right after the name, up to the next block, when it is a date alone. */
function dateRunAfter(authorEl: Element, dates: DateContext): DateField | null {
	const run: ChildNode[] = [];
	for (let node = authorEl.next; node && (node.type === 'text' || (isElement(node) && LINE_PART_TAGS.has(tagName(node)))); node = node.next) run.push(node);
	const text = collapseWhitespace(run.map((node) => spacedTextOf(node)).join(' '));
	if (text === '' || text.length > MAX_DATE_RUN_CHARS) return null;
	const date = parseDateTime(text, dates);
	return date ? {nodes: run, date} : null;
}

/** Elements a commenter's name is printed in. */
const NAME_TAGS = new Set(['a', 'b', 'strong', 'cite', 'span', 'em']);

/** The control selectors as one list, matched through the compiled-selector cache (cheerio's `is` parses and compiles it on every call). */
const COMMENT_CONTROL_LIST = COMMENT_CONTROL_SELECTORS.join(',');

/** A reply/report/permalink control: by its class or by its whole text ("- Antworten"). */
function isControl($: CheerioAPI, el: Element): boolean {
	return anyMatches($, [el], COMMENT_CONTROL_LIST) || CONTROL_TEXT.test(textOf(el).replace(/^[\s·•|:-]+/, ''));
}

/**
 * "by" opening a name box ("by Anonymous Coward", WordPress Classic's "Comment by Ann", TypePad's
 * "Posted by: Ann", a translated theme's "Pingback von Blog"): the box's label, not part of the name.
 * "von" and "par" only after their noun, as names can start with them.
 */
const BY_LABEL = /^(?:(?:(?:comment|posted|pingback|trackback)\s+)?by|(?:kommentar|pingback|trackback)\s+von|(?:commentaire|pingback|trackback)\s+par):?\s+/i;
/** A dash and a date after a name ("Ann — 17.07, 2011 @ 13:04", WordPress Classic's line): the date's part of the box. */
const DASHED_DATE_AFTER_NAME = /\s+[—–]\s+\D*\d.*$/;
/** A bare number in brackets after a name ("John Carmack (101025)", as Slash sites print it): the account's number; three digits at least, so a "Player (2)" keeps its name. */
const ACCOUNT_NUMBER = /\s+\(\d{3,}\)$/;

/** @param nameEl the element inside the author box that holds the name alone, when known. */
function readAuthor($: CheerioAPI, authorEl: Element | null, urlEl: Element | null, metaEl: Element | null, rules: CommentRules, context: RuleContext, nameEl?: Element): CommentAuthor {
	const {baseUrl} = context;
	let name: string | null = null;
	let url: string | null = null;
	if (authorEl) {
		// A schema.org Person box names its `name` property: the rest of the box is its picture and its date.
		const box = nameEl ?? (authorEl.attribs.itemprop === 'name' ? undefined : selectWithin($, authorEl, '[itemprop="name"]')[0]) ?? authorEl;
		const clone = $(box).clone();
		// Date elements are cut out of the name; a loose date selector's other matches (the name's own link) are not.
		if (rules.postedAt) clone.find(rules.postedAt).filter((_i, el) => readDate(el, context.dates) !== null).remove();
		clone.find('a, button, span').filter((_i, el) => isControl($, el)).remove();
		if (rules.number) clone.find(rules.number).remove();
		if (rules.authorMeta) clone.find(rules.authorMeta).remove();
		clone.find('img').remove();
		name = textOf(clone.toArray()).replace(/^[\s·•|:-]+|[\s·•|:-]+$/g, '').replace(BY_LABEL, '').replace(DASHED_DATE_AFTER_NAME, '').replace(ACCOUNT_NUMBER, '') || null;
		// Not the reply link that shares the box: its href is a form anchor, not the commenter's page.
		const link = box.name === 'a' ? box : selectWithin($, box, 'a[href]').find((a) => !isControl($, a));
		if (isElement(link)) url = resolveProfileUrl(link.attribs.href, baseUrl);
	}
	if (urlEl) url = resolveProfileUrl(urlEl.attribs.href ?? urlEl.attribs.content ?? selectWithin($, urlEl, 'a[href]')[0]?.attribs.href, baseUrl) ?? url;
	const meta = metaEl ? textOf(metaEl) : '';
	const posts = AUTHOR_POSTS_PATTERN.exec(meta) ?? AUTHOR_POSTS_SUFFIX_PATTERN.exec(meta);
	const since = AUTHOR_SINCE_PATTERN.exec(meta);
	return {
		name,
		url,
		postCount: posts ? firstInteger(posts[1] ?? null) : null,
		memberSince: since ? parseCalendarDate(since[1]) : null,
	};
}

/**
 * A meta line that credits the writer before the date ("geschrieben von berg2012 am 21. Jan. 2015, 19:04",
 * "posted by Ann on May 3, 2019", "Par Bruno Caneparo, le mercredi 15 mai 2019 à 13h48"): a theme
 * without a name element prints the name there. "von" only after its verb, as names can start
 * with it; a date must follow the name.
 */
const BYLINE_BEFORE_DATE = /^(?:(?:written|posted|geschrieben|verfasst|gepostet|écrit|publié)\s+)?(?:by|von|par)\s+(\S.*?)[,;]?\s+(?:on|at|am|um|le)\s+(.+)$/i;
const VON_ALONE = /^von\s/i;

/** A line that sets the name, a bar and the date ("Ellen Wolff | Di, 21. April 2020 - 19:08"). */
const NAME_BAR_DATE = /^(\S.*?)\s+[|·•]\s+(.+)$/;

/**
 * The author with the name the date line credits, when no name element gave one. A date
 * element without text (its time in an attribute) dates the line it sits in: that line is read.
 */
function withNameFromDateLine(author: CommentAuthor, dateEl: Element | null, dates: DateContext): CommentAuthor {
	if (author.name || !dateEl) return author;
	const holder = textOf(dateEl) === '' && dateEl.parent && isElement(dateEl.parent) ? dateEl.parent : dateEl;
	const line = collapseWhitespace(spacedTextOf(holder));
	if (line.length > MAX_AUTHOR_LINE_CHARS) return author;
	const match = (VON_ALONE.test(line) ? null : BYLINE_BEFORE_DATE.exec(line)) ?? NAME_BAR_DATE.exec(line);
	const name = match?.[1];
	if (!name || name.length > MAX_AUTHOR_NAME_CHARS || CONTROL_TEXT.test(name) || !match[2] || parseDateTime(match[2], dates) === null) return author;
	return {...author, name};
}

/** The ellipsis ending a title cut from the text's first words (Drupal's default comment subject). */
const TRUNCATION_MARK = /\s*(?:…|\.\.\.)$/;

/**
 * A title the commenter gave the comment ("Quantensprung? Wohl eher ein kleiner Schritt."):
 * a heading that is the text element's previous sibling, outside every field. Part of what
 * they wrote, though the text selector does not cover it. Elements without text (the RDF
 * module's hidden `reply_of` marks) stand between nothing; a text element that opens its box
 * (Drupal 7's Bartik: `<h3>subject</h3><div class="content"><div class="field-name-comment-body">`)
 * has its title before the box.
 */
function commentTitle(item: Element, textEl: Element, fields: readonly Element[]): string | null {
	const previous = elementBefore(textEl, item);
	if (!previous || !/^h[2-6]$/.test(tagName(previous)) || previous.parent === null || !contains(item, previous)) return null;
	if (fields.some((field) => contains(previous, field) || contains(field, previous))) return null;
	return textOf(previous) || null;
}

/**
 * The nearest element with text before `el`, else before the one box `el` opens, within `item`.
 * Only that box: further up, a heading is the post's frame (a forum repeating the thread's title
 * over every post), not the words' title.
 */
function elementBefore(el: Element, item: Element): Element | null {
	const textBefore = (node: Element): Element | null => {
		let previous = previousElement(node);
		while (previous && textOf(previous) === '') previous = previousElement(previous);
		return previous;
	};
	const box = el.parent;
	return textBefore(el) ?? (box && isElement(box) && box !== item ? textBefore(box) : null);
}

/** A name box's label left alone once the name is read as a field: "Comment by", "Kommentar von", "Posted by:". */
const BY_LABEL_ALONE = /^(?:(?:comment|posted|written|kommentar|geschrieben|commentaire|écrit)\s+)?(?:by|von|par):?$/i;

/** The runs of consecutive text nodes and small inline elements among `root`'s children, other elements ending a run. */
function looseInlineRuns(root: Element): ChildNode[][] {
	const runs: ChildNode[][] = [[]];
	for (const child of root.children) {
		const loose = child.type === 'text' || child.type === 'comment' || (isElement(child) && LABEL_PART_TAGS.has(tagName(child)));
		if (loose) runs[runs.length - 1]?.push(child);
		else runs.push([]);
	}
	return runs.filter((run) => run.length > 0);
}

/** Whether a run of loose nodes reads as a label alone ("Says:", "Kommentar von"), nothing the commenter wrote. */
function isLooseLabel(run: readonly ChildNode[]): boolean {
	const text = collapseWhitespace(run.map((node) => spacedTextOf(node)).join(' '));
	return text !== '' && (SAYS_LABEL.test(text) || BY_LABEL_ALONE.test(text));
}

/** The label of a toggle that unfolds a long comment the page shows cut short ("Aufklappen", "Read more"). */
const EXPAND_LABEL = /^(?:aufklappen|read more|show more|see more|mehr anzeigen|weiterlesen|lire la suite|voir plus|leggi tutto|leer más|ver más)$/i;

/**
 * Such a toggle that goes nowhere (no link, `#…` or `javascript:`) unfolds the words in place:
 * they are all in the markup already, and the label is not one of them. A "Read more" to another
 * page is where the rest is, and stays.
 */
function isExpandToggle(el: Element): boolean {
	if (!EXPAND_LABEL.test(textOf(el))) return false;
	const href = el.attribs.href?.trim() ?? '';
	return href === '' || href.startsWith('#') || /^javascript:/i.test(href);
}

/** Words a paragraph holds besides a link for the link to be a word of its sentence. */
const SENTENCE_MIN_WORDS = 3;

/**
 * Whether a link reading like a control ("link", "share", "quote") is a word of the commenter's
 * sentence instead ("Another comment with a <a>link</a>."): it sits in a paragraph of the text
 * that holds other words, and no date line (a meta line's "June 3, 2020 <a>Reply</a>").
 */
function isInSentence(el: Element, root: Element): boolean {
	let paragraph: ParentNode | null = el.parent;
	while (isElement(paragraph) && paragraph !== root && paragraph.name !== 'p') paragraph = paragraph.parent;
	if (!isElement(paragraph) || paragraph.name !== 'p') return false;
	const rest = collapseWhitespace(textOf(paragraph).replace(textOf(el), ' ')).replace(/[^\p{L}\p{N}\s]+/gu, ' ').trim();
	return rest.split(/\s+/).filter(Boolean).length >= SENTENCE_MIN_WORDS && !isDateLine(rest);
}

/** What is left of a box once its control is gone: brackets, bars and separators alone. */
const CONTROL_FRAME = /^[\s[\](){}|·•/]*$/;

/** The comment's own text: its text element (or the whole item), minus replies, controls and the marked fields. */
function readText($: CheerioAPI, item: Element, rules: CommentRules, textEl: Element | null, baseUrl: string): Pick<RawComment, 'text' | 'quotes' | 'links'> {
	const clone: Cheerio<AnyNode> = $(textEl ?? item).clone();
	const root = clone[0] as Element;
	const drop = (selector: string, when: (el: Element) => boolean = () => true): void => void $(selectWithin($, root, selector).filter(when)).remove();
	drop(`[${ITEM_MARK}]`);
	const isControlByText = (el: Element): boolean => (CONTROL_TEXT.test(textOf(el)) && !isInSentence(el, root)) || isExpandToggle(el);
	const controls = [...selectWithin($, root, [...COMMENT_CONTROL_SELECTORS, ...(rules.remove ?? [])].join(',')), ...selectWithin($, root, 'a, button, span').filter(isControlByText)];
	const holders = controls.map((el) => el.parent);
	for (const el of controls) removeNode(el);
	// The brackets or bars a control was framed in ("[ <a>antworten</a> ]") go with it.
	for (const holder of holders) if (holder && isElement(holder) && holder !== root && contains(root, holder) && CONTROL_FRAME.test(textOf(holder))) removeNode(holder);
	drop(`[${FIELD_MARK}]`);
	// Old themes leave the label or a separator loose in the item (Kubrick's `<cite>Name</cite> Says:`,
	// `<cite>Name</cite> | <small>date</small>`, `Kommentar <small>von</small> <cite>Name</cite>`):
	// with the name and date read as fields, it would open the text.
	for (const child of [...root.children]) if (child.type === 'text' && SAYS_LABEL.test(child.data.trim())) removeNode(child);
	for (const run of looseInlineRuns(root)) if (isLooseLabel(run)) for (const node of run) removeNode(node);
	// Without a text element the item's text is all that is left, the commenter's picture with it:
	// an image, or the initial in a coloured box that stands in for one.
	if (!textEl) drop(COMMENTER_PICTURE_SELECTOR);
	// A smiley is a word of the comment, written as the characters it draws (as in an article's paragraphs).
	for (const img of selectWithin($, root, 'img')) if (isEmoticon(img)) $(img).replaceWith(new Text(img.attribs.alt ?? ''));
	const nodes = clone.toArray();
	// The links stay the comment's whole: a quoted link is still one the comment shows.
	const links = linksOf(nodes.filter(isElement), baseUrl);
	const quotes = takeQuotes($, root, [GENERIC_QUOTE, ...(rules.quotes ?? [])]);
	return {text: textOf(nodes), quotes, links};
}

/**
 * A date from the element's machine-readable attributes, else from the `datetime` of an element
 * inside it (a permalink around a `<time>` or GitHub's `<relative-time>`: the text says "Jan 15,
 * 2026", the attribute the minute), else its text; unparsable values are skipped. The element is
 * a comment's time field, so its text may be a compact "3h".
 */
export function readDate(el: Element, dates: DateContext): ParsedDateTime | null {
	for (const name of DATE_ATTRIBUTES) {
		const value = el.attribs[name];
		if (!value) continue;
		const parsed = parseDateTime(value, dates);
		if (parsed) return parsed;
	}
	return innerDatetime(el, dates) ?? parseTimeField(spacedTextOf(el), dates);
}

function innerDatetime(el: Element, dates: DateContext): ParsedDateTime | null {
	let parsed: ParsedDateTime | null = null;
	walkElements(el, (child) => {
		if (parsed) return false;
		const value = child.attribs.datetime;
		if (value) parsed = parseDateTime(value, dates);
		return undefined;
	});
	return parsed;
}

function textOrNull(el: Element | null): string | null {
	return el ? textOf(el) : null;
}

/** The first whole number in a text ("11." → 11, "Posts: 5,469" → 5469). */
export function firstInteger(text: string | null): number | null {
	if (!text) return null;
	const match = /\d[\d,.\u00a0 ]*/.exec(text);
	if (!match) return null;
	const digits = match[0].replace(/[,.\u00a0 ]+(?=\d{3}(?!\d))/g, '').replace(/[^\d].*$/, '');
	const value = Number.parseInt(digits, 10);
	return Number.isFinite(value) ? value : null;
}

/** A vote score: "+3", "-2", "−5" (minus sign), "Score: 19 Votes", "24". */
export function readScore(text: string | null): number | null {
	if (!text) return null;
	const match = /([+\-−]?)\s*(\d+)/.exec(text);
	if (!match) return null;
	const value = Number(match[2]);
	return match[1] === '-' || match[1] === '−' ? -value : value;
}

function outermost(nodes: readonly Element[]): Element[] {
	return uniqueInOrder(nodes).filter((node) => !nodes.some((other) => other !== node && contains(other, node)));
}

function uniqueInOrder<T>(values: readonly T[]): T[] {
	return [...new Set(values)];
}

/** Selector lists split once: every field of every comment is looked up part by part. */
const splitLists = new Map<string, readonly string[]>();

function selectorParts(selector: string): readonly string[] {
	let parts = splitLists.get(selector);
	if (!parts) {
		parts = splitSelectorList(selector);
		splitLists.set(selector, parts);
	}
	return parts;
}

/** Split a selector list on top-level commas (not those inside `:not(a, b)` or attribute values). */
function splitSelectorList(selector: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let quote: string | null = null;
	let current = '';
	for (const char of selector) {
		if (quote) {
			if (char === quote) quote = null;
		} else if (char === '"' || char === "'") quote = char;
		else if (char === '(' || char === '[') depth++;
		else if (char === ')' || char === ']') depth--;
		else if (char === ',' && depth === 0) {
			if (current.trim()) parts.push(current.trim());
			current = '';
			continue;
		}
		current += char;
	}
	if (current.trim()) parts.push(current.trim());
	return parts;
}
