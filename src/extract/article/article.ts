import type {CheerioAPI} from 'cheerio';
import type {Element} from 'domhandler';
import {measureText, scoreContent} from './content-score.js';
import {contains, isElement, removeNode} from '../document/dom.js';
import type {OpeningPost} from '../comments/raw.js';
import type {ArticleRules} from '../profiles/types.js';
import {ARTICLE_BODY_SELECTORS} from '../document/selectors.js';
import {proseLength, textLength, textOf} from '../document/text.js';

/**
 * Finding the article body: a cascade of stages, each tried only when the one before it
 * under-delivered (trafilatura's design), and the winning stage recorded.
 *
 *  1. `profile`       the site profile's body selector
 *  2. `article-body`  schema.org `itemprop=articleBody`
 *  3. `scored`        Readability-style scoring, furniture-looking subtrees skipped
 *     `opening-post`  when that found no article on a forum thread: the thread's first post,
 *                     which the comment finder set apart from the replies
 *     `continued-thread` page 2 or later of a forum thread: no body (the opening post, the
 *                     article, is on the first page, and this page's posts are all replies)
 *  4. `scored-relaxed` the same without skipping (for pages whose content has unlucky class names),
 *                     sections scored by their whole text (for pages of many short items)
 *  5. `whole-body`    the whole body, when no container stood out: the text sits in the body
 *                     itself, or the best container held a caption (navigation and other
 *                     furniture are still left out by the block reader). On the corpus this
 *                     beat taking every paragraph-holding element (headings, figures and
 *                     formulas were lost), and no page fell back that far on news pages.
 */

export type ArticleStage = 'profile' | 'article-body' | 'opening-post' | 'continued-thread' | 'scored' | 'scored-relaxed' | 'whole-body' | 'none';

export interface ArticleContent {
	/** The body's top-level nodes in document order. */
	nodes: Element[];
	stage: ArticleStage;
	warnings: string[];
}

/** What the comment finder learned of the forum thread a page shows. */
export interface ForumThread {
	/** The post that opens the thread, when this page shows it and the finder set it apart. */
	openingPost: Pick<OpeningPost, 'text' | 'marked'> | null;
	/** Page 2 or later of the thread: every post on it is a reply, and the opening post is on the first page. */
	continued: boolean;
}

const NO_FORUM_THREAD: ForumThread = {openingPost: null, continued: false};

/**
 * A body shorter than this is suspicious: the scored stage retries without skipping, and
 * `itemprop=articleBody` is only trusted above it. Readability's `charThreshold` default.
 * Lengths here are `proseLength`s: CJK characters count double, so the thresholds say the same
 * amount of text in every script.
 */
export const MIN_ARTICLE_CHARS = 500;
/**
 * Below this the scored stages found a caption or a teaser, not an article, and the whole body
 * is tried instead. About two sentences.
 */
const WHOLE_BODY_TRIGGER_CHARS = 140;

/**
 * @param measure how much article text nodes would yield (the length of their blocks' text):
 * a stage whose nodes yield nothing (all furniture) is passed over. Stages are compared by
 * their raw text, as in Readability, which keeps the furniture filter from steering the choice.
 * @param forum the forum thread the comment finder found, if any.
 */
export function findArticleContent($: CheerioAPI, rules: ArticleRules | undefined, measure: (nodes: readonly Element[]) => number, forum: ForumThread = NO_FORUM_THREAD): ArticleContent {
	const {openingPost} = forum;
	const warnings: string[] = [];
	const usable = (nodes: readonly Element[]): number => (nodes.length > 0 && measure(nodes) > 0 ? proseLength(textOf(nodes)) : 0);
	const body = ($('body')[0] ?? $.root().children().first()[0]) as Element | undefined;
	if (!body || !isElement(body)) return {nodes: [], stage: 'none', warnings};

	if (rules?.body) {
		const nodes = $(rules.body).toArray().filter(isElement);
		if (rules.remove && nodes.length > 0) {
			for (const el of $(rules.remove.join(',')).toArray()) if (nodes.some((node) => contains(node, el) && node !== el)) removeNode(el);
		}
		const outer = nodes.filter((node) => !nodes.some((other) => other !== node && contains(other, node)));
		if (measure(outer) > 0) return {nodes: outer, stage: 'profile', warnings};
		warnings.push(`profile body selector "${rules.body}" matched no text; fell back to generic rules`);
	}

	// Later pages of a forum thread hold replies only, now comments; what is left is the board's
	// furniture ("Who is online", "It is currently …"), which changes on every visit and is not
	// the article. The thread's first page holds it.
	if (forum.continued) return {nodes: [], stage: 'continued-thread', warnings};

	// A forum's markup named its opening post: that post is what the page is about.
	if (openingPost?.marked && usable([openingPost.text]) > 0) return {nodes: [openingPost.text], stage: 'opening-post', warnings};

	const articleBody = largest(ARTICLE_BODY_SELECTORS.flatMap((selector) => $(selector).toArray().filter(isElement)));
	if (articleBody && usable([articleBody]) >= MIN_ARTICLE_CHARS) return {nodes: [articleBody], stage: 'article-body', warnings};

	const measures = measureText(body);
	const strict = scoreContent(body, measures, {skipUnlikely: true});
	const strictLength = usable(strict);
	let best: ArticleContent = {nodes: strict, stage: 'scored', warnings};
	let bestLength = strictLength;
	// No article stood out, and the page is a forum thread: however short, its opening post is
	// what the page is about (the relaxed pass would pick the longer sidebar lists).
	if (strictLength < MIN_ARTICLE_CHARS && openingPost && usable([openingPost.text]) > 0) return {nodes: [openingPost.text], stage: 'opening-post', warnings};
	if (strictLength < MIN_ARTICLE_CHARS) {
		const relaxed = scoreContent(body, measures, {skipUnlikely: false, scoreSections: true});
		const relaxedLength = usable(relaxed);
		if (relaxedLength > bestLength) {
			best = {nodes: relaxed, stage: 'scored-relaxed', warnings};
			bestLength = relaxedLength;
		}
	}
	if (bestLength >= WHOLE_BODY_TRIGGER_CHARS) return best;
	if (usable([body]) > bestLength) return {nodes: [body], stage: 'whole-body', warnings};
	return bestLength > 0 ? best : {nodes: [], stage: 'none', warnings};
}

function largest(nodes: readonly Element[]): Element | null {
	let best: Element | null = null;
	let bestLength = 0;
	for (const node of nodes) {
		const length = textLength(node);
		if (length > bestLength) {
			best = node;
			bestLength = length;
		}
	}
	return best;
}
