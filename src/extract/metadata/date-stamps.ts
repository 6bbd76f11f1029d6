/**
 * The dates a page prints or marks for its article, beside the meta tags and JSON-LD that
 * `readMetadata` reads first: the `<time>` by the headline, the date line in the headline's head
 * (and the writer it credits), labelled stamps ("Published …", "Datum:"), the sentence a blog
 * theme closes its post with, and the exact instant behind a meta time or a printed clock.
 * Each gives a date as the page writes it (a text, an attribute's value), or an ISO time where
 * the page's own marks fix the instant; `readMetadata` parses them and sets their precedence.
 */
import type {CheerioAPI} from 'cheerio';
import type {Element, ParentNode} from 'domhandler';
import type {Author} from '../../snapshot/schema.js';
import {inZoneOfEpoch, isDateLine, isoWallClock, parseCalendarDate, parseDateTime} from '../document/dates.js';
import type {DateContext} from '../document/dates.js';
import {childElements, hasToken, isElement, nextElement, previousElement, selectInPrecedence, tokensOf, walkElements, withinTags} from '../document/dom.js';
import {selectAll, selectWithin} from '../document/fast-select.js';
import {AUTHOR_ARCHIVE_HREF, FURNITURE_LANDMARK_TAGS} from '../document/selectors.js';
import {titleH1} from './titles.js';
import {collapseWhitespace, textLength, textOf} from '../document/text.js';
import {isLedeBox} from './lede.js';

/**
 * The exact instant of a meta published time, checked against the article's own `<time datetime>`.
 * A meta time written without a zone ("2017-01-09T05:00:00") is a wall clock in a zone the page
 * does not name; a `<time>` that names its zone for the same day ("2017-01-09T10:00:00Z") is the
 * instant. A meta time in UTC that shows the very wall clock the `<time>` shows in another zone
 * ("…T20:00:00Z" beside "…T20:00:00+09:00") is the local clock stamped "Z" by a formatter that
 * took it for UTC: two true instants an offset apart never read the same clock, and the `<time>`
 * agrees with the time the reader sees printed, so it is read instead.
 */
export function exactInstant(metaTime: string | null, domTime: () => string | null): string | null {
	if (!metaTime || !ISO_DATE_TIME.test(metaTime.trim())) return metaTime;
	// A clock is null for a time that names no zone.
	const metaClock = isoWallClock(metaTime);
	if (metaClock && !metaClock.utc) return metaTime;
	const zoned = domTime();
	const domClock = zoned ? isoWallClock(zoned) : null;
	if (!zoned || !domClock) return metaTime;
	if (!metaClock) return parseCalendarDate(zoned) === parseCalendarDate(metaTime) ? zoned : metaTime;
	return !domClock.utc && domClock.wall === metaClock.wall ? zoned : metaTime;
}

/**
 * Labels that call a date stamp the publication's ("Published 12/10/16", "2019年02月22日
 * 14時30分 公開"), as against "Updated"; the line's other words are those of a date stamp. A
 * bare "Date:" / "Datum:" opening the line is the one date a press release or notice prints
 * under its headline ("<li><span>Datum:</span>26. Januar 2022</li>"), or a label alone in its
 * element without the colon ("<strong class="label">Datum</strong>"); only as the label that
 * opens a text, since "Release date:" names a product's date, not the page's.
 */
const PUBLISHED_LABEL = /(?<!\p{L})(?:published|posted|veröffentlicht)(?!\p{L})|公開|发布|^\s*(?:date|datum)\s*(?::|$)/iu;
/**
 * A publication label that is the whole text of its element ("Datum", "Published:"), the first
 * half of a label and value pair; "Posted by" opens a byline, whatever element follows it.
 */
const LABEL_ALONE = /^\s*(?:date|datum|published|veröffentlicht)\s*:?\s*$/iu;
/** Longer than a labelled date and its time, a line is a sentence that mentions a date. */
const LABELLED_DATE_MAX_CHARS = 60;

/**
 * The first date stamp outside page furniture labelled as the publication: the last source,
 * for pages that print their date as text alone, in no `<time>` and no tag (an author box's
 * "Published 12/10/16", a header's "» 2019年02月22日 14時30分 公開"). Comment threads are
 * removed before metadata is read, so a comment's "Posted on …" is not met.
 */
export function labelledPublishedDate($: CheerioAPI): string | null {
	// The label and the date may be one text or sit in sibling elements.
	return firstDateAfterText($, PUBLISHED_LABEL, dateStampAround);
}

/**
 * `read` of the first element outside page furniture with a text of its own that `lead`
 * matches, for which `read` finds a date.
 */
function firstDateAfterText($: CheerioAPI, lead: RegExp, read: (el: Element) => string | null): string | null {
	const body = selectAll($, 'body')[0];
	if (!body) return null;
	let found: string | null = null;
	walkElements(body, (el) => {
		if (found !== null || FURNITURE_LANDMARK_TAGS.has(el.name)) return false;
		if (!holdsTextMatching(el, lead)) return undefined;
		found = read(el);
		return found === null ? undefined : false;
	});
	return found;
}

/** Whether a text node right inside `el` matches `pattern`. A loop, not a closure per element: this runs for every element of the body. */
function holdsTextMatching(el: Element, pattern: RegExp): boolean {
	for (const child of el.children) if (child.type === 'text' && pattern.test(child.data)) return true;
	return false;
}

/**
 * The smallest element around `el` that is a date stamp; else the element after it, when that
 * is one: the value of a label and value pair in a line that lists other facts too (a press
 * release's "Ort Saarbrücken Datum 28.01.2022", `<strong class="label">Datum</strong> <span
 * class="value">28.01.2022</span>`).
 */
function dateStampAround(el: Element): string | null {
	for (let node: Element | null = el; node && textLength(node) <= LABELLED_DATE_MAX_CHARS; node = isElement(node.parent) ? node.parent : null) {
		const text = textOf(node);
		if (isDateLine(text)) return text;
	}
	const value = LABEL_ALONE.test(textOf(el)) ? nextElement(el) : null;
	if (!value || textLength(value) > LABELLED_DATE_MAX_CHARS) return null;
	const text = textOf(value);
	return isDateLine(text) ? text : null;
}

/**
 * The lead-in of the sentence a blog theme closes its post with, whose subject is the post
 * itself: "This entry was posted on Monday, December 14th, 2015 at 2:48 pm and is filed under …"
 * (WordPress's classic default theme, and the many themes built on it), "Dieser Artikel wurde am
 * 14. Dezember 2015 um 14:48 von … geschrieben" (its German translations), "Cet article a été
 * publié le …". The date after it is the post's own; a sentence about anything else that
 * mentions a date ("The phone was announced on …") has no such subject.
 */
const POST_DATED_LEAD = /(?<!\p{L})(?:this\s+(?:entry|post|article)\s+was\s+(?:(?:posted|published|written)\s+)?on|(?:dieser|dieses)\s+(?:artikel|beitrag|eintrag)\s+wurde\s+am|cet\s+article\s+a\s+été\s+(?:publié|écrit|posté)\s+le)\s+/iu;
/** Words a date and its time take at most after the lead-in ("Monday, December 14th, 2015 at 2:48 pm"). */
const POST_DATE_MAX_WORDS = 8;

/**
 * The date of the first post-dating sentence outside page furniture: the longest run of words
 * after its lead-in that is a date line. Comment threads are removed before metadata is read,
 * so a comment quoting such a sentence is not met.
 */
export function postDatedSentence($: CheerioAPI): string | null {
	return firstDateAfterText($, POST_DATED_LEAD, (el) => {
		const text = textOf(el);
		const lead = POST_DATED_LEAD.exec(text);
		const words = lead ? text.slice(lead.index + lead[0].length).split(/\s+/).slice(0, POST_DATE_MAX_WORDS) : [];
		for (let count = words.length; count > 0; count--) {
			const date = words.slice(0, count).join(' ').replace(/[.,;:]+$/u, '');
			if (isDateLine(date)) return date;
		}
		return null;
	});
}

/**
 * Levels above the headline a `<time>` is looked for: the headline's header, the article head
 * around it. Higher up is the page layout, where a related story's card may be met first.
 */
const HEADLINE_TIME_MAX_LEVELS = 3;

/**
 * The `<time datetime>` nearest the headline that holds the title (`<header><h1/>…<time
 * datetime>`): the article's own date, which the unmarked time selectors may miss for a teaser
 * card's `<article><time>` earlier in the page.
 */
export function headlineTime($: CheerioAPI, title: string | null): string | null {
	if (!title) return null;
	const h1 = titleH1($, title);
	let node = h1?.parent;
	for (let level = 0; isElement(node) && node.name !== 'body' && level < HEADLINE_TIME_MAX_LEVELS; level++, node = node.parent) {
		const time = selectWithin($, node, 'time[datetime]').find((el) => !withinTags(el, FURNITURE_LANDMARK_TAGS));
		if (time) return dateValueOf(time);
	}
	return null;
}

/** Labels that date a stamp as the last change, not the publication. */
const UPDATED_LABEL = /(?<!\p{L})(?:updated|modified|aktualisiert)(?!\p{L})|更新/iu;

/** Levels above the headline its head may reach: the h1's own box, the header around it, the article head around that. */
const HEADLINE_HEAD_MAX_LEVELS = 2;
/** Boxes after the headline, at each level, that may still be its head: a byline, a date, a share bar. */
const HEADLINE_HEAD_MAX_BOXES = 3;
/** Text a head box holds at most (a byline and a date line); longer, it is the story. */
const HEADLINE_HEAD_BOX_MAX_CHARS = 200;

/**
 * The date line printed in the headline's head: in the first boxes after the headline that
 * holds the title, or after the header around it (`<div class="header"><h1/></div><div
 * class="metadata"><p>Written by …</p><p class="date">Feb 05, 2026</p></div>`), empty
 * elements passed over; the story's first box ends the search. The date a page sets with its
 * headline is the publication's, unless it is labelled an update. The last source, for pages
 * that date their article nowhere else.
 */
export function headlineDateLine($: CheerioAPI, title: string | null, dates: DateContext, writers: readonly Author[]): string | null {
	// The writers' patterns are made once: every element of every head box is read with them.
	const named = namedWriterPatterns(writers);
	const read = (box: Element): string | null => dateLineIn(box, dates, named);
	return headlineHeadRead($, title, read) ?? overlineRead($, title, read);
}

/**
 * The first value `read` finds in the boxes set right before the headline in its own box, the
 * nearest first: the date line a page prints over its headline as an overline (`<div
 * class="articleHead"><p class="data">2019年04月21日12時00分</p><h1/><p class="author">…</p>`),
 * for pages that print nothing dated after it. Only short boxes and only in the headline's box:
 * further up, before the article head, are the page's own bars.
 */
function overlineRead($: CheerioAPI, title: string | null, read: (box: Element) => string | null): string | null {
	const h1 = title ? titleH1($, title) : undefined;
	let boxes = 0;
	for (let box = h1 ? previousElement(h1) : null; box && boxes < HEADLINE_HEAD_MAX_BOXES; box = previousElement(box)) {
		const length = textLength(box);
		if (length === 0) continue;
		if (length > HEADLINE_HEAD_BOX_MAX_CHARS || FURNITURE_LANDMARK_TAGS.has(box.name)) return null;
		boxes++;
		const found = read(box);
		if (found !== null) return found;
	}
	return null;
}

/**
 * The writer a date line in the headline's head credits in plain words, with no link or class
 * to mark the name: "11.09.2011, 16:20 von jovelblogger", "March 3rd, 2010 by admin" (the
 * `<small>` old blog themes print under the post title). For pages that name their writer
 * nowhere else.
 */
export function headlineDateWriter($: CheerioAPI, title: string | null): Author[] {
	const name = headlineHeadRead($, title, dateLineWriter);
	return name ? [{name, url: null}] : [];
}

/**
 * The first value `read` finds in the headline's head: the first boxes after the headline that
 * holds the title, or after the header around it, empty elements passed over; the story's
 * first box ends the search.
 */
function headlineHeadRead($: CheerioAPI, title: string | null, read: (box: Element) => string | null): string | null {
	if (!title) return null;
	let node: Element | null = titleH1($, title) ?? headerHeadline($, title);
	for (let level = 0; node && level <= HEADLINE_HEAD_MAX_LEVELS; level++) {
		const head = headBoxesRead(nextElement(node), read, HEADLINE_HEAD_MAX_LEVELS);
		if (head !== undefined) return head;
		const parent: ParentNode | null = node.parent;
		node = isElement(parent) && parent.name !== 'body' ? parent : null;
	}
	return null;
}

/**
 * The first value `read` finds in the head boxes from `first` on, null when the story's first
 * box ends the search, undefined when the boxes run out first (the head may go on a level up).
 * A box of story text may open with the head itself: the container some pages set right after
 * the headline holds the date line first, then the picture and the story (`<h1/><div><p>1.
 * Februar 2022, Jane Doe</p><figure/><div>story…</div></div>`); its opening children are read
 * as head boxes, `depth` containers deep, before the story ends the search.
 */
function headBoxesRead(first: Element | null, read: (box: Element) => string | null, depth: number): string | null | undefined {
	let boxes = 0;
	for (let box = first; box && boxes < HEADLINE_HEAD_MAX_BOXES; box = nextElement(box)) {
		const length = textLength(box);
		if (length === 0) continue;
		// The standfirst the page sets in a marked box under its headline is part of the head: the
		// date line may follow it (`<h1/><div class="teaser">…</div><div class="date">…</div>`).
		if (length > HEADLINE_HEAD_BOX_MAX_CHARS && isLedeBox(box)) continue;
		// A box of story text ends the head: what follows the story (an author box, an aside) dates nothing.
		if (length > HEADLINE_HEAD_BOX_MAX_CHARS) return depth > 0 ? (headBoxesRead(childElements(box)[0] ?? null, read, depth - 1) ?? null) : null;
		boxes++;
		// A landmark of page furniture (an aside's "Posted …" list) is another story's or the site's.
		if (FURNITURE_LANDMARK_TAGS.has(box.name)) continue;
		const found = read(box);
		if (found !== null) return found;
	}
	return undefined;
}

/**
 * A `<header>` whose whole text is the title, on a page that sets no h1 holding it: the
 * headline itself, written in the element that introduces the article (`<article><header>Story
 * title</header><div class="author">…</div>`). A header that holds more (a site banner, a
 * header around an h1) is not.
 */
function headerHeadline($: CheerioAPI, title: string): Element | null {
	const wanted = collapseWhitespace(title).toLowerCase();
	return selectAll($, 'header').find((el) => collapseWhitespace(textOf(el)).toLowerCase() === wanted) ?? null;
}

/** Class words that mark a date as the last change's (`span.updated` beside the shown date). */
const UPDATED_TOKENS = {exact: ['updated', 'modified'], stems: []} as const;

/**
 * The first element of `box`, itself included, whose whole text is a date line of the
 * publication: not labelled or marked an update, and not a relative time ("1h ago"), which
 * moves with every visit and dates nothing.
 */
function dateLineIn(box: Element, dates: DateContext, named: readonly RegExp[]): string | null {
	const isStamp = (el: Element): string | null => {
		const text = withoutNamedWriter(bylineDate(withoutWriterCredit(el)), named);
		if (!isDateLine(text) || UPDATED_LABEL.test(text) || hasToken(tokensOf(el), UPDATED_TOKENS)) return null;
		return parseDateTime(text, dates)?.relative === false ? (tooltipTime(el, text, dates) ?? epochZoned(el, text, dates) ?? text) : null;
	};
	let found = isStamp(box);
	if (found === null) {
		walkElements(box, (el) => {
			if (found !== null || FURNITURE_LANDMARK_TAGS.has(el.name)) return false;
			found = isStamp(el);
			return found === null;
		});
	}
	return found;
}

/** A clock in a date's words ("at 12:50 PM", "14:05"). */
const CLOCK = /\d:\d\d/;

/**
 * The full time a stamp printed as a bare day spells out in its tooltip, on that same day
 * (XenForo 1's "started by Ann, <span class="DateTime" title="Apr 3, 2018 at 12:50 PM">Apr 3,
 * 2018</span>"): the more exact of the two.
 */
function tooltipTime(el: Element, printed: string, dates: DateContext): string | null {
	if (CLOCK.test(printed)) return null;
	const day = parseCalendarDate(printed);
	let found: string | null = null;
	const read = (node: Element): boolean => {
		const title = node.attribs.title?.trim();
		if (title && CLOCK.test(title) && parseDateTime(title, dates)?.relative === false && parseCalendarDate(title) === day) found = title;
		return found === null;
	};
	if (read(el)) walkElements(el, read);
	return found;
}

/**
 * The stamp `el` prints, in the zone an epoch time on the stamp's boxes reveals: the moment a
 * page keeps for its scripts beside the clock it prints without a zone (`<span
 * data-publishtime="1425913200851"><a><span>3/09/15 8:00am</span></a></span>`). The epoch may sit
 * inside `el` (a byline box holding the stamp) or on the small boxes around it.
 */
function epochZoned(el: Element, printed: string, dates: DateContext): string | null {
	let zoned: string | null = null;
	const read = (node: Element): boolean => {
		for (const [name, value] of Object.entries(node.attribs)) {
			if (name.startsWith('data-')) zoned ??= inZoneOfEpoch(printed, value.trim(), dates);
		}
		return zoned === null;
	};
	if (read(el)) walkElements(el, read);
	for (let node = el.parent; zoned === null && isElement(node) && textLength(node) <= LABELLED_DATE_MAX_CHARS; node = node.parent) read(node);
	return zoned;
}

/**
 * The printed stamp when it falls on the day the URL's date names and its zone is known: a URL
 * gives the day only, the stamp the same day with its time and zone ("11:44 am PST"), so it is
 * the more exact of two that agree. A stamp on another day is not taken over the URL (an
 * update, or a date the head cites), nor one read in UTC: a clock printed without a zone
 * ("29. Juni 2017 um 23:39") is read as UTC for want of one, an instant the page never stated.
 */
export function sameDayOrNull(stamp: string | null, urlDay: string): string | null {
	if (!stamp || parseCalendarDate(stamp) !== urlDay) return null;
	return isoWallClock(stamp)?.utc === false ? stamp : null;
}


/**
 * A byline sentence that dates the story after its writer ("Written by Jane Doe in <a>Topic</a>
 * on 1 June 2019 at 08:34 PM EDT. Add A Comment", "By Jane Doe on March 3, 2020"): the date
 * after "on", up to the sentence's end; the writer's name and the links after it date nothing.
 */
const BYLINE_ON_DATE = /^(?:(?:written|posted|published)\s+)?by\s.+?\son\s+(.+?)(?:\.\s+\p{Lu}.*)?$/iu;

/**
 * A date line that credits its writer after the date in plain words ("11.09.2011, 16:20 von
 * jovelblogger", "March 3rd, 2010 by admin"): the date, then a name of a few words without digits.
 */
const DATE_THEN_WRITER = /^(.+?)\s+(?:by|von|par)\s+(\p{L}[^\d|·•]*?)\.?$/iu;
/** Words a name credited after a date has at most ("Jane van der Berg"); more is a sentence. */
const DATE_WRITER_MAX_WORDS = 4;

/** The date a byline sentence gives before or after its writer, or the text itself when it is no such sentence. */
function bylineDate(text: string): string {
	const date = BYLINE_ON_DATE.exec(text)?.[1] ?? dateThenWriter(text)?.date;
	return date !== undefined && isDateLine(date) ? date : text;
}

/** The date and the writer's name of a line that credits its writer after the date, or null for any other line. */
function dateThenWriter(text: string): {date: string; writer: string} | null {
	const match = DATE_THEN_WRITER.exec(text);
	const [date, writer] = [match?.[1], match?.[2]?.trim()];
	if (!date || !writer || writer.split(/\s+/).length > DATE_WRITER_MAX_WORDS || !isDateLine(date)) return null;
	return {date, writer};
}

/** The writer the first element of `box`, itself included, credits after its date line. */
function dateLineWriter(box: Element): string | null {
	const writer = (el: Element): string | null => dateThenWriter(collapseWhitespace(textOf(el)))?.writer ?? null;
	let found = writer(box);
	if (found !== null) return found;
	walkElements(box, (el) => {
		if (found !== null || FURNITURE_LANDMARK_TAGS.has(el.name)) return false;
		found = writer(el);
		return found === null;
	});
	return found;
}

/** The word that credits the writer beside a date ("… 11:44 am PST by <a>Jane Doe</a>", "By <a>Jane Doe</a> on …"). */
const WRITER_CREDIT_WORD = /^(?:by|von|par)(?!\p{L})\s*|(?<!\p{L})(?:by|von|par)$/giu;

/**
 * An element's text without the writer it credits: the link to the writer's archive (or marked
 * `rel=author`) and the "by" before it. A byline that carries the date ("Wednesday January 18,
 * 2017 11:44 am PST by <a href="/author/jane-doe/">Jane Doe</a>") is then the date line it
 * prints; the name is the byline's, which the authors read.
 */
function withoutWriterCredit(el: Element): string {
	let text = textOf(el);
	const writers: Element[] = [];
	walkElements(el, (child) => {
		if (child.name === 'a' && (child.attribs.rel === 'author' || AUTHOR_ARCHIVE_HREF.test(child.attribs.href ?? ''))) writers.push(child);
	});
	if (writers.length === 0) return text;
	for (const writer of writers) text = text.replace(textOf(writer), ' ');
	return collapseWhitespace(text).replace(WRITER_CREDIT_WORD, '').trim();
}

/** What sets a writer's name apart from the date beside it in a byline line: a comma, a bar, a dot, a dash. */
const NAME_SEPARATOR = '[\\s,|·•—–-]*';

/** For each writer the page already names (its meta author, its byline), their name opening or closing a line beside a separator. */
function namedWriterPatterns(writers: readonly Author[]): RegExp[] {
	const patterns: RegExp[] = [];
	for (const {name} of writers) {
		const escaped = collapseWhitespace(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		if (escaped) patterns.push(new RegExp(`^${escaped}${NAME_SEPARATOR}|${NAME_SEPARATOR}${escaped}$`, 'iu'));
	}
	return patterns;
}

/**
 * A line's text without the writer the page already names printed beside the date with a
 * separator only ("1. Februar 2022, Jane Doe", "Jane Doe | 12.03.2021"; `named` from
 * `namedWriterPatterns`): the line is then the date line it prints. Only a name the page gives
 * elsewhere is taken off, so a line of a date and other words stays no date line.
 */
function withoutNamedWriter(text: string, named: readonly RegExp[]): string {
	const line = collapseWhitespace(text);
	let rest = line;
	for (const pattern of named) rest = rest.replace(pattern, '');
	return rest === line ? text : rest;
}

/** An ISO 8601 date with a time of day: a date alone has no zone to miss. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/** A date from the first element with a machine-readable attribute or date text. */
export function domDate($: CheerioAPI, selectors: readonly string[], dates: DateContext): string | null {
	for (const el of selectInPrecedence($, selectors)) {
		if (el.parent === null) continue;
		if (inPageFurniture(el)) continue;
		const value = dateValueOf(el);
		if (value) return epochZoned(el, value, dates) ?? value;
	}
	return null;
}

/**
 * Whether an element sits in page furniture (a nav, an aside, a footer), where a date is another
 * story's or the site's. An article's own footer is not furniture: WordPress's default themes
 * since 2015 set the post's "Posted on <time class="entry-date published">" there
 * (`<article><footer class="entry-footer">`).
 */
function inPageFurniture(el: Element): boolean {
	for (let node: ParentNode | null = el; isElement(node); node = node.parent) {
		const articleFooter = node.name === 'footer' && isElement(node.parent) && node.parent.name === 'article';
		if (FURNITURE_LANDMARK_TAGS.has(node.name) && !articleFooter) return true;
	}
	return false;
}

export function profileDate($: CheerioAPI, selector: string | undefined, dates: DateContext): string | null {
	return selector ? domDate($, [selector], dates) : null;
}

/**
 * The date an element encodes: machine attributes first, then its text. A `<meta>` with no
 * `content` gives its `value`, as the page's head tags do (pages saved by Postlight's parser write
 * `<meta itemprop="datePublished" value="…">`).
 */
function dateValueOf(el: Element): string | null {
	const {attribs} = el;
	const metaValue = el.name === 'meta' ? attribs.value?.trim() : undefined;
	return attribs.datetime?.trim() || attribs.content?.trim() || metaValue || attribs['data-datetime']?.trim() || attribs.title?.trim() || textOf(el) || null;
}
