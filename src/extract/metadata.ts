import type {CheerioAPI} from 'cheerio';
import type {Element, ParentNode} from 'domhandler';
import type {Author} from '../snapshot/schema.js';
import {inZoneOfEpoch, isDateLine, isoOffsetZone, isoWallClock, parseCalendarDate, parseDateTime} from './dates.js';
import type {DateContext} from './dates.js';
import {childElements, contains, hasBlockDescendant, hasToken, isElement, isWithinHidden, nextElement, selectInPrecedence, tokensOf, walkElements, withinTags} from './dom.js';
import {selectAll, selectWithin} from './fast-select.js';
import {decodedOnceMore, ldString, ldStrings, ldTypes, resolveLdRef} from './json-ld.js';
import type {JsonLd, LdNode} from './json-ld.js';
import type {ArticleRules} from './profiles/types.js';
import {AUTHOR_ARCHIVE_HREF, DECK_SELECTOR, DEK_TOKENS, FURNITURE_LANDMARK_TAGS, META_KEYS, MODIFIED_SELECTORS, PUBLISHED_SELECTORS, SUBTITLE_SELECTORS, TAG_SELECTORS, UNMARKED_TIME_SELECTORS} from './selectors.js';
import {domAuthors, firstDomAuthor, headlineAuthorLink, ldAuthors, looksLikeUrl, metaAuthors, namesEditor, namesPublisher, namesSite, withBylineProfile, withoutSiteSuffix, withTaggedArchive} from './authors.js';
import {cleanTitle, documentTitle, domTitle, holdsTitle, ldTitle, singleH1, titleH1, titleHeadings, titleSuffixParts, withoutNameAfterHeadline, withoutPageMarker, withoutSiteName} from './titles.js';
import {collapseWhitespace, textLength, textOf, wordCount} from './text.js';
import {isLedeBox} from './lead.js';
import {dateFromUrl, isSiteDefaultPicture, resolveImageUrl, resolveUrl} from './urls.js';

/** What the page says about its article, before the body is read. */
export interface ArticleMetadata {
	title: string | null;
	subtitle: string | null;
	/**
	 * The subtitle when the page states it as one (profile rule, `alternativeHeadline`, a
	 * subtitle element): a body block repeating it is that element. A subtitle read from the
	 * description is not a deck: CMSs copy the lead paragraph into it, which stays body.
	 */
	deck: string | null;
	/** The summary the page states for itself: the deck, else its JSON-LD or meta description. */
	summary: string | null;
	authors: Author[];
	publishedAt: string | null;
	modifiedAt: string | null;
	section: string | null;
	tags: string[];
	image: string | null;
	language: string | null;
	canonicalUrl: string | null;
	siteName: string | null;
}

export interface MetadataInput {
	$: CheerioAPI;
	jsonLd: JsonLd;
	/** Page URL after redirects (for the URL-date fallback). */
	pageUrl: string;
	/** What relative links resolve against. */
	baseUrl: string;
	headers: Readonly<Record<string, string>>;
	rules: ArticleRules | undefined;
	dates: DateContext;
	/** The language the page declares (`pageLanguage`), read once by the caller, which dates by it too. */
	language: string | null;
}

/**
 * Read the article's metadata with a fixed precedence per field (trafilatura's idea):
 * the site profile, then JSON-LD, then OpenGraph/twitter/meta tags, then the DOM, then the URL.
 */
export function readMetadata(input: MetadataInput): ArticleMetadata {
	const {$, jsonLd, rules, baseUrl} = input;
	const meta = readMetaTags($);
	const ld = jsonLd.article;
	const date = (value: string | null | undefined): string | null => (value ? (parseDateTime(value, input.dates)?.iso ?? null) : null);

	const siteName = firstOf(meta, META_KEYS.siteName) ?? ldPublisherName(ld);
	const metaTitle = firstOf(meta, META_KEYS.title);
	const titleElement = selectAll($, 'title')[0];
	const rawDocumentTitle = (titleElement && collapseWhitespace($.text([titleElement]))) || null;
	const headline = ldTitle(ld, [rawDocumentTitle, metaTitle, ...selectAll($, 'h1').map((el) => textOf(el))]);
	// A headline that carries the site's name is the SEO plugin's `<title>` template ("Story |
	// Site"), which may shorten the headline the page sets: the tags come first then.
	const seoHeadline = headline !== null && withoutSiteName(headline, siteName) !== headline;
	const title = cleanTitle(
		withoutNameAfterHeadline(
			withoutSiteName(first([
				() => profileText($, rules?.title),
				seoHeadline ? null : headline,
				metaTitle,
				headline,
				() => domTitle(singleH1($), documentTitle(rawDocumentTitle, siteName, () => titleHeadings($))),
			]), siteName),
			singleH1($),
		),
	);

	const deck = first([
		() => profileText($, rules?.subtitle),
		ldString(ld?.alternativeHeadline),
		() => domText($, SUBTITLE_SELECTORS) ?? headlineDeck($, title) ?? headerDek($, title),
	]);
	// The line the reader sees under the headline, before the description written for search
	// engines. Not a deck: unmarked, it may as well be the story's opening line, so it stays body.
	// Each page of a multi-page article carries its page marker in the description as in the title.
	const ldDescription = ldString(ld?.description);
	const pageDescription = first([
		() => printedDescription($, [ldDescription, ...META_KEYS.description.map((key) => meta.get(key)?.[0])]),
		ldDescription,
		firstOf(meta, META_KEYS.description),
	]);
	const description = pageDescription && !describesSite(pageDescription, [siteName, ...titleSuffixParts(rawDocumentTitle, title)]) ? pageDescription : null;
	const summary = first([deck, description && (withoutPageMarker(description) || null)]);
	const subtitle = first([deck, () => headlineBoxLine($, title, input.dates), summary]);

	// A meta author naming the publisher yields to the byline the page shows; with no byline
	// it is still the page's only answer.
	const tagged = metaAuthors(meta).filter((author) => !namesEditor(author.name, meta));
	const publishers = tagged.filter((author) => namesPublisher(author.name, meta));
	// The byline is read once: as an answer of its own, and for the profile link of a writer named elsewhere.
	let byline: Author[] | undefined;
	const domByline = (): Author[] => (byline ??= firstDomAuthor($, baseUrl));
	const named = firstNonEmpty([
		() => (rules?.authors ? domAuthors($, rules.authors, baseUrl) : []),
		ldAuthors(ld?.author, jsonLd.nodes, baseUrl),
		tagged.filter((author) => !publishers.includes(author)),
		() => domByline().map((author) => withoutSiteSuffix(author, siteName)).filter((author) => !namesSite(author, siteName)),
		() => headlineAuthorLink($, baseUrl),
		() => headlineDateWriter($, title),
		publishers,
		// `creator` is any CreativeWork's maker: pages fill it with an account handle or the
		// publishing tool more often than with the byline the page shows, so it comes last.
		() => ldAuthors(ld?.creator, jsonLd.nodes, baseUrl),
	]);
	const authors = withTaggedArchive(withBylineProfile(named, domByline), meta, baseUrl);

	const modifiedAt = first([
		() => date(profileDate($, rules?.modified, input.dates)),
		date(ldString(ld?.dateModified)),
		date(firstOf(meta, META_KEYS.modified)),
		() => date(domDate($, MODIFIED_SELECTORS, input.dates)),
	]);
	// A printed stamp gives a wall clock; the zone is the one the page's stated times name
	// (its modified time), as a page prints its times in one zone.
	const printedStamp = (stamp: string | null): string | null => {
		const pageZone = modifiedAt ? isoOffsetZone(modifiedAt) : null;
		return stamp ? (parseDateTime(stamp, pageZone ? {...input.dates, timeZone: input.dates.timeZone ?? pageZone} : input.dates)?.iso ?? null) : null;
	};
	const urlDate = dateFromUrl(input.pageUrl);
	const printedPublished = (): string | null =>
		printedStamp(labelledPublishedDate($)) ?? printedStamp(headlineDateLine($, title, input.dates, authors)) ?? printedStamp(postDatedSentence($));
	const domPublished = (): string | null => domDate($, PUBLISHED_SELECTORS, input.dates) ?? headlineTime($, title) ?? domDate($, UNMARKED_TIME_SELECTORS, input.dates);
	const publishedAt = first([
		() => date(profileDate($, rules?.published, input.dates)),
		date(ldString(ld?.datePublished) ?? ldString(ld?.dateCreated)),
		() => date(exactInstant(firstOf(meta, META_KEYS.published), domPublished)),
		() => date(domPublished()),
		() => urlDate && sameDayOrNull(printedPublished(), urlDate),
		date(meta.get(PARSELY_PAGE_PUBLISHED)?.[0] ?? null),
		date(urlDate),
		printedPublished,
	]);

	const ldSections = ldStrings(ld?.articleSection);
	const section = first([
		() => profileText($, rules?.section),
		ldSections.length === 1 ? (ldSections[0] ?? null) : null,
		firstOf(meta, META_KEYS.section),
		() => breadcrumbSection($, jsonLd, title),
	]);

	const tags = dedupe(
		firstNonEmpty([
			() => (rules?.tags ? allTexts($, rules.tags) : []),
			ldStrings(ld?.keywords),
			META_KEYS.tags.flatMap((key) => meta.get(key) ?? []).flatMap((value) => value.split(',')).map((s) => s.trim()).filter(Boolean),
			ldSections.length > 1 ? ldSections : [],
			() => allTexts($, TAG_SELECTORS.join(',')),
		]),
	);

	// A site's default share picture stands for no story: the body's first picture is the lead then.
	const storyPicture = (url: string | null): string | null => (url && !isSiteDefaultPicture(url) ? url : null);
	const image = first([
		() => (rules?.image ? resolveImageUrl(attrOrText($, rules.image, ['content', 'src', 'data-src', 'href']), baseUrl) : null),
		storyPicture(resolveImageUrl(ldString(resolveLdRef(ld?.image, jsonLd.nodes), 'url') ?? ldString(ld?.thumbnailUrl), baseUrl)),
		storyPicture(resolveImageUrl(firstOf(meta, META_KEYS.image), baseUrl)),
	]);

	const canonicalHref = selectAll($, 'link[rel~="canonical" i]')[0]?.attribs.href ?? firstOf(meta, META_KEYS.url) ?? ldString(ld?.url) ?? ldString(ld?.mainEntityOfPage, 'url');

	return {
		title,
		subtitle: subtitle && subtitle !== title ? subtitle : null,
		deck: deck && deck !== title ? deck : null,
		summary: summary && summary !== title ? summary : null,
		authors,
		publishedAt,
		modifiedAt,
		section,
		tags,
		image,
		language: input.language,
		canonicalUrl: resolveUrl(canonicalHref, baseUrl),
		siteName,
	};
}

/**
 * Every `<meta>` value by lower-cased name/property/http-equiv (multi-valued: `article:tag`).
 * RDFa allows several space-separated properties on one tag (`og:title twitter:title`).
 * Under one key, values declared with `property` (RDFa, where OpenGraph and Dublin Core are
 * defined) come before values declared with `name`, whatever the document order: a page that
 * writes both means the property one (Readability reads them the same way).
 */
export function readMetaTags($: CheerioAPI): Map<string, string[]> {
	const byProperty = new Map<string, string[]>();
	const byName = new Map<string, string[]>();
	for (const el of selectAll($, 'meta')) {
		const {property} = el.attribs;
		const value = collapseWhitespace(decodedOnceMore(el.attribs.content ?? ''));
		if (!value) continue;
		const keys = (property ?? el.attribs.name ?? el.attribs['http-equiv'] ?? '').trim().toLowerCase().split(/\s+/);
		const target = property === undefined ? byName : byProperty;
		for (const key of keys) if (key) appendTo(target, key, value);
	}
	for (const [key, values] of byName) for (const value of values) appendTo(byProperty, key, value);
	for (const [key, value] of parselyPageFields(byProperty.get('parsely-page')?.[0])) if (!byProperty.has(key)) appendTo(byProperty, key, value);
	return byProperty;
}

/**
 * Parse.ly's older tag writes the page's facts as one JSON object (`<meta name="parsely-page"
 * content='{"author": "Jane Roe", "pub_date": "2014-12-25T16:57:37Z", …}'>`), where its newer tags
 * write one meta each: the writer under the newer tag's name (`parsely-author`), when the page
 * does not write that, and the publication instant under `PARSELY_PAGE_PUBLISHED`.
 */
function parselyPageFields(json: string | undefined): [string, string][] {
	if (!json) return [];
	let page: unknown;
	try {
		page = JSON.parse(json);
	} catch {
		return [];
	}
	if (typeof page !== 'object' || page === null) return [];
	const {author, authors, pub_date: published} = page as Record<string, unknown>;
	const writers = (Array.isArray(authors) ? authors : [author]).filter((name): name is string => typeof name === 'string' && name.trim() !== '');
	const fields = writers.map((name): [string, string] => ['parsely-author', collapseWhitespace(name)]);
	if (typeof published === 'string' && published.trim()) fields.push([PARSELY_PAGE_PUBLISHED, published.trim()]);
	return fields;
}

/**
 * The meta-map key of the publication instant in Parse.ly's JSON tag. Analytics data, not a tag
 * the page writes for readers, so it is read after the dates the page shows (a `<time>`, a
 * printed date line), which give the instant in the zone the page prints it in.
 */
const PARSELY_PAGE_PUBLISHED = 'parsely-page:pub_date';

function appendTo(map: Map<string, string[]>, key: string, value: string): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function firstOf(meta: Map<string, string[]>, keys: readonly string[]): string | null {
	for (const key of keys) {
		const value = meta.get(key)?.[0];
		if (value) return value;
	}
	return null;
}

/**
 * A candidate value, or a function reading it from the DOM: those run only when every source
 * before them came up empty (most pages answer from JSON-LD or meta tags, and the DOM queries
 * were a large share of extraction time).
 */
type Candidate<T> = T | (() => T);

function valueOf<T>(candidate: Candidate<T>): T {
	return typeof candidate === 'function' ? (candidate as () => T)() : candidate;
}

function first<T extends string>(candidates: readonly Candidate<T | null | undefined>[]): T | null {
	for (const candidate of candidates) {
		const value = valueOf(candidate);
		if (value !== null && value !== undefined && value !== '') return value;
	}
	return null;
}

function firstNonEmpty<T>(candidates: readonly Candidate<T[]>[]): T[] {
	for (const candidate of candidates) {
		const list = valueOf(candidate);
		if (list.length > 0) return list;
	}
	return [];
}

function dedupe(values: readonly string[]): string[] {
	const seen = new Set<string>();
	return values.filter((value) => {
		const key = value.toLowerCase();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

function profileText($: CheerioAPI, selector: string | undefined): string | null {
	return selector ? domText($, [selector]) : null;
}

function domText($: CheerioAPI, selectors: readonly string[]): string | null {
	for (const el of selectInPrecedence($, selectors)) {
		const text = textOf(el);
		if (text) return text;
	}
	return null;
}

/** The deck under the h1 that holds the title (not the tagline under a site-name h1). */
function headlineDeck($: CheerioAPI, title: string | null): string | null {
	if (!title) return null;
	for (const el of selectAll($, DECK_SELECTOR)) {
		// A hidden copy of the headline and summary (`<div style="display:none"><h1>…</h1><h2>…</h2>`,
		// left for share scrapers) is no deck the reader sees: its summary is the story's first paragraph.
		if (isWithinHidden(el)) continue;
		const text = textOf(el);
		if (text && holdsTitle($(el).prev('h1')[0], title)) return text;
	}
	return null;
}

/**
 * The one short line that shares the headline's own box with the h1 that holds the title
 * (`<div><h1>…</h1><div>The upgrade is spreading…</div></div>`). A box with more in it is the
 * article itself, whose first paragraph is no subtitle.
 */
function headlineBoxLine($: CheerioAPI, title: string | null, dates: DateContext): string | null {
	if (!title) return null;
	for (const h1 of selectAll($, 'h1')) {
		const box = h1.parent?.children.filter((child): child is Element => isElement(child)) ?? [];
		const beside = box.length === 2 && box[0] === h1 ? box[1] : undefined;
		if (beside && holdsTitle(h1, title) && isSubtitleLine($, beside, dates)) return textOf(beside);
	}
	return null;
}

/**
 * A page may write two descriptions: one for search engines (JSON-LD, `description`) and one for
 * share cards (`og:description`). The one it also prints as a line of an article `<header>`
 * (`header.article-header > p`, unmarked) is the dek the reader sees, so it leads; with none
 * printed, JSON-LD then the meta tags answer as before. Only one description: nothing to choose.
 */
function printedDescription($: CheerioAPI, candidates: readonly (string | null | undefined)[]): string | null {
	const distinct = dedupe(candidates.filter((text): text is string => Boolean(text)).map((text) => collapseWhitespace(text)));
	if (distinct.length < 2) return null;
	const headerLines = new Set(selectAll($, 'header p').map((el) => textOf(el)));
	return distinct.find((text) => headerLines.has(text)) ?? null;
}

/**
 * The deck a page marks with a `dek` class word inside the `<header>` that holds the h1 of the
 * title (`header.content-header` > … > `p.content-header__dek`). Only there: teaser cards call
 * their summaries `…__dek` too.
 */
function headerDek($: CheerioAPI, title: string | null): string | null {
	if (!title) return null;
	for (const h1 of selectAll($, 'h1')) {
		const header = $(h1).closest('header')[0];
		if (!isElement(header) || !holdsTitle(h1, title)) continue;
		let dek: string | null = null;
		walkElements(header, (el) => {
			if (dek !== null) return false;
			if (!hasToken(tokensOf(el), DEK_TOKENS) || contains(el, h1)) return undefined;
			dek = textOf(el) || null;
			return false;
		});
		if (dek) return dek;
	}
	return null;
}

/** Subtitle lengths: a phrase or a sentence or two, not a paragraph of the story. */
const MIN_SUBTITLE_WORDS = 4;
const MAX_SUBTITLE_CHARS = 300;
const SUBTITLE_LINE_TAGS = new Set(['p', 'div', 'h2', 'h3', 'span']);

/** One short line of prose: no blocks, pictures or times inside, and no date: not a byline row or a date stamp. */
function isSubtitleLine($: CheerioAPI, el: Element, dates: DateContext): boolean {
	if (!SUBTITLE_LINE_TAGS.has(el.name) || hasBlockDescendant(el) || selectWithin($, el, 'time').length > 0) return false;
	const text = textOf(el);
	return text.length <= MAX_SUBTITLE_CHARS && wordCount(text) >= MIN_SUBTITLE_WORDS && parseDateTime(text, dates) === null;
}

function allTexts($: CheerioAPI, selector: string): string[] {
	return selectAll($, selector)
		.map((el) => textOf(el))
		.filter(Boolean);
}

/**
 * The exact instant of a meta published time, checked against the article's own `<time datetime>`.
 * A meta time written without a zone ("2017-01-09T05:00:00") is a wall clock in a zone the page
 * does not name; a `<time>` that names its zone for the same day ("2017-01-09T10:00:00Z") is the
 * instant. A meta time in UTC that shows the very wall clock the `<time>` shows in another zone
 * ("…T20:00:00Z" beside "…T20:00:00+09:00") is the local clock stamped "Z" by a formatter that
 * took it for UTC: two true instants an offset apart never read the same clock, and the `<time>`
 * agrees with the time the reader sees printed, so it is read instead.
 */
function exactInstant(metaTime: string | null, domTime: () => string | null): string | null {
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
function labelledPublishedDate($: CheerioAPI): string | null {
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
function postDatedSentence($: CheerioAPI): string | null {
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
function headlineTime($: CheerioAPI, title: string | null): string | null {
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
function headlineDateLine($: CheerioAPI, title: string | null, dates: DateContext, writers: readonly Author[]): string | null {
	// The writers' patterns are made once: every element of every head box is read with them.
	const named = namedWriterPatterns(writers);
	return headlineHeadRead($, title, (box) => dateLineIn(box, dates, named));
}

/**
 * The writer a date line in the headline's head credits in plain words, with no link or class
 * to mark the name: "11.09.2011, 16:20 von jovelblogger", "March 3rd, 2010 by admin" (the
 * `<small>` old blog themes print under the post title). For pages that name their writer
 * nowhere else.
 */
function headlineDateWriter($: CheerioAPI, title: string | null): Author[] {
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
		return parseDateTime(text, dates)?.relative === false ? (epochZoned(el, text, dates) ?? text) : null;
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
function sameDayOrNull(stamp: string | null, urlDay: string): string | null {
	if (!stamp || parseCalendarDate(stamp) !== urlDay) return null;
	return isoWallClock(stamp)?.utc === false ? stamp : null;
}

/** What a site's tagline says of it after its name ("Phoronix is the leading technology website for …"). */
const SITE_TAGLINE_VERB = /^(?:is|are|was|has been)(?!\p{L})/iu;

/**
 * A description whose subject is the site ("Phoronix is the leading technology website for
 * Linux hardware reviews…"): the home page's tagline, set on every page, not the story's
 * summary. `names` are the site's names: its meta name and the other parts of `<title>`.
 */
function describesSite(description: string, names: readonly (string | null)[]): boolean {
	const lower = description.toLowerCase();
	return names.some((name) => !!name && lower.startsWith(name.toLowerCase()) && SITE_TAGLINE_VERB.test(description.slice(name.length).trim()));
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
function domDate($: CheerioAPI, selectors: readonly string[], dates: DateContext): string | null {
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

function profileDate($: CheerioAPI, selector: string | undefined, dates: DateContext): string | null {
	return selector ? domDate($, [selector], dates) : null;
}

/** The date an element encodes: machine attributes first, then its text. */
export function dateValueOf(el: Element): string | null {
	const {attribs} = el;
	return attribs.datetime?.trim() || attribs.content?.trim() || attribs['data-datetime']?.trim() || attribs.title?.trim() || textOf(el) || null;
}

function attrOrText($: CheerioAPI, selector: string, attributes: readonly string[]): string | null {
	const el = selectAll($, selector)[0];
	if (!el) return null;
	for (const name of attributes) {
		const value = el.attribs[name];
		if (value) return value;
	}
	const img = selectWithin($, el, 'img')[0];
	if (img) return img.attribs.src ?? img.attribs['data-src'] ?? null;
	return textOf(el) || null;
}

function ldPublisherName(ld: LdNode | null): string | null {
	return ld ? ldString(ld.publisher) : null;
}

/** The deepest breadcrumb that is neither "Home" nor the article itself. */
function breadcrumbSection($: CheerioAPI, jsonLd: JsonLd, title: string | null): string | null {
	const names: string[] = [];
	const list = jsonLd.nodes.find((node) => ldTypes(node).includes('BreadcrumbList'));
	if (list && Array.isArray(list.itemListElement)) {
		for (const item of list.itemListElement as unknown[]) {
			const name = ldString((item as LdNode | null)?.name) ?? ldString((item as LdNode | null)?.item);
			if (name) names.push(name);
		}
	}
	if (names.length === 0) {
		for (const el of selectAll($, '[itemtype$="BreadcrumbList"] [itemprop~="itemListElement"] [itemprop~="name"]')) {
			const text = textOf(el);
			if (text) names.push(text);
		}
	}
	const useful = names.filter((name) => !/^(home|start|startseite|accueil|inicio)$/i.test(name) && name !== title && !looksLikeUrl(name));
	return useful.at(-1) ?? null;
}

/**
 * The language the page declares: `<html lang>`, then the locale metas, the Content-Language
 * header, JSON-LD `inLanguage`. The metas are read only when `<html>` names no language.
 */
export function pageLanguage($: CheerioAPI, headers: MetadataInput['headers'], ld: LdNode | null): string | null {
	return normaliseLanguage(
		first([selectAll($, 'html')[0]?.attribs.lang ?? null, () => firstOf(readMetaTags($), META_KEYS.locale), headers['content-language'] ?? null, ldString(ld?.inLanguage)]),
	);
}

function normaliseLanguage(value: string | null): string | null {
	if (!value) return null;
	const tag = value.split(/[,;]/)[0]?.trim().replace(/_/g, '-');
	return tag && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}
