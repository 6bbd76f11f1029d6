import type {CheerioAPI} from 'cheerio';
import type {AnyNode, Element} from 'domhandler';
import {parseDateTime} from '../document/dates.js';
import type {ParsedDateTime} from '../document/dates.js';
import {contains, isElement, nextElement, previousElement, tagName, walkElements} from '../document/dom.js';
import {MARK_ATTRIBUTE_PREFIX} from '../document/element-index.js';
import {selectAll} from '../document/fast-select.js';
import {BLOCK_TAGS, COMMENT_CONTROL_SELECTORS, COMMENTS_HEADING_PATTERN, THREAD_HEADING_MAX_CHARS} from '../document/selectors.js';
import {collapseWhitespace, linksOf, spacedTextOf, textLength, textOf} from '../document/text.js';
import {resolveUrl} from '../document/urls.js';
import type {RawComment, ThreadFinding} from './raw.js';
import {CONTROL_TEXT} from './rules.js';
import type {RuleContext} from './rules.js';

/**
 * Comments announced by a numbered header line, as guestbooks, clan CMSs (webSPELL) and
 * home-grown news scripts print them: "#1 von tObIas Vx 29.12.2010 - 22:40",
 * "#3 Kommentar von Naru-chan" with the date on the next line, "Comment #2 by Anna".
 * The header carries no class to go by and the thread may be a single comment, so the
 * structural finder (which needs repeated siblings) misses it. The number sign, the "by"
 * word, a name and a date together are what make such a header a comment's, never a
 * heading in an article.
 */

/** "#1 von NAME", "#1 Kommentar von NAME", "Kommentar #1 von NAME", "Comment #2 by NAME". */
const NUMBERED_HEADER = /^(?:(?:kommentare?|comments?|beitrag|eintrag|post|antwort|reply)\s*)?#\s?(\d{1,5})\s*[.:)\-–]?\s*(?:(?:kommentare?|comments?|beitrag|eintrag|post|antwort|reply)\s+)?(?:von|by|from|de|di|door|av|af)\s+(\S.*)$/iu;
/** Where a header's name ends and its date begins: "tObIas Vx 29.12.2010", "Anna, am 3. Mai", "Bob on 12/3/19". */
const NAME_END = /\s*(?:[,|–-]\s*)?(?:\s(?:am|on|um|at|le|il|op)\s+)?\d.*$/iu;
/** A header line is short; longer text that starts with "#1 by" is prose. */
const MAX_HEADER_CHARS = 120;
/** How far up from the text node with the "#N" the header element may be (the text sits in a link, a `b`, a `div`). */
const HEADER_LOOKUP_LEVELS = 3;
/** A name is a few words; a longer "name" means the pattern caught a sentence. */
const MAX_NAME_CHARS = 60;
/** Brackets and separators left over once a control link is removed ("[ zitieren ]" → "[ ]"). */
const LEFTOVER_PUNCTUATION = /^[\s[\]()|·•:/-]*$/;

interface Header {
	el: Element;
	number: number;
	nameText: string;
}

export function findNumberedHeaderThread($: CheerioAPI, context: RuleContext): Omit<ThreadFinding, 'stage'> | null {
	const body = selectAll($, 'body')[0];
	if (!body) return null;
	const headers = findHeaders(body);
	if (headers.length === 0) return null;
	const items: RawComment[] = [];
	const containers: Element[] = [];
	for (const header of headers) {
		const block = commentBlock(header, headers);
		const run = block ? null : siblingRun(header, headers);
		if (!block && !run) continue;
		const date = headerDate(header, context);
		if (!date) continue;
		const comment = readComment($, header, block ? [block] : (run as AnyNode[]), date.parsed, date.nodes, context);
		if (!comment) continue;
		items.push(comment);
		containers.push(...(block ? [block] : [header.el, ...(run as AnyNode[]).filter(isElement)]));
	}
	if (items.length === 0) return null;
	return {items, containers: [...threadHeading(containers[0]), ...containers, ...replyForm(containers[containers.length - 1])]};
}

/** The "Kommentare" heading right before the first comment belongs to the thread, not the article. */
function threadHeading(first: Element | undefined): Element[] {
	const previous = first ? previousElement(first) : null;
	return previous && isThreadHeading(previous) ? [previous] : [];
}

/**
 * What follows the last comment and belongs to the thread: "write a comment" headings and the
 * comment form (a form with a text area), so neither is read as article.
 */
function replyForm(last: Element | undefined): Element[] {
	const found: Element[] = [];
	for (let next = last ? nextElement(last) : null; next; next = nextElement(next)) {
		if (!isThreadHeading(next) && !holdsCommentForm(next)) break;
		found.push(next);
	}
	return found;
}

/** A short element whose whole text is a comments heading ("Kommentare", "Kommentare schreiben"). */
function isThreadHeading(el: Element): boolean {
	const text = textOf(el);
	return text.length <= THREAD_HEADING_MAX_CHARS && COMMENTS_HEADING_PATTERN.test(text);
}

/** A form with a text area (the reply form), or an element holding one. */
function holdsCommentForm(el: Element): boolean {
	let found = false;
	const visit = (node: Element): boolean => {
		if (tagName(node) === 'textarea' && insideForm(node)) found = true;
		return !found;
	};
	if (visit(el)) walkElements(el, visit);
	return found;
}

function insideForm(el: Element): boolean {
	for (let node = el.parent; node && isElement(node); node = node.parent) if (tagName(node) === 'form') return true;
	return false;
}


/** Elements whose whole text is a numbered header, innermost first found from each "#N" text. */
function findHeaders(body: Element): Header[] {
	const headers: Header[] = [];
	const seen = new Set<Element>();
	const visit = (node: AnyNode): void => {
		if (node.type === 'text') {
			if (!/#\s?\d/.test((node as unknown as {data: string}).data)) return;
			let el = node.parent;
			for (let level = 0; level < HEADER_LOOKUP_LEVELS && el && isElement(el); level++, el = el.parent) {
				if (seen.has(el)) return;
				const text = textOf(el);
				if (text.length > MAX_HEADER_CHARS) return;
				const match = NUMBERED_HEADER.exec(text);
				if (!match) continue;
				seen.add(el);
				headers.push({el, number: Number(match[1]), nameText: match[2] ?? ''});
				return;
			}
			return;
		}
		if (!isElement(node)) return;
		const tag = tagName(node);
		if (tag === 'script' || tag === 'style' || tag === 'nav' || tag === 'select' || tag === 'textarea') return;
		for (const child of node.children) visit(child);
	};
	visit(body);
	return headers;
}

/**
 * The element holding one comment: the smallest ancestor of the header with text besides the
 * header's, provided it holds no other header (else it is the whole list, not one comment).
 */
function commentBlock(header: Header, headers: readonly Header[]): Element | null {
	const headerLength = textLength(header.el);
	for (let el = header.el.parent; el && isElement(el); el = el.parent) {
		if (tagName(el) === 'body') return null;
		if (textLength(el) <= headerLength) continue;
		return headers.some((other) => other !== header && contains(el as Element, other.el)) ? null : el;
	}
	return null;
}

/**
 * Flat guestbooks put every comment's header and text side by side in one parent
 * (`<h3>#1 von A</h3> date <p>…</p> <h3>#2 von B</h3> …`): the comment is what follows its
 * header up to the next header, or to a heading or form that ends the list.
 */
function siblingRun(header: Header, headers: readonly Header[]): AnyNode[] | null {
	const parent = header.el.parent;
	if (!parent || !isElement(parent) || tagName(parent) === 'body') return null;
	const run: AnyNode[] = [];
	for (let node = header.el.next; node; node = node.next) {
		if (isElement(node)) {
			if (/^h[1-6]$/.test(tagName(node)) || tagName(node) === 'form') break;
			if (headers.some((other) => contains(node as Element, other.el))) break;
		}
		run.push(node);
	}
	return textOf(run) ? run : null;
}

/**
 * The comment's date: in the header ("#1 von X 29.12.2010 - 22:40"), else in the inline run
 * right after it ("<h3>#1 Kommentar von X</h3> 26. März 2004, 16:19 <p>…").
 */
function headerDate(header: Header, context: RuleContext): {parsed: ParsedDateTime; nodes: AnyNode[]} | null {
	const inHeader = parseDateTime(spacedTextOf(header.el).replace(NUMBERED_HEADER, '$2'), context.dates);
	if (inHeader) return {parsed: inHeader, nodes: []};
	const nodes: AnyNode[] = [];
	for (let node = header.el.next; node; node = node.next) {
		if (isElement(node) && (BLOCK_TAGS.has(tagName(node)) || tagName(node) === 'br')) break;
		nodes.push(node);
	}
	const parsed = parseDateTime(nodes.map((node) => (isElement(node) ? spacedTextOf(node) : textOf(node))).join(' '), context.dates);
	return parsed ? {parsed, nodes} : null;
}

function readComment($: CheerioAPI, header: Header, source: readonly AnyNode[], postedAt: ParsedDateTime, dateNodes: readonly AnyNode[], context: RuleContext): RawComment | null {
	const link = $(header.el)
		.find('a[href]')
		.toArray()
		.filter(isElement)
		.find((a) => {
			const text = textOf(a);
			return text.length > 0 && text.length <= MAX_NAME_CHARS && !/#\s?\d/.test(text);
		});
	const name = link ? textOf(link) : collapseWhitespace(header.nameText.replace(NAME_END, ''));
	if (!name || name.length > MAX_NAME_CHARS) return null;

	// The header and the date run are marked, cloned away with the controls, then unmarked.
	const marked = [header.el, ...dateNodes.filter(isElement)];
	for (const el of marked) el.attribs[SKIP_MARK] = '';
	const skippedTexts = new Set<AnyNode>(dateNodes.filter((node) => !isElement(node)));
	const copies = source.filter((node) => !skippedTexts.has(node)).map((node) => (isElement(node) ? cloneWithout(node, skippedTexts) : node.cloneNode(true)));
	for (const el of marked) delete el.attribs[SKIP_MARK];
	const clone = $('<div></div>');
	clone.append(copies);
	clone.find(`[${SKIP_MARK}]`).remove();
	clone.find([...COMMENT_CONTROL_SELECTORS, 'img', 'input', 'textarea', 'select'].join(',')).remove();
	clone.find('a').filter((_i, el) => CONTROL_TEXT.test(textOf(el)) || textOf(el) === '').remove();
	clone
		.find('*')
		.filter((_i, el) => isElement(el) && LEFTOVER_PUNCTUATION.test(textOf(el)) && textOf(el) !== '')
		.remove();
	const nodes = clone.toArray();
	const text = textOf(nodes);
	if (!text) return null;
	return {
		node: isElement(source[0]) && source.length === 1 ? source[0] : header.el,
		siteId: null,
		number: header.number,
		parentIndex: null,
		author: {name, url: link ? resolveUrl(link.attribs.href, context.baseUrl) : null, postCount: null, memberSince: null},
		postedAt,
		text,
		links: linksOf(nodes.filter(isElement), context.baseUrl),
		score: null,
	};
}

/** Marks the header and the date elements while the block is cloned without them. */
const SKIP_MARK = `${MARK_ATTRIBUTE_PREFIX}skip`;

/** A clone of `block` without the given text nodes (the date run's bare text). */
function cloneWithout(block: Element, texts: ReadonlySet<AnyNode>): Element {
	if (texts.size === 0) return block.cloneNode(true);
	const parents = new Map<AnyNode, {parent: Element; index: number}>();
	for (const text of texts) {
		const parent = text.parent;
		if (parent && isElement(parent)) parents.set(text, {parent, index: parent.children.indexOf(text as never)});
	}
	const removed = [...parents.entries()].sort((a, b) => b[1].index - a[1].index);
	for (const [, {parent, index}] of removed) parent.children.splice(index, 1);
	try {
		return block.cloneNode(true);
	} finally {
		for (const [text, {parent, index}] of removed.reverse()) parent.children.splice(index, 0, text as never);
	}
}
