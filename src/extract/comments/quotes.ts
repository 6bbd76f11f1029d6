import type {CheerioAPI} from 'cheerio';
import type {Element} from 'domhandler';
import type {CommentQuote} from '../../snapshot/schema.js';
import {contains, previousElement, removeNode} from '../document/dom.js';
import {anyMatches, selectWithin} from '../document/fast-select.js';
import {collapseWhitespace, textOf} from '../document/text.js';
import type {QuoteRule} from '../profiles/types.js';

/**
 * Quotes in a comment: the words a reply quotes from another post, taken out of its own text.
 *
 * A `<blockquote>` is a quote wherever it is (its `<cite>` names the source), and each platform
 * lists its own quote boxes in its rule set (`CommentRules.quotes`). Only the outermost box is a
 * quote: a quote of a quote is the outer quote's text, as the page shows it inside the outer box.
 */

/** The generic quote: any `<blockquote>`, its `<cite>` naming whom it quotes. */
export const GENERIC_QUOTE: QuoteRule = {box: 'blockquote', attribution: 'cite'};

/**
 * Attributes in which forum software writes the quoted poster's name on the box: XenForo's
 * `data-quote`, Discourse's `data-username`, Invision's `data-ipsquote-username`, XenForo 1's
 * `data-author`. A name there is exact, so it outranks the attribution line's words.
 */
const QUOTED_NAME_ATTRIBUTES = ['data-quote', 'data-username', 'data-ipsquote-username', 'data-author'] as const;

/** Longer attribution "names" are sentences (a `<cite>` of a book title with its blurb), not a poster. */
const MAX_QUOTED_NAME_CHARS = 60;

/** "Ann said:", "Ann wrote: ↑ 05 Sep 2018", "Ann schrieb:", "On 1/2/20 at 10:00, Ann said:". */
const SAID_LINE = /^(.+?)[\s,]+(?:said|says|wrote|writes|schrieb|sagte|hat geschrieben|a écrit|escribió|ha scritto|schreef)\b/i;
/** "Quote from: Ann on March 2, 2020", "Zitat von Ann", "Quote (Ann @ 2 Mar 2020)": the name after the label. */
const QUOTE_FROM_LINE = /^(?:quote|zitat|citation|cita|citazione)\s*(?:from|von|de|di|\()?\s*:?\s*(.+?)(?:\s+(?:on|am|le|el|il|@)\s.*)?$/i;
/** vBulletin's "Originally Posted by Ann", German "Ursprünglich geschrieben von Ann". */
const POSTED_BY_LINE = /^(?:originally\s+)?(?:posted|geschrieben|veröffentlicht)\s+(?:by|von)\s*:?\s*(.+)$/i;
/** A label that names nobody ("Quote:", "Zitat:"), as vBulletin prints atop the box. */
const QUOTE_LABEL = /^(?:quote|zitat|citation|cita|citazione)\s*:/i;
/** An attribution line that is the label alone. */
const LABEL_ONLY = /^(?:quote|zitat|citation|cita|citazione)\s*:?$/i;

/**
 * Take the quote boxes out of a comment's text element (a clone: it is changed) and return
 * what they quote, in order. Nothing is taken when the comment would be left without words:
 * a comment that is only a quote keeps it as its text.
 */
export function takeQuotes($: CheerioAPI, root: Element, rules: readonly QuoteRule[]): CommentQuote[] {
	const boxes = outermostBoxes($, root, rules);
	if (boxes.length === 0) return [];
	const taken = boxes.map(({box, rule}) => ({box, attribution: attributionOf($, box, rule)}));
	const leaves = new Set<Element>(taken.flatMap(({box, attribution}) => (attribution && !contains(box, attribution) ? [box, attribution] : [box])));
	if (!textOf(root, (el) => leaves.has(el))) return [];
	const quotes = taken.map(({box, attribution}) => ({author: quotedName(box, attribution), text: quoteText(box, attribution)}));
	for (const el of leaves) removeNode(el);
	return quotes.filter((quote) => quote.text !== '');
}

function outermostBoxes($: CheerioAPI, root: Element, rules: readonly QuoteRule[]): {box: Element; rule: QuoteRule}[] {
	// One query for all the rules walks the comment once, and gives the boxes in the page's order.
	const found = selectWithin($, root, rules.map((rule) => rule.box).join(', ')).filter((box) => box !== root);
	// In page order a box's inner boxes follow it before anything outside it: one pass keeps the outermost.
	const boxes: Element[] = [];
	for (const box of found) if (!boxes.length || !contains(boxes[boxes.length - 1] as Element, box)) boxes.push(box);
	// A platform's rule (listed after the generic one) knows its box's attribution line best.
	return boxes.map((box) => ({box, rule: rules.findLast((rule) => anyMatches($, [box], rule.box)) as QuoteRule}));
}

/** The attribution line inside the box (not inside a quote it quotes), else the element right before it. */
function attributionOf($: CheerioAPI, box: Element, rule: QuoteRule): Element | null {
	if (!rule.attribution) return null;
	const inside = selectWithin($, box, rule.attribution)[0];
	if (inside) return inside;
	const before = previousElement(box);
	return before && anyMatches($, [before], rule.attribution) ? before : null;
}

function quotedName(box: Element, attribution: Element | null): string | null {
	for (const name of QUOTED_NAME_ATTRIBUTES) {
		const value = box.attribs[name]?.trim();
		if (value) return value;
	}
	// HTML's cite attribute is the source's address; some boards write the poster's name there instead.
	const cite = box.attribs.cite?.trim();
	if (cite && !/[/:.#?]/.test(cite)) return cite;
	return attribution ? nameFromLine(collapseWhitespace(textOf(attribution))) : null;
}

/** The quoted poster's name in an attribution line, or null when the line names nobody. */
export function nameFromLine(line: string): string | null {
	const said = SAID_LINE.exec(line)?.[1];
	const posted = POSTED_BY_LINE.exec(line)?.[1];
	const from = QUOTE_FROM_LINE.exec(line)?.[1];
	if (LABEL_ONLY.test(line)) return null;
	let name = said ?? posted ?? from ?? line;
	// Invision writes the date first ("On 1/2/2020 at 10:00 AM, Ann said:"), IPB 3 after the name ("Ann, on 18 July 2011 - 07:07, said:").
	if (/^on\s/i.test(name)) name = name.slice(name.lastIndexOf(',') + 1);
	name = name.replace(/,\s*(?:on|am|le|el|il)\s.*$/i, '');
	name = name.replace(/^[\s—–-]+|[\s:,↑]+$/gu, '').replace(/\)$/, '');
	return name && name.length <= MAX_QUOTED_NAME_CHARS ? name : null;
}

/** The box's words without its attribution line, or the "Quote:" label a board prints atop it. */
function quoteText(box: Element, attribution: Element | null): string {
	return textOf(box, (el) => el === attribution).replace(QUOTE_LABEL, '').trim();
}
