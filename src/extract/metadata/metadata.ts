import type {CheerioAPI} from 'cheerio';
import type {Element} from 'domhandler';
import type {Author} from '../../snapshot/schema.js';
import {isoOffsetZone, parseDateTime} from '../document/dates.js';
import type {DateContext} from '../document/dates.js';
import {contains, hasBlockDescendant, hasToken, isElement, isWithinHidden, selectInPrecedence, tokensOf, walkElements} from '../document/dom.js';
import {selectAll, selectWithin} from '../document/fast-select.js';
import {decodedOnceMore, ldString, ldStrings, ldTypes, resolveLdRef} from '../document/json-ld.js';
import type {JsonLd, LdNode} from '../document/json-ld.js';
import type {ArticleRules} from '../profiles/types.js';
import {DECK_SELECTOR, DEK_TOKENS, META_KEYS, MODIFIED_SELECTORS, PUBLISHED_SELECTORS, SUBTITLE_SELECTORS, TAG_SELECTORS, UNMARKED_TIME_SELECTORS} from '../document/selectors.js';
import {domAuthors, firstDomAuthor, headlineAuthorLink, ldAuthors, looksLikeUrl, metaAuthors, namesEditor, namesPublisher, namesSite, withBylineProfile, withoutSiteSuffix, withTaggedArchive} from './authors.js';
import {cleanTitle, documentTitle, domTitle, holdsTitle, ldTitle, singleH1, titleHeadings, titleSuffixParts, titlesAnotherThing, withoutNameAfterHeadline, withoutPageMarker, withoutSiteName} from './titles.js';
import {collapseWhitespace, textOf, wordCount} from '../document/text.js';
import {domDate, exactInstant, headlineDateLine, headlineDateWriter, headlineTime, labelledPublishedDate, postDatedSentence, profileDate, sameDayOrNull} from './date-stamps.js';
import {labelledTagRow} from './tag-row.js';
import {dateFromUrl, documentAddress, isSiteDefaultPicture, resolveImageUrl, resolveUrl} from '../document/urls.js';

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
	const titleElement = selectAll($, 'title')[0];
	const rawDocumentTitle = (titleElement && collapseWhitespace($.text([titleElement]))) || null;
	const templateTitle = firstOf(meta, META_KEYS.templateTitle);
	const metaTitle = firstOf(meta, META_KEYS.title) ?? (templateTitle && !titlesAnotherThing($, templateTitle, rawDocumentTitle) ? templateTitle : null);
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
		() => ldDeck(ld, singleH1($)),
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
	// The writer's profile link: the byline's, else the archive link beside the headline.
	const authors = withTaggedArchive(withBylineProfile(named, () => [...domByline(), ...headlineAuthorLink($, baseUrl)]), meta, baseUrl);

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

	const canonicalHref = selectAll($, 'link[rel~="canonical" i]')[0]?.attribs.href ?? firstOf(meta, META_KEYS.url) ?? ldString(ld?.url) ?? ldString(ld?.mainEntityOfPage, 'url');
	const canonicalUrl = resolveUrl(canonicalHref, baseUrl);
	const pageAddresses = new Set([input.pageUrl, canonicalUrl].flatMap((url) => (url ? [documentAddress(url)] : [])));

	const ldSections = ldStrings(ld?.articleSection);
	const section = first([
		() => profileText($, rules?.section),
		ldSections.length === 1 ? (ldSections[0] ?? null) : null,
		firstOf(meta, META_KEYS.section),
		() => breadcrumbSection($, jsonLd, title, siteName, pageAddresses, baseUrl),
	]);

	const tags = dedupe(
		firstNonEmpty([
			() => (rules?.tags ? allTexts($, rules.tags) : []),
			ldStrings(ld?.keywords),
			META_KEYS.tags.flatMap((key) => meta.get(key) ?? []).flatMap((value) => value.split(',')).map((s) => s.trim()).filter(Boolean),
			ldSections.length > 1 ? ldSections : [],
			() => allTexts($, TAG_SELECTORS.join(',')),
			() => labelledTagRow($),
		]),
	);

	// A site's default share picture stands for no story: the body's first picture is the lead then.
	const storyPicture = (url: string | null): string | null => (url && !isSiteDefaultPicture(url) ? url : null);
	const image = first([
		() => (rules?.image ? resolveImageUrl(attrOrText($, rules.image, ['content', 'src', 'data-src', 'href']), baseUrl) : null),
		storyPicture(resolveImageUrl(ldString(resolveLdRef(ld?.image, jsonLd.nodes), 'url') ?? ldString(ld?.thumbnailUrl), baseUrl)),
		storyPicture(resolveImageUrl(firstOf(meta, META_KEYS.image), baseUrl)),
	]);

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
		canonicalUrl,
		siteName,
	};
}

/**
 * Every `<meta>` value by lower-cased name/property/http-equiv (multi-valued: `article:tag`).
 * RDFa allows several space-separated properties on one tag (`og:title twitter:title`).
 * Under one key, values declared with `property` (RDFa, where OpenGraph and Dublin Core are
 * defined) come before values declared with `name`, whatever the document order: a page that
 * writes both means the property one (Readability reads them the same way).
 *
 * A tag with no `content` is read from its `value` attribute: Postlight's Mercury parser moves
 * every tag's `content` to `value` (and `property` to `name`) before it reads a page, so the
 * pages it saves (its test fixtures, archives made with it) hold their title, dates, tags and
 * picture there; a few CMSs write `value` themselves. A tag with both keeps `content`.
 */
export function readMetaTags($: CheerioAPI): Map<string, string[]> {
	const byProperty = new Map<string, string[]>();
	const byName = new Map<string, string[]>();
	for (const el of selectAll($, 'meta')) {
		const {property} = el.attribs;
		const value = collapseWhitespace(decodedOnceMore(el.attribs.content ?? el.attribs.value ?? ''));
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

/**
 * JSON-LD `alternativeHeadline` as the deck, unless it is the headline the page shows: a site
 * that keeps the short headline written for search in `headline` puts the h1's long one in
 * `alternativeHeadline`, and a subtitle repeating the headline in other words is no subtitle.
 */
function ldDeck(ld: LdNode | null, h1: string | null): string | null {
	const alternative = ldString(ld?.alternativeHeadline);
	return alternative && alternative.toLowerCase() !== h1?.toLowerCase() ? alternative : null;
}

function allTexts($: CheerioAPI, selector: string): string[] {
	return selectAll($, selector)
		.map((el) => textOf(el))
		.filter(Boolean);
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

/**
 * The deepest breadcrumb that is neither the home page nor the article itself. The home page's
 * crumb reads "Home", or the site's own name ("20 Percent Berlin › #500: …"): the site, not a
 * section of it. The article's crumb names the story, but not always in the words of the title
 * read (the long headline where the title is the short one); the crumb linking to the page
 * itself (`pageAddresses`: its URL and canonical) is the article whatever it says.
 */
function breadcrumbSection($: CheerioAPI, jsonLd: JsonLd, title: string | null, siteName: string | null, pageAddresses: ReadonlySet<string>, baseUrl: string): string | null {
	const names: string[] = [];
	const list = jsonLd.nodes.find((node) => ldTypes(node).includes('BreadcrumbList'));
	if (list && Array.isArray(list.itemListElement)) {
		for (const item of list.itemListElement as unknown[]) {
			const crumb = item as LdNode | null;
			const name = ldString(crumb?.name) ?? ldString(crumb?.item);
			const url = resolveUrl(ldString(crumb?.item, 'url') ?? ldString(crumb?.url, 'url'), baseUrl);
			if (name && !(url && pageAddresses.has(documentAddress(url)))) names.push(name);
		}
	}
	if (names.length === 0) {
		for (const el of selectAll($, '[itemtype$="BreadcrumbList"] [itemprop~="itemListElement"] [itemprop~="name"]')) {
			const text = textOf(el);
			if (text) names.push(text);
		}
	}
	const site = siteName?.toLowerCase();
	const useful = names.filter((name) => !/^(home|start|startseite|accueil|inicio)$/i.test(name) && name.toLowerCase() !== site && name !== title && !looksLikeUrl(name));
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
