import type {AnyNode, Element} from 'domhandler';
import {isBoilerplateElement, isPictureBox, roleTokens, withoutWidgetAreas} from './boilerplate.js';
import {classTokensOf, contains, hasToken, isElement, rememberedByTokens, tagName, walkElements} from '../document/dom.js';
import {textOf} from '../document/text.js';
import {measureCollapsed, trimmedLength} from '../document/text-measure.js';
import {BLOCK_TAGS, CHROME_TAGS, MAYBE_CANDIDATE_TOKENS, NEGATIVE_TOKENS, POSITIVE_TOKENS, UNLIKELY_CANDIDATE_TOKENS} from '../document/selectors.js';

/**
 * Readability's content scoring, on a read-only tree: every run of paragraph text scores
 * its container and, with decreasing weight, the container's ancestors; the best-scoring
 * container (adjusted for class names and link density) is the article, joined by siblings
 * that score close to it.
 */

/** Runs of text shorter than this are captions, buttons and labels, not paragraphs (Readability's value). */
const MIN_PARAGRAPH_CHARS = 25;
/** Each 100 characters of a paragraph add a point, capped at this many (Readability's value). */
const MAX_LENGTH_POINTS = 3;
/** How many ancestors a paragraph's score reaches (Readability's value). */
const MAX_ANCESTOR_LEVELS = 5;
/** Class/id evidence is worth about as much as one long paragraph of prose either way (Readability's value). */
const CLASS_WEIGHT = 25;
/** Siblings scoring above this share of the winner's score join the article (Readability's value). */
const SIBLING_SCORE_SHARE = 0.2;
/** ...and at least this much, so a tiny winner does not pull in every scrap next to it (Readability's value). */
const MIN_SIBLING_SCORE = 10;
/** Unscored sibling paragraphs join when at least this long and nearly link-free (Readability's values). */
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_PARAGRAPH_MAX_LINK_DENSITY = 0.25;
/** Candidates within this share of the winner count as "also good" when looking for a common ancestor. */
const ALTERNATIVE_SHARE = 0.75;
/** This many good alternatives under one ancestor mean the article is that ancestor (Readability's value). */
const MIN_ALTERNATIVES_FOR_ANCESTOR = 3;

/**
 * With `scoreSections`, sections score their parent with all the text inside them, as in
 * Readability: a page split into `<section>`s of short items (a landing page's feature list)
 * then scores its outer container rather than its one longest paragraph. Not on the first pass:
 * a section holding the article would also lift its page wrapper and the wrapper's neighbours.
 */
const WHOLE_TEXT_SCORED = new Set(['section']);
/** Scored text containers: their paragraphs score their parent; other elements score themselves. */
const PARAGRAPH_LIKE = new Set(['p', 'pre', 'td', 'li', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);
const TAG_WEIGHTS: Record<string, number> = {
	div: 5, article: 5, pre: 3, td: 3, blockquote: 3,
	address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
	h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
const NEVER_UNLIKELY = new Set(['body', 'html', 'article', 'main']);

export interface ScoreOptions {
	/** Skip subtrees whose class/id looks like page furniture (first pass); off for the relaxed retry. */
	skipUnlikely: boolean;
	/** Score each `<section>` by its whole text, for its parent (the relaxed retry). */
	scoreSections?: boolean;
}

interface TextStats {
	/** Characters of the subtree's text nodes, each whitespace-collapsed and trimmed. */
	length: number;
	linkLength: number;
	commas: number;
	/** What the subtree adds to a run of paragraph text around it: its non-blank text nodes, collapsed, untrimmed. */
	inlineLength: number;
	inlineCommas: number;
	/** Holds a block element at some depth. */
	hasBlock: boolean;
	/**
	 * The points of each paragraph-long run of inline text directly inside the element, in order
	 * (see `measure`): they depend on the subtree alone, so both scoring passes read
	 * them instead of measuring every element's text children again.
	 */
	runPoints: readonly number[];
}

/** Most elements hold no paragraph-long run: they share this list. */
const NO_RUNS: readonly number[] = [];

/** Every element's text facts, from one bottom-up walk of a tree that does not change while they are used. */
export type TextMeasures = ReadonlyMap<Element, TextStats>;

/**
 * The text facts of `root` and every element inside it, for `scoreContent`: measured once for
 * both scoring passes, and read by every element's paragraph runs instead of walking each
 * inline child's subtree again at every level it sits under.
 */
export function measureText(root: Element): TextMeasures {
	const stats = new Map<Element, TextStats>();
	measure(root, stats, false);
	return stats;
}

/** The article's top-level nodes in document order, or an empty list when nothing scored. */
export function scoreContent(root: Element, stats: TextMeasures, options: ScoreOptions): Element[] {
	const scores = new Map<Element, number>();
	const own = new Map<Element, number>();

	const visit = (el: Element): void => {
		if (options.skipUnlikely && isUnlikely(el)) return;
		const scored = PARAGRAPH_LIKE.has(tagName(el)) || isParagraphDiv(el, stats) ? el.parent : el;
		for (const points of stats.get(el)?.runPoints ?? NO_RUNS) addScore(scored, points, scores, own);
		const whole = options.scoreSections && WHOLE_TEXT_SCORED.has(tagName(el)) ? stats.get(el) : undefined;
		if (whole && whole.length >= MIN_PARAGRAPH_CHARS) addScore(el.parent, textPoints(whole.length, whole.commas), scores, own);
		for (const child of el.children) if (isElement(child)) visit(child);
	};
	visit(root);

	let top: Element | null = null;
	let topScore = 0;
	const adjusted = new Map<Element, number>();
	for (const [el, score] of scores) {
		const s = stats.get(el);
		const density = s && s.length > 0 ? s.linkLength / s.length : 0;
		const value = score * (1 - density);
		adjusted.set(el, value);
		if (value > topScore) {
			top = el;
			topScore = value;
		}
	}
	// The body winning means no container stood out: the pass failed (the caller retries).
	if (!top || tagName(top) === 'body' || tagName(top) === 'html') return [];
	const winner = promoteToCommonAncestor(top, topScore, adjusted);
	top = storyInsidePageWrapper(climbWhileParentsScore(winner, adjusted), scores, adjusted, stats);
	top = ancestorHoldingTheRest(top, own.get(winner) ?? 0, own);
	top = wrapperOfRepeatedParts(top, stats);
	return withPartsInOtherBoxes(top, withSiblings(top, adjusted.get(top) ?? topScore, adjusted, stats), stats);
}

/** Commas are a cheap sign of prose: one point each, as in Readability; length adds up to `MAX_LENGTH_POINTS`. */
function textPoints(length: number, commas: number): number {
	return 1 + commas + Math.min(Math.floor(length / 100), MAX_LENGTH_POINTS);
}

/** Adds a text run's points to its container and ancestors; `own` keeps the container's points alone. */
function addScore(start: AnyNode | null, points: number, scores: Map<Element, number>, own: Map<Element, number>): void {
	let node = start;
	if (node && isElement(node)) own.set(node, (own.get(node) ?? 0) + points);
	for (let level = 0; node && isElement(node) && level < MAX_ANCESTOR_LEVELS; level++) {
		if (!scores.has(node)) scores.set(node, initialScore(node));
		const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
		scores.set(node, (scores.get(node) ?? 0) + points / divider);
		if (tagName(node) === 'body') break;
		node = node.parent;
	}
}

function initialScore(el: Element): number {
	let score = TAG_WEIGHTS[tagName(el)] ?? 0;
	const tokens = weighedTokens(el);
	if (hasToken(tokens, NEGATIVE_TOKENS)) score -= CLASS_WEIGHT;
	if (hasToken(tokens, POSITIVE_TOKENS)) score += CLASS_WEIGHT;
	return score;
}

/**
 * An id that is a word and a number (`content_930` on the story's column beside `content_931` on
 * the sidebar's, `post-4725376`) numbers a template's slots or a database's rows: its word is
 * the same on every box of the kind and says nothing of what this one holds, so only the class
 * words weigh. A named id (`content`, `article-body`) still does.
 */
const NUMBERED_ID = /^[a-z]+[-_]\d+$/i;

function weighedTokens(el: Element): readonly string[] {
	const {id} = el.attribs;
	return id && NUMBERED_ID.test(id) ? classTokensOf(el) : roleTokens(el);
}

/** Whether an element looks like page furniture by its tag or class/id. */
export function isUnlikely(el: Element): boolean {
	const tag = tagName(el);
	if (NEVER_UNLIKELY.has(tag)) return false;
	if ((CHROME_TAGS as readonly string[]).includes(tag) || tag === 'header') return true;
	const tokens = roleTokens(el);
	return tokens.length > 0 && hasUnlikelyToken(tokens);
}

const hasUnlikelyToken = rememberedByTokens((classTokens) => {
	const tokens = withoutWidgetAreas(classTokens);
	return hasToken(tokens, UNLIKELY_CANDIDATE_TOKENS) && !hasToken(tokens, MAYBE_CANDIDATE_TOKENS);
});

/**
 * A `<div>` holding only inline content, mostly not linked, is a paragraph written without `<p>`
 * (Readability turns these into `<p>`): its text scores its parent, and it joins the article as
 * a paragraph would. A linked one is a tag line or a link list and stays a candidate of its own.
 */
function isParagraphDiv(el: Element, stats: TextMeasures): boolean {
	if (tagName(el) !== 'div') return false;
	const s = stats.get(el);
	return !!s && !s.hasBlock && s.length > 0 && s.linkLength / s.length < SIBLING_PARAGRAPH_MAX_LINK_DENSITY;
}

/**
 * Text facts of every element, bottom-up in one pass; each text node is scanned once.
 *
 * An element's paragraph runs are the runs of inline text directly inside it, split by its
 * block children and by `<br><br>` (so bare-text articles like PhoneArena's score like `<p>`s);
 * each paragraph-long one scores the element's container. Loops, not closures or run objects:
 * this runs for every element of the page.
 */
function measure(el: Element, stats: Map<Element, TextStats>, inLink: boolean): TextStats {
	const own: TextStats = {length: 0, linkLength: 0, commas: 0, inlineLength: 0, inlineCommas: 0, hasBlock: false, runPoints: NO_RUNS};
	const linked = inLink || tagName(el) === 'a';
	let runPoints: number[] | undefined;
	let runLength = 0;
	let runCommas = 0;
	let lastWasBr = false;
	for (const child of el.children) {
		if (child.type === 'text') {
			const data = (child as unknown as {data: string}).data;
			const text = measureCollapsed(data, false);
			if (text.blank) continue;
			const length = trimmedLength(data, text.length);
			own.length += length;
			own.commas += text.commas;
			own.inlineLength += text.length;
			own.inlineCommas += text.commas;
			if (linked) own.linkLength += length;
			lastWasBr = false;
			runLength += text.length;
			runCommas += text.commas;
		} else if (isElement(child)) {
			const sub = measure(child, stats, linked);
			own.length += sub.length;
			own.linkLength += sub.linkLength;
			own.commas += sub.commas;
			own.inlineLength += sub.inlineLength;
			own.inlineCommas += sub.inlineCommas;
			const tag = tagName(child);
			const block = sub.hasBlock || BLOCK_TAGS.has(tag);
			own.hasBlock ||= block;
			const isBr = tag === 'br';
			const endsRun = isBr ? lastWasBr : block;
			if (endsRun) {
				if (runLength >= MIN_PARAGRAPH_CHARS) (runPoints ??= []).push(textPoints(runLength, runCommas));
				runLength = 0;
				runCommas = 0;
			}
			lastWasBr = isBr;
			if (isBr || endsRun) continue;
			runLength += sub.inlineLength;
			runCommas += sub.inlineCommas;
		}
	}
	if (runLength >= MIN_PARAGRAPH_CHARS) (runPoints ??= []).push(textPoints(runLength, runCommas));
	if (runPoints) own.runPoints = runPoints;
	stats.set(el, own);
	return own;
}

/** When several strong candidates share an ancestor, the article is that ancestor (split-up bodies). */
function promoteToCommonAncestor(top: Element, topScore: number, scores: Map<Element, number>): Element {
	const alternatives = [...scores].filter(([el, score]) => el !== top && score >= topScore * ALTERNATIVE_SHARE).map(([el]) => el);
	if (alternatives.length < MIN_ALTERNATIVES_FOR_ANCESTOR) return top;
	for (let ancestor = top.parent; ancestor && isElement(ancestor) && tagName(ancestor) !== 'body'; ancestor = ancestor.parent) {
		const under = alternatives.filter((el) => isAncestor(ancestor, el)).length;
		if (under >= MIN_ALTERNATIVES_FOR_ANCESTOR) return ancestor;
	}
	return top;
}

/** A parent scoring below this share of its child is not part of the article (Readability's value). */
const PARENT_SCORE_FLOOR_SHARE = 1 / 3;

/**
 * Readability's climb: walk up while ancestors keep a fair share of the score; an ancestor
 * scoring higher than the node below it holds more of the article (text split into sections).
 * A node that is its parent's only child is replaced by the parent.
 */
function climbWhileParentsScore(top: Element, scores: Map<Element, number>): Element {
	let best = top;
	let lastScore = scores.get(top) ?? 0;
	const floor = lastScore * PARENT_SCORE_FLOOR_SHARE;
	for (let parent = top.parent; parent && isElement(parent) && tagName(parent) !== 'body'; parent = parent.parent) {
		const score = scores.get(parent);
		if (score === undefined) continue;
		if (score < floor) break;
		if (score > lastScore) {
			best = parent;
			break;
		}
		lastScore = score;
	}
	while (best.parent && isElement(best.parent) && tagName(best.parent) !== 'body' && best.parent.children.filter(isElement).length === 1) best = best.parent;
	return best;
}

/** How far above the chosen container an ancestor may hold the rest of its text (a wrapper or two). */
const MAX_REST_LEVELS = 3;

/**
 * A post whose author pasted part of it inside a nested `<div>` (a quoted newsletter, an embed
 * wrapper left open) scores that div highest: its paragraphs' points all land on it, while the
 * ones around it are split between the div's wrappers and the post's own container. When an
 * ancestor a few levels up holds paragraphs of its own scoring about as much as the winner's
 * (`ALTERNATIVE_SHARE`), the winner is one part of the text and the article is that ancestor.
 * Page wrappers hold blocks, not paragraphs, so the rule does not climb past the post.
 */
function ancestorHoldingTheRest(top: Element, winnerOwn: number, own: Map<Element, number>): Element {
	if (winnerOwn <= 0) return top;
	let ancestor = top.parent;
	for (let level = 0; level < MAX_REST_LEVELS && ancestor && isElement(ancestor) && tagName(ancestor) !== 'body'; level++) {
		if ((own.get(ancestor) ?? 0) >= winnerOwn * ALTERNATIVE_SHARE) return ancestor;
		ancestor = ancestor.parent;
	}
	return top;
}

/**
 * An article interrupted by ads is often written as a run of same-class wrappers
 * (`div.story-body-supplemental` × 2, each holding one part): when the winner's parent is one of
 * them and another holds prose, the article is the wrapper with its same-class siblings.
 */
function wrapperOfRepeatedParts(top: Element, stats: TextMeasures): Element {
	const parent = top.parent;
	if (!parent || !isElement(parent) || tagName(parent) === 'body' || !parent.attribs.class) return top;
	const grandparent = parent.parent;
	if (!grandparent || !isElement(grandparent)) return top;
	const repeated = grandparent.children.some((other) => other !== parent && isElement(other) && other.attribs.class === parent.attribs.class && isProse(stats.get(other)));
	return repeated ? parent : top;
}

/** How far above the winner the parts of an article split into layout boxes meet: the part, its column, the box's row. */
const MAX_PART_LEVELS = 3;

/**
 * An article that a full-width ad splits, where each part keeps a layout box of its own (a grid
 * row holding the part's column and an ad rail, rows whose spacing classes differ), carries the
 * same class on every part container at the same depth under the article, though nothing
 * between them repeats (Ars Technica's `div.post-content` × 2, each in its own row, an ad slot
 * between the rows). Such a part joins `nodes` (the winner and its siblings, in document order)
 * when its box and the winner's are split by furniture only (`splitByFurniture`): boxes that
 * follow each other with nothing between are the page's own sections, which the sibling rules
 * already judge (a Medium post's closing "Originally published at …" section). The nearest
 * ancestor holding such a part wins, and never the page's body: one story's parts meet inside
 * its own box.
 */
function withPartsInOtherBoxes(top: Element, nodes: readonly Element[], stats: TextMeasures): Element[] {
	const partClass = top.attribs.class;
	if (!partClass) return [...nodes];
	let ancestor = top.parent?.parent;
	for (let depth = 2; depth <= MAX_PART_LEVELS && ancestor && isElement(ancestor) && tagName(ancestor) !== 'body'; depth++) {
		const box = ancestor;
		const parts = elementsAtDepth(box, depth).filter((el) => el !== top && el.attribs.class === partClass && isProse(stats.get(el)) && !isBoilerplateElement(el) && splitByFurniture(box, top, el, stats));
		if (parts.length > 0) {
			const kept = new Set([...nodes, ...parts]);
			const ordered: Element[] = [];
			walkElements(box, (el) => (kept.has(el) ? (ordered.push(el), false) : true));
			return ordered;
		}
		ancestor = ancestor.parent;
	}
	return [...nodes];
}

/**
 * Whether the children of `box` between the one holding `a` and the one holding `b` are all
 * furniture (empty slots an ad script fills, ad or other boilerplate boxes), and there is one.
 */
function splitByFurniture(box: Element, a: Element, b: Element, stats: TextMeasures): boolean {
	const children = box.children.filter(isElement);
	const from = children.findIndex((child) => contains(child, a));
	const to = children.findIndex((child) => contains(child, b));
	const between = children.slice(Math.min(from, to) + 1, Math.max(from, to));
	return between.length > 0 && between.every((child) => (stats.get(child)?.length ?? 0) === 0 || isBoilerplateElement(child));
}

/** The elements exactly `depth` levels under `root`, in document order. */
function elementsAtDepth(root: Element, depth: number): Element[] {
	const level = root.children.filter(isElement);
	return depth <= 1 ? level : level.flatMap((child) => elementsAtDepth(child, depth - 1));
}

/** Text outside the story that is more than this share links is menus, link lists and teaser rails. */
const WRAPPER_MIN_LINK_SHARE = 0.5;

/**
 * A page wrapper whose class says "content" (`div#page`, `div.main`) may win on its class weight
 * alone: a short story's one paragraph gives its own box a few points and the wrapper, levels up,
 * only a diluted share, which the wrapper's bonus outweighs (and the climb, finding the wrapper
 * above a weaker box between, goes up to it). When the winner's class weighs more than the best
 * candidate's inside it though that candidate got more points from text, and the winner's other
 * text is mostly links (the site's menus, breadcrumb, "latest articles" rail), the winner adds no
 * story to the candidate: the story is the candidate. A long article's winner scores its
 * paragraphs itself, and a wrapper around more prose than the candidate's is not mostly links.
 * Runs before the climbs that widen the story on purpose (the rest of a post, repeated parts).
 */
function storyInsidePageWrapper(top: Element, scores: ReadonlyMap<Element, number>, adjusted: ReadonlyMap<Element, number>, stats: TextMeasures): Element {
	let story: Element | null = null;
	let storyScore = 0;
	for (const [el, score] of adjusted) {
		if (score > storyScore && isAncestor(top, el)) {
			story = el;
			storyScore = score;
		}
	}
	if (!story) return top;
	// Won on its class: its class word weighs more than the story's, though the story's text gave the story more points.
	const fromText = (el: Element): number => (scores.get(el) ?? 0) - initialScore(el);
	if (initialScore(top) <= initialScore(story) || fromText(top) >= fromText(story)) return top;
	const wrapper = stats.get(top);
	const inner = stats.get(story);
	if (!wrapper || !inner) return top;
	const restLength = wrapper.length - inner.length;
	const restLinks = wrapper.linkLength - inner.linkLength;
	return restLength > 0 && restLinks / restLength > WRAPPER_MIN_LINK_SHARE ? story : top;
}

function isAncestor(ancestor: AnyNode, node: AnyNode): boolean {
	for (let current = node.parent; current; current = current.parent) if (current === ancestor) return true;
	return false;
}

function withSiblings(top: Element, topScore: number, scores: Map<Element, number>, stats: TextMeasures): Element[] {
	const parent = top.parent;
	if (!parent || !isElement(parent)) return [top];
	const threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SCORE_SHARE);
	const nodes: Element[] = [];
	for (const sibling of parent.children) {
		if (!isElement(sibling)) continue;
		if (sibling === top) {
			nodes.push(sibling);
			continue;
		}
		if (isUnlikely(sibling) || isBoilerplateElement(sibling)) continue;
		const sameClass = isSamePart(top, sibling, stats.get(sibling));
		const bonus = sameClass ? topScore * SIBLING_SCORE_SHARE : 0;
		const score = scores.get(sibling);
		// A same-class part of the article whose paragraphs nest too deep for their score to reach it,
		// or which is a picture of the article (a list item that is an image and its credit).
		const unscoredPart = score === undefined && sameClass && (isProse(stats.get(sibling)) || holdsMedia(sibling));
		if (unscoredPart || (score ?? -Infinity) + bonus >= threshold) {
			nodes.push(sibling);
			continue;
		}
		if ((tagName(sibling) === 'p' || isParagraphDiv(sibling, stats)) && (isProse(stats.get(sibling)) || isShortSentence(sibling, stats.get(sibling)))) nodes.push(sibling);
	}
	return withPicturesBetween(parent, nodes);
}

/**
 * `nodes` with the picture boxes that sit between two of them: a story's picture set between
 * its parts (a wire story's photo between the dateline and the text) is the article's, though
 * it scores nothing and its box may be called a "related photo".
 */
function withPicturesBetween(parent: Element, nodes: readonly Element[]): Element[] {
	const first = nodes[0];
	const last = nodes.at(-1);
	if (!first || first === last) return [...nodes];
	const kept = new Set(nodes);
	const joined: Element[] = [];
	let between = false;
	for (const sibling of parent.children) {
		if (!isElement(sibling)) continue;
		if (kept.has(sibling)) {
			joined.push(sibling);
			between = sibling !== last;
		} else if (between && isPictureBox(sibling) && !isBoilerplateElement(sibling)) joined.push(sibling);
	}
	return joined;
}

/**
 * Whether a sibling is another part of the same component as the winner: the same class
 * attribute (Readability's rule), or the same first class with other modifiers, as BEM and
 * OOCSS write them (`item item--text` beside `item item--image`). A shared first class alone is
 * weaker evidence (grids share `row`), so such a sibling must also be mostly unlinked: a row
 * of teaser links is not a part of the article.
 */
function isSamePart(top: Element, sibling: Element, s: TextStats | undefined): boolean {
	const topClass = top.attribs.class ?? '';
	const siblingClass = sibling.attribs.class ?? '';
	if (topClass === '' || siblingClass === '') return false;
	if (siblingClass === topClass) return true;
	const base = firstClass(topClass);
	if (base !== firstClass(siblingClass)) return false;
	return !s || s.length === 0 || s.linkLength / s.length < SIBLING_PARAGRAPH_MAX_LINK_DENSITY;
}

function firstClass(classes: string): string {
	return classes.trim().split(/\s+/, 1)[0] ?? '';
}

const MEDIA_TAGS = new Set(['img', 'picture', 'video', 'figure']);

/** Whether an element holds a picture, a video or a figure anywhere inside. */
export function holdsMedia(el: Element): boolean {
	let found = false;
	walkElements(el, (child) => {
		if (MEDIA_TAGS.has(tagName(child))) found = true;
		return !found;
	});
	return found;
}

/** A full stop: Latin ones are followed by a space or the end, CJK ones need no space. */
const FULL_STOP = /\.(?: |$)|[。！？]/u;

/** A short unlinked paragraph that ends a sentence ("That is all.") joins too (Readability's rule). */
function isShortSentence(el: Element, s: TextStats | undefined): boolean {
	if (!s || s.length === 0 || s.length >= SIBLING_PARAGRAPH_CHARS || s.linkLength > 0) return false;
	return FULL_STOP.test(textOf(el));
}

/** Paragraph-long and nearly link-free. */
function isProse(s: TextStats | undefined): boolean {
	if (!s || s.length < SIBLING_PARAGRAPH_CHARS) return false;
	return s.linkLength / s.length < SIBLING_PARAGRAPH_MAX_LINK_DENSITY;
}
