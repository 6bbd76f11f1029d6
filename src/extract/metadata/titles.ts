import type {CheerioAPI} from 'cheerio';
import type {Element} from 'domhandler';
import {ldString} from '../document/json-ld.js';
import type {LdNode} from '../document/json-ld.js';
import {withinTags} from '../document/dom.js';
import {selectAll, selectWithin} from '../document/fast-select.js';
import {collapseWhitespace, textOf} from '../document/text.js';

/** Choosing the article title among the page's candidates. */

/** Whether an h1 is the article's headline: its text and the title hold one another (a kicker or a site name may stand beside either). */
export function holdsTitle(h1: Element | undefined, title: string): boolean {
	const headline = h1 ? collapseWhitespace(textOf(h1)).toLowerCase() : '';
	const wanted = collapseWhitespace(title).toLowerCase();
	return !!headline && (wanted.includes(headline) || headline.includes(wanted));
}

/** The first h1 that holds the title. */
export function titleH1($: CheerioAPI, title: string): Element | undefined {
	return selectAll($, 'h1').find((h1) => holdsTitle(h1, title));
}

export function singleH1($: CheerioAPI): string | null {
	const h1s = selectAll($, 'h1');
	if (h1s.length === 1 && h1s[0]) return textOf(h1s[0]) || null;
	const inArticle = selectAll($, 'article h1')[0];
	return inArticle ? textOf(inArticle) || null : null;
}

/**
 * JSON-LD `headline`, or `name` when only that one is confirmed by the page's other titles
 * (Wikipedia's `headline` is a one-line description, its `name` the article title).
 */
export function ldTitle(ld: LdNode | null, references: readonly (string | null)[]): string | null {
	const headline = ldString(ld?.headline);
	const name = ldString(ld?.name);
	const confirmed = (value: string | null): boolean => !!value && references.some((ref) => !!ref && ref.toLowerCase().includes(value.toLowerCase()));
	if (headline && !confirmed(headline) && confirmed(name)) return name;
	return headline ?? name;
}

/** The page's own title: the `<title>` text, or the h1 when it is the `<title>` minus decoration. */
export function domTitle(h1: string | null, documentTitle: string | null): string | null {
	if (h1 && documentTitle) return documentTitle.toLowerCase().includes(h1.toLowerCase()) ? h1 : documentTitle;
	return documentTitle ?? h1;
}

const TITLE_SEPARATOR = /\s+[-|–—:»·]\s+/;

/**
 * A separator before a trailing name ("Story | The Kotlin Blog"); not a colon, which sets a
 * headline's second half as often ("Review: the phone that folds").
 */
const SUFFIX_SEPARATOR = /^\s+[-|–—»·]\s+/;
/** The longest trailing part read as a name: a blog's, a section's or the site's, never a second headline. */
const MAX_SUFFIX_NAME_CHARS = 40;

/**
 * The page's headline where a title is it plus a name after a separator the site's name does not
 * match ("Story | The Kotlin Blog" on "The JetBrains Blog", over an h1 "Story"): the name is the
 * blog's or section's, the h1 the headline. A trailing part longer than the headline, or than a
 * name, is more headline, and the title stays whole.
 */
export function withoutNameAfterHeadline(title: string | null, h1: string | null): string | null {
	if (!title || !h1 || title.length <= h1.length || title.slice(0, h1.length).toLowerCase() !== h1.toLowerCase()) return title;
	const rest = title.slice(h1.length);
	const separator = SUFFIX_SEPARATOR.exec(rest);
	const name = separator ? rest.slice(separator[0].length).trim() : '';
	return name && name.length <= MAX_SUFFIX_NAME_CHARS && name.length < h1.length ? h1 : title;
}

/**
 * `<title>` minus the site name it usually carries ("Story - PhoneArena"). Without a known
 * site name, the title a page heading repeats whole, else the part one repeats, is the title
 * ("Story - Chapter 1 - Author | Fandom [Site]"); failing that, the longest part. `headings` is read only in that case.
 */
export function documentTitle(title: string | null, siteName: string | null, headings: () => readonly string[] = () => []): string | null {
	if (!title) return null;
	const parts = title.split(TITLE_SEPARATOR);
	if (parts.length < 2) return title;
	if (siteName) {
		const kept = parts.filter((part) => part.toLowerCase() !== siteName.toLowerCase());
		if (kept.length < parts.length) return kept.join(' - ');
	}
	const headingSet = new Set(headings().map((heading) => heading.toLowerCase()));
	// A heading printing the whole title says the separator is the headline's own ("Mailed in applications (adult renewals - PC7)").
	if (headingSet.has(title.toLowerCase())) return title;
	const confirmed = parts.filter((part) => headingSet.has(part.toLowerCase()));
	return longest(confirmed.length > 0 ? confirmed : parts);
}

/**
 * The parts of `<title>` besides the article's title ("Story - Phoronix" → ["Phoronix"]): the
 * site's name, where no meta tag gives it. None when the title is not one of the parts.
 */
export function titleSuffixParts(documentTitle: string | null, title: string | null): string[] {
	if (!documentTitle || !title) return [];
	const parts = documentTitle.split(TITLE_SEPARATOR);
	const titleAt = parts.findIndex((part) => part.toLowerCase() === title.toLowerCase());
	return titleAt === -1 ? [] : parts.filter((_, index) => index !== titleAt);
}

/**
 * Whether a template's meta title (`DC.Title`, `title`) names something other than this page:
 * it shares no word with the page's `<title>`, while that `<title>` is printed as one of the
 * page's h1s (the page's own two titles agree on the headline). A site-wide template fills it
 * with the site's name or a stub left unfinished ("Australian Embassy in "), the same on every
 * page. Not asked of the social titles (`og:title`): an editor sets those for the story.
 */
export function titlesAnotherThing($: CheerioAPI, metaTitle: string, documentTitle: string | null): boolean {
	if (!documentTitle || !titleH1($, documentTitle)) return false;
	const pageWords = new Set(contentWords(documentTitle));
	return !contentWords(metaTitle).some((word) => pageWords.has(word));
}

/**
 * Words shorter than this are articles, prepositions and conjunctions ("in", "of", "a"), which
 * any two titles may share.
 */
const MIN_CONTENT_WORD_CHARS = 3;

function contentWords(text: string): string[] {
	return text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length >= MIN_CONTENT_WORD_CHARS);
}

function longest(values: readonly string[]): string | null {
	return values.reduce<string | null>((a, b) => (a === null || b.length > a.length ? b : a), null);
}

/**
 * Texts of the headings that may confirm a `<title>` part: h1/h2 outside navigation that are
 * not a link to the home page (the site's logo is often an h1 holding its name).
 */
export function titleHeadings($: CheerioAPI): string[] {
	return selectAll($, 'h1, h2')
		.filter((el) => !withinTags(el, NAVIGATION) && !selectWithin($, el, 'a[href]').some((a) => HOME_HREF.test(a.attribs.href ?? '')))
		.map((el) => textOf(el))
		.filter(Boolean);
}

const NAVIGATION: ReadonlySet<string> = new Set(['nav']);

/** A link to a site's root: `/`, `./`, `https://host/`. */
const HOME_HREF = /^(?:\.?\/|(?:https?:)?\/\/[^/?#]+\/?)$/i;

/**
 * The page marker a multi-page article appends to each page's title ("… (1/2)", "…（2/3）"):
 * the article's title is the same on every page, so the marker is not part of it.
 */
const PAGE_MARKER = /\s*[(（]\s*(\d{1,2})\s*[/／]\s*(\d{1,2})\s*[)）]$/;

export function cleanTitle(title: string | null): string | null {
	return title ? withoutPageMarker(collapseWhitespace(title)) || null : null;
}

/** A title or summary without the page marker a multi-page article appends to it on each page. */
export function withoutPageMarker(text: string): string {
	const marker = PAGE_MARKER.exec(text);
	const isPageMarker = marker !== null && Number(marker[1]) >= 1 && Number(marker[1]) <= Number(marker[2]);
	return isPageMarker ? text.slice(0, marker.index) : text;
}

/** A title with the site's name as its first or last part removed ("TechCrunch | Story" → "Story"). */
export function withoutSiteName(title: string | null, siteName: string | null): string | null {
	// Both patterns need a separator, and most titles (JSON-LD headlines, og:title) have none:
	// building two case-insensitive patterns per page was most of this function's time.
	if (!title || !siteName || !TITLE_SEPARATOR.test(title)) return title;
	const name = siteName.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	if (!name) return title;
	const separator = TITLE_SEPARATOR.source;
	const stripped = title.replace(new RegExp(`^\\s*${name}${separator}`, 'i'), '').replace(new RegExp(`${separator}${name}\\s*$`, 'i'), '');
	return stripped.trim() ? stripped : title;
}
