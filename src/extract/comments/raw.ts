import type {Element} from 'domhandler';
import type {CommentAuthor, CommentQuote, Link} from '../../snapshot/schema.js';
import type {CommentRules} from '../profiles/types.js';
import type {ParsedDateTime} from '../document/dates.js';

/** One comment as a finder read it, before ids, parents and depths are settled. */
export interface RawComment {
	/** The item element, when the comment came from the DOM. */
	node: Element | null;
	/** The site's own id for the comment, when the markup has one. */
	siteId: string | null;
	number: number | null;
	/** Index (in the same list) of the comment this one replies to. */
	parentIndex: number | null;
	author: CommentAuthor;
	postedAt: ParsedDateTime | null;
	text: string;
	/** What the comment quotes from other posts (absent or empty: nothing). */
	quotes?: CommentQuote[];
	links: Link[];
	score: number | null;
}

/** What one stage of the comment cascade found. */
export interface ThreadFinding {
	/** `profile`, `json-ld`, `microdata`, `platform:<name>`, `structural`, or `none`. */
	stage: string;
	items: RawComment[];
	/** Elements holding the thread; removed before the body is read so comments never leak into it. */
	containers: Element[];
	openingPost?: OpeningPost | null;
	/** Page 2 or later of a forum thread: every post is a reply, and the opening post is elsewhere. */
	continued?: boolean;
	/** The platform rule set that read the thread: it may also say where the page states its count. */
	rules?: CommentRules;
}

/**
 * A forum thread's opening post: the comments' shape, but before the heading that starts the
 * replies. It is the page's article, not a comment, and its poster the article's author.
 */
export interface OpeningPost {
	/** The post's text box (the whole post when it has none). */
	text: Element;
	author: CommentAuthor;
	postedAt: ParsedDateTime | null;
	/**
	 * The platform's markup says which post opens the thread (a forum rule set's `openingPost`),
	 * rather than the structural finder guessing it from its shape and place: then it is the
	 * article however long, and its poster outranks the bylines guessed from the page.
	 */
	marked: boolean;
}

export const NO_AUTHOR: CommentAuthor = {name: null, url: null, postCount: null, memberSince: null};
