import type {CheerioAPI} from 'cheerio';
import type {Element} from 'domhandler';
import {parseDateTime} from '../document/dates.js';
import {childElements, contains, hasToken, isElement, nextElement, rememberedByTokens, tagName, tokensOf, walkElements} from '../document/dom.js';
import {selectAll, selectWithin} from '../document/fast-select.js';
import {TextLengths} from '../document/node-stats.js';
import type {CommentRules} from '../profiles/types.js';
import {COMMENT_AREA_TOKENS, COMMENTS_HEADING_PATTERN, STORY_LIST_TOKENS} from '../document/selectors.js';
import {spacedTextOf, textOf} from '../document/text.js';
import {MatchesInside} from './matches-inside.js';
import {NO_AUTHOR} from './raw.js';
import type {OpeningPost, RawComment, ThreadFinding} from './raw.js';
import {ITEM_MARK, readItems} from './rules.js';
import type {RuleContext} from './rules.js';

/**
 * The structural fallback for unknown comment markup (hashed CSS-module classes, home-grown
 * forums): a parent with repeated sibling elements of one shape, most of which hold an
 * author-ish element, a date-ish element and a block of text of their own. Replies are the
 * same shape nested inside an item.
 */

/** A thread is at least this many comments; one lone "comment-like" box is more often a byline card. */
const MIN_STRUCTURAL_ITEMS = 2;
/** At least this share of the repeated siblings must look like comments (the rest may be ads or short replies). */
const MIN_QUALIFYING_SHARE = 0.5;
/** Text a comment must have besides its author, date and links; shorter boxes are teasers and tiles. */
const MIN_OWN_TEXT_CHARS = 30;
/** Items mostly made of links are story tiles and menus. */
const MAX_ITEM_LINK_DENSITY = 0.5;
/** An author name is short; longer "author" text is a bio or a byline sentence. */
const MAX_AUTHOR_CHARS = 60;
/** A group inside an element that calls itself comments/discussion counts this many extra items. */
const COMMENT_AREA_BONUS = 5;
/** How far up to look for that comments/discussion class. */
const AREA_LOOKUP_LEVELS = 4;

/**
 * A wrapper holding this share of a post's text is its text box: the rest is a name, a date
 * and a button or two. A short post among long metadata keeps its whole box.
 */
const MAIN_TEXT_SHARE = 0.75;
/** Wrappers a post's text box is looked for in; a paragraph holding most of the text is part of it, not it. */
const WRAPPER_TAGS = new Set(['div', 'section', 'article']);

/** Generic field selectors (substring class matches survive hashed names like `username--2Y8Y`). */
const STRUCTURAL_FIELDS = {
	author: '[itemprop="author"], a[rel="author"], [class*="author" i], [class*="username" i], [class*="user-name" i], [class*="accountname" i], [class*="nickname" i], [class*="commenter" i], [class*="benutzer" i], [class*="autor" i], .fn, [class*="name" i], a[href*="/user" i], a[href*="/profil" i], a[href*="/member" i], a[href*="/u/" i]',
	// Last, a comment's permalink that spells out its full date in its tooltip while it prints the
	// age ("6d", title "Jun 9, 2026, 11:38 AM"): the tooltip is read as the date.
	postedAt: 'time, [class*="date" i], [class*="time" i], [class*="posted" i], [class*="ago" i], [class*="datum" i], a[href*="/comment/" i][title], a[href*="#comment" i][title]',
	// Not loose `text`/`content`/`body` substrings: layout classes (`ds-text-right`) carry them.
	// Without a match the item minus its author, date and controls is the text.
	text: '[itemprop="text"], [class*="comment-text" i], [class*="commenttext" i], [class*="comment-body" i], [class*="commentbody" i], [class*="comment-content" i], [class*="kommentar-text" i], [class*="message" i]',
	score: '[class*="score" i], [class*="vote" i], [class*="rating" i], [class*="like" i]',
	// Where the commenter writes from ("Berlin", an encoded region) is about them, like a post count: not their words.
	authorMeta: '[class*="location" i]',
} as const;

export function findStructuralThread($: CheerioAPI, context: RuleContext): Omit<ThreadFinding, 'stage'> | null {
	const body = selectAll($, 'body')[0];
	if (!body) return null;
	const articleHolders = articleHoldersIn($);
	const containsArticle = (el: Element): boolean => articleHolders.has(el);
	// The search below reads the tree only: text lengths, signatures and field matches are computed once.
	const search = new StructuralSearch($, context);
	let best: {parent: Element; members: Element[]; before: Element[]; score: number} | null = null;
	walkElements(body, (parent) => {
		const tag = tagName(parent);
		// Not `form`: ASP.NET pages wrap the whole page in one.
		if (tag === 'nav' || tag === 'header' || tag === 'select' || isStoryList(parent)) return false;
		// Every comment holds an author element: a subtree holding fewer than a thread's worth holds no thread.
		if (!search.holdsAuthorsFor(parent, MIN_STRUCTURAL_ITEMS)) return false;
		for (const members of search.repeatedGroups(parent)) {
			const thread = afterCommentsHeading(parent, members);
			if (thread.some(containsArticle)) continue;
			const qualifying = thread.filter((member) => search.looksLikeComment(member)).length;
			if (qualifying < MIN_STRUCTURAL_ITEMS || qualifying / thread.length < MIN_QUALIFYING_SHARE) continue;
			const score = qualifying + (inCommentArea(parent) ? COMMENT_AREA_BONUS : 0);
			if (!best || score > best.score) best = {parent, members: thread, before: members.filter((member) => !thread.includes(member)), score};
		}
		return true;
	});
	if (!best) return null;
	const {parent, members, before} = best as {parent: Element; members: Element[]; before: Element[]};
	const signature = search.signatureOf(members[0] as Element);
	const items: Element[] = [];
	// Replies are the same shape nested inside an item; a bare `div` shape says too little for that.
	const nestable = signature.split('|')[1] !== '';
	const replyBoxes = new Map<Element, Element>();
	const nested = (root: Element): void =>
		walkElements(root, (el) => {
			if (search.signatureOf(el) === signature && search.hasOwnText(el)) items.push(el);
		});
	for (const member of members) {
		if (!search.hasOwnText(member)) continue;
		items.push(member);
		if (!nestable) continue;
		nested(member);
		const box = replyBoxAfter(member, members, signature, search);
		if (box) {
			replyBoxes.set(box, member);
			nested(box);
		}
	}
	// The items are already found; readItems only needs the field selectors.
	const rules: CommentRules = {container: '', item: `[${ITEM_MARK}]`, ...STRUCTURAL_FIELDS};
	const openingPost = openingPostOf($, before, search, (post) => readItems($, [post], rules, context)[0]);
	const raw = readItems($, items, rules, context);
	if (raw.length < MIN_STRUCTURAL_ITEMS) return null;
	answerFromReplyBoxes(raw, replyBoxes);
	// The thread's parent may also hold the article (forum pages); then only the items leave the body.
	const shared = containsArticle(parent) || members.length < childElements(parent).filter((child) => search.signatureOf(child) === signature).length;
	return {items: raw, containers: shared ? members : [outermostCommentArea(parent, containsArticle)], openingPost};
}

/**
 * The box right after an item that holds items of its shape and nothing else
 * (`<div class="comment">…</div><div class="comment-replies"><div class="comment">…</div></div>`):
 * the replies to that item, set beside it rather than inside it. A box with words of its own
 * is no wrapper: a comment of another shape (an editor’s pick `li.pinned` among `li.member`s) holding its replies.
 */
function replyBoxAfter(member: Element, members: readonly Element[], signature: string, search: StructuralSearch): Element | null {
	const box = nextElement(member);
	if (!box || members.includes(box) || search.signatureOf(box) === signature) return null;
	const isItem = (el: Element): boolean => search.signatureOf(el) === signature;
	let holdsItems = false;
	walkElements(box, (el) => {
		if (isItem(el)) holdsItems = true;
		return !holdsItems;
	});
	return holdsItems && textOf(box, isItem).trim() === '' ? box : null;
}

/** A reply set in the box after an item, and in no other reply, answers that item. */
function answerFromReplyBoxes(raw: RawComment[], replyBoxes: ReadonlyMap<Element, Element>): void {
	if (replyBoxes.size === 0) return;
	const indexOf = new Map(raw.map((comment, index) => [comment.node, index]));
	for (const comment of raw) {
		if (comment.parentIndex !== null) continue;
		for (const [box, member] of replyBoxes) {
			if (comment.node && contains(box, comment.node)) comment.parentIndex = indexOf.get(member) ?? null;
		}
	}
}

/**
 * The comment section around the thread: its heading, count and "log in to comment" notice
 * sit beside the list, in an element that calls itself comments. The outermost such element
 * a few levels up that holds no part of the article leaves the body with the thread.
 */
function outermostCommentArea(parent: Element, containsArticle: (el: Element) => boolean): Element {
	let area = parent;
	let node = parent.parent && isElement(parent.parent) ? parent.parent : null;
	for (let level = 0; node && level < AREA_LOOKUP_LEVELS && tagName(node) !== 'body' && !containsArticle(node); level++) {
		if (hasToken(tokensOf(node), COMMENT_AREA_TOKENS)) area = node;
		node = node.parent && isElement(node.parent) ? node.parent : null;
	}
	return area;
}

/**
 * The one post before the comments heading that has the comments' shape and reads like one
 * (author, date, text): a forum's opening post. Several such posts are no single opening.
 */
function openingPostOf($: CheerioAPI, before: readonly Element[], search: StructuralSearch, read: (post: Element) => RawComment | undefined): OpeningPost | null {
	const posts = before.filter((member) => search.looksLikeComment(member));
	const post = posts.length === 1 ? posts[0] : undefined;
	if (!post) return null;
	// The text box first: the search's cached facts about the tree hold only until fields are read.
	const text = search.mainTextOf($, post);
	const fields = read(post);
	return {text, author: fields?.author ?? NO_AUTHOR, postedAt: fields?.postedAt ?? null, marked: false};
}

/**
 * The per-element questions of the search, answered from facts gathered once per page: asking
 * each candidate's subtree (its text, its links, a selector query per field) made the search
 * quadratic in nesting depth. Valid while the tree is unchanged, i.e. before `readItems`.
 */
class StructuralSearch {
	readonly #$: CheerioAPI;
	readonly #context: RuleContext;
	readonly #text = new TextLengths();
	readonly #signatures = new Map<Element, string>();
	/** Stable classes by class attribute: siblings of one shape share their attribute, and filtering it was most of a signature's cost. */
	readonly #stableClasses = new Map<string, string>();
	readonly #isDate = new Map<Element, boolean>();
	/** Read on the first candidate that gets as far as its dates: most pages have none. */
	#dates: MatchesInside | null = null;
	#authors: MatchesInside | null = null;

	constructor($: CheerioAPI, context: RuleContext) {
		this.#$ = $;
		this.#context = context;
	}

	/** An author element shows a short name; the same for every item it sits in. */
	#authorsOfPage(): MatchesInside {
		this.#authors ??= new MatchesInside(
			selectAll(this.#$, STRUCTURAL_FIELDS.author).filter((a) => {
				const length = this.#text.length(a);
				return length > 0 && length <= MAX_AUTHOR_CHARS;
			}),
		);
		return this.#authors;
	}

	#datesOfPage(): MatchesInside {
		this.#dates ??= new MatchesInside(selectAll(this.#$, STRUCTURAL_FIELDS.postedAt));
		return this.#dates;
	}

	/**
	 * Whether at least `count` author elements lie inside `el`: a comment needs one, so an
	 * element with fewer holds no thread and neither does anything inside it. Lets the search
	 * skip most of a page (the repeated groups of a menu or a footer) without looking at them.
	 */
	holdsAuthorsFor(el: Element, count: number): boolean {
		return this.#authorsOfPage().count(el) >= count;
	}

	/**
	 * An element's shape: its tag plus the classes that do not vary between siblings. Once per
	 * element: every element is asked as a child, some again as a nested reply.
	 */
	signatureOf(el: Element): string {
		let signature = this.#signatures.get(el);
		if (signature === undefined) {
			const classAttribute = el.attribs.class ?? '';
			let classes = this.#stableClasses.get(classAttribute);
			if (classes === undefined) {
				classes = stableClasses(classAttribute);
				this.#stableClasses.set(classAttribute, classes);
			}
			signature = `${tagName(el)}|${classes}`;
			this.#signatures.set(el, signature);
		}
		return signature;
	}

	/** Children grouped by shape (tag + stable classes), groups of two or more only. */
	repeatedGroups(parent: Element): Element[][] {
		const groups = new Map<string, Element[]>();
		for (const child of childElements(parent)) {
			const signature = this.signatureOf(child);
			const group = groups.get(signature);
			if (group) group.push(child);
			else groups.set(signature, [child]);
		}
		return [...groups.values()].filter((group) => group.length >= MIN_STRUCTURAL_ITEMS);
	}

	looksLikeComment(el: Element): boolean {
		// A comment holds an author element: the count is at hand, while measuring a box's text
		// walks all of it (menus and link lists of hundreds of boxes hold no author at all).
		if (!this.holdsAuthorsFor(el, 1)) return false;
		// Own text is part of all text: boxes too short in total skip the field lookups below.
		if (this.#text.length(el) < MIN_OWN_TEXT_CHARS) return false;
		if (this.#text.linkDensity(el) > MAX_ITEM_LINK_DENSITY) return false;
		const author = this.#authorsOfPage().first(el, () => true);
		if (!author) return false;
		const date = this.#datesOfPage().first(el, (d) => this.#isDateElement(d));
		// Without a date, the item has to call itself a comment.
		if (!date && !hasToken(tokensOf(el), COMMENT_AREA_TOKENS)) return false;
		return this.#ownTextLength(el, date ? [author, date] : [author]) >= MIN_OWN_TEXT_CHARS;
	}

	/**
	 * The element holding a post's text, so its poster's name, date and buttons stay out: the
	 * text field when one matches, else the wrapper that holds nearly all of the post's text.
	 */
	mainTextOf($: CheerioAPI, post: Element): Element {
		const field = selectWithin($, post, STRUCTURAL_FIELDS.text)[0];
		if (field) return field;
		let main = post;
		for (;;) {
			const total = this.#text.length(main);
			const inner = childElements(main).find((child) => WRAPPER_TAGS.has(tagName(child)) && this.#text.length(child) >= total * MAIN_TEXT_SHARE);
			if (!inner) return main;
			main = inner;
		}
	}

	hasOwnText(el: Element): boolean {
		return this.#ownTextLength(el, []) > 0;
	}

	#isDateElement(el: Element): boolean {
		let isDate = this.#isDate.get(el);
		if (isDate === undefined) {
			isDate = tagName(el) === 'time' || parseDateTime(spacedTextOf(el), this.#context.dates) !== null;
			this.#isDate.set(el, isDate);
		}
		return isDate;
	}

	/** Text outside links and outside the given elements (author, date). */
	#ownTextLength(el: Element, exclude: readonly Element[]): number {
		let length = this.#text.lengthWithoutLinks(el);
		for (const part of exclude) if (!insideLink(part)) length -= this.#text.length(part);
		return length;
	}
}

/** Whether the element is a link or sits in one. */
function insideLink(el: Element): boolean {
	for (let node: Element | null = el; node; node = node.parent && isElement(node.parent) ? node.parent : null) if (tagName(node) === 'a') return true;
	return false;
}

/**
 * The classes of a class attribute that do not vary between siblings, sorted and joined:
 * CSS-module hashes are cut off (`comment--2g6iCC-R` → `comment`), classes still holding
 * digits (ids, depths) and state classes are dropped, and classes naming the commenter’s standing read as one.
 */
function stableClasses(classAttribute: string): string {
	const classes = classAttribute
		.split(/\s+/)
		.map((c) => c.replace(/(?:--|__|_|-)[A-Za-z0-9_-]*\d[A-Za-z0-9_-]*$/, ''))
		.filter((c) => c && !/\d/.test(c) && !/^(odd|even|alt|first|last|parent|byuser|bypostauthor|thread-\w+|is-\w+|has-\w+)$/i.test(c))
		.map((c) => (COMMENTER_STANDING.test(c) ? STANDING_TOKEN : c));
	return [...new Set(classes)].sort().join('.');
}

/**
 * Classes that name the commenter's standing (`li.member` beside `li.guest`, a registered
 * user's comment beside an anonymous one): they vary between sibling comments of one shape.
 */
const COMMENTER_STANDING = /^(?:member|guest|anonymous|anon|registered|unregistered|visitor|subscriber)$/i;
/** The one class all standings read as, so the comments keep a shape of their own. */
const STANDING_TOKEN = 'standing';

/**
 * Every element that holds the article's h1 or body: collected once from those few elements
 * upwards, since asking each candidate's subtree made the thread search quadratic in depth.
 */
function articleHoldersIn($: CheerioAPI): Set<Element> {
	const holders = new Set<Element>();
	for (const mark of selectAll($, 'h1, [itemprop="articleBody"]')) {
		for (let node = mark.parent; node && isElement(node) && !holders.has(node); node = node.parent) holders.add(node);
	}
	return holders;
}

/**
 * On forum pages the opening post has the same shape as the replies and comes before a
 * "Comments" heading; when such a heading splits the siblings, only those after it are comments.
 */
function afterCommentsHeading(parent: Element, members: readonly Element[]): Element[] {
	const children = childElements(parent);
	const heading = children.find((child) => /^h[1-4]$/.test(tagName(child)) && COMMENTS_HEADING_PATTERN.test(textOf(child)));
	if (!heading) return [...members];
	const at = children.indexOf(heading);
	const after = members.filter((member) => children.indexOf(member) > at);
	return after.length > 0 && after.length < members.length ? after : [...members];
}

/** A box listing other stories (related posts, most read), unless it calls itself comments too ("latest comments"). */
function isStoryList(el: Element): boolean {
	return namesStoryList(tokensOf(el));
}

const namesStoryList = rememberedByTokens((tokens) => hasToken(tokens, STORY_LIST_TOKENS) && !hasToken(tokens, COMMENT_AREA_TOKENS));

function inCommentArea(el: Element): boolean {
	let node: Element | null = el;
	for (let level = 0; node && level < AREA_LOOKUP_LEVELS; level++) {
		if (hasToken(tokensOf(node), COMMENT_AREA_TOKENS)) return true;
		node = node.parent && isElement(node.parent) ? node.parent : null;
	}
	return false;
}
