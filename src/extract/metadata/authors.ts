import type {CheerioAPI} from 'cheerio';
import type {Author} from '../../snapshot/schema.js';
import type {Element} from 'domhandler';
import {isDateLine} from '../document/dates.js';
import {isElement, selectInPrecedence, withinTags} from '../document/dom.js';
import {selectAll, selectWithin} from '../document/fast-select.js';
import {ldString, resolveLdRef} from '../document/json-ld.js';
import type {LdNode} from '../document/json-ld.js';
import {ARTICLE_LD_TYPES, AUTHOR_ARCHIVE_HREF, AUTHOR_NAME_CLASS, AUTHOR_SELECTORS, FURNITURE_LANDMARK_TAGS, META_KEYS, READING_TIME_TAIL} from '../document/selectors.js';
import {collapseWhitespace, textOf} from '../document/text.js';
import {resolveProfileUrl, resolveUrl} from '../document/urls.js';

/** Article authors from JSON-LD, meta tags and bylines in the DOM. */

/** JSON-LD authors: Person/Organization objects, strings, or arrays of either. */
export function ldAuthors(value: unknown, nodes: readonly LdNode[], baseUrl: string): Author[] {
	const list = Array.isArray(value) ? value : value ? [value] : [];
	const authors: Author[] = [];
	for (const entry of list) {
		const item = resolveLdRef(entry, nodes);
		if (typeof item === 'string') {
			const name = ldString(item);
			if (name && !looksLikeUrl(name)) authors.push({name: cleanAuthorName(name), url: null});
			continue;
		}
		if (item && typeof item === 'object') {
			const name = ldString((item as LdNode).name);
			const url = resolveUrl(ldString((item as LdNode).url), baseUrl);
			// The node's link stays with the first name: the account the joint byline was filed under.
			if (name) jointNames(name).forEach((part, index) => authors.push({name: cleanAuthorName(part), url: index === 0 ? url : null}));
		}
	}
	return dedupeAuthors(authors.filter((a) => a.name));
}

/**
 * The people one author node names together: a CMS account for a joint byline is one Person
 * named "Mike Wuerthele and Malcolm Owen". Split at "and"/"&" only where every part is a full
 * name of two words or more, so a company ("Procter & Gamble") or a name written surname first
 * with a comma ("Jong, Michiel de") stays whole.
 */
function jointNames(name: string): string[] {
	const parts = name.split(/\s+(?:and|&)\s+/);
	return parts.length > 1 && parts.every((part) => part.trim().split(/\s+/).length >= JOINT_NAME_MIN_WORDS) ? parts : [name];
}

/** Words a name in a joint byline has at least: a first name and a surname. */
const JOINT_NAME_MIN_WORDS = 2;

/** A part this short is not a person's name: "Mac & i", "AT&T" are one name, not two. */
const MIN_SPLIT_NAME_CHARS = 3;

/** "Ann Lee, Bo Kim and Cy Doe" → three names; a split leaving a fragment keeps the value whole. */
function splitNames(value: string): string[] {
	const parts = value.split(/\s*(?:,|;|\band\b|&)\s*/).filter((part) => part.trim() !== '');
	return parts.some((part) => part.trim().length < MIN_SPLIT_NAME_CHARS) ? [value] : parts;
}

/**
 * Meta-tag authors under the first key that names any. A page that writes one tag per author
 * has already split them: each value is one name, commas included ("Jong, Michiel de").
 */
export function metaAuthors(meta: Map<string, string[]>): Author[] {
	for (const values of [...META_KEYS.author.map((key) => meta.get(key) ?? []), labelledTwitterData(meta, WRITTEN_BY_LABEL)]) {
		const names = values.filter((value) => !looksLikeUrl(value) && !value.startsWith('@'));
		if (names.length > 0) {
			const agents = names.map((value) => corporateName(value) ?? value);
			// An organization's name is one name, "and" included.
			const split = names.length === 1 && !corporateName(names[0] ?? '') ? agents.flatMap(splitNames) : agents;
			return dedupeAuthors(split.map((name) => ({name: cleanAuthorName(name), url: null})).filter((a) => a.name));
		}
	}
	return [];
}

/**
 * The AGLS form of a Dublin Core agent, on Australian government pages: `corporateName=Department
 * of Foreign Affairs and Trade; jurisdiction=…`. The field names an organization.
 */
const AGLS_CORPORATE_NAME = /(?:^|;)\s*corporateName\s*=\s*([^;]+)/i;

/** The organization an AGLS agent value names, or null when the value is not in that form. */
function corporateName(value: string): string | null {
	return AGLS_CORPORATE_NAME.exec(value)?.[1]?.trim() || null;
}

/**
 * Company legal forms ("mediagene Inc.", "Future plc", "株式会社インプレス"): a person's name
 * never carries one, so an author tag holding one names the company that publishes the page.
 */
const COMPANY_LEGAL_FORM = /(?:^|[\s,])(?:inc|llc|ltd|limited|gmbh|kg|corp|corporation|plc)\.?$|株式会社|有限会社|合同会社/i;

/**
 * Whether a meta author names the page's publisher rather than its writer: a company by its
 * legal form, an organization by the AGLS field that names one, the site's own name (`og:site_name` "週刊アスキー" in the author tag), or the
 * holder the page's copyright notice names ("Copyright (c) Condé Nast 2019"). CMS templates
 * write the publisher into every page's author tag; the byline shows the writer.
 */
export function namesPublisher(name: string, meta: Map<string, string[]>): boolean {
	if (COMPANY_LEGAL_FORM.test(name.trim())) return true;
	const holder = name.toLowerCase();
	if (META_KEYS.author.some((key) => (meta.get(key) ?? []).some((value) => corporateName(value)?.toLowerCase() === holder))) return true;
	if (META_KEYS.siteName.some((key) => (meta.get(key) ?? []).some((site) => site.toLowerCase() === holder))) return true;
	return META_KEYS.copyright.some((key) => (meta.get(key) ?? []).some((notice) => notice.toLowerCase().includes(holder)));
}

/**
 * The label WordPress SEO plugins (Yoast) give the writer in their Twitter card pairs
 * (`twitter:label1` "Written by", `twitter:data1` the name): on pages whose byline the DOM
 * hides in a button or a script-filled card, the only tag that names the writer.
 */
const WRITTEN_BY_LABEL = /^(written by|author)$/i;

/** Twitter card data whose paired `twitter:labelN` matches `label`. */
function labelledTwitterData(meta: Map<string, string[]>, label: RegExp): string[] {
	const values: string[] = [];
	for (const [key, labels] of meta) {
		const index = /^twitter:label(\d+)$/.exec(key)?.[1];
		if (index && labels.some((value) => label.test(value))) values.push(...(meta.get(`twitter:data${index}`) ?? []));
	}
	return values;
}

/**
 * Link texts of author cards that are buttons, not names ("See full bio", "View profile",
 * "Follow Author", "Subscribe to RSS", a bare "Bio").
 */
const CALL_TO_ACTION = /^(?:(?:see|view|read|visit)\b.*\b(?:bio|profile|posts|articles|stories)|follow(?: author| me| us)?|more by|subscribe\b.*|rss(?: feed)?|bio|biography|profile)$/i;

/** Author names longer than this are sentences (a bio, a "by X and Y for Z" line), not names. */
const MAX_AUTHOR_NAME_CHARS = 80;

export function domAuthors($: CheerioAPI, selector: string, baseUrl: string): Author[] {
	const authors: Author[] = [];
	for (const el of selectAll($, selector)) {
		const author = bylineAuthor($, el, baseUrl);
		if (author) authors.push(author);
	}
	return dedupeAuthors(authors);
}

/** The first byline found, trying the selectors in precedence order (not document order). */
export function firstDomAuthor($: CheerioAPI, baseUrl: string): Author[] {
	for (const el of selectInPrecedence($, AUTHOR_SELECTORS)) {
		const author = bylineAuthor($, el, baseUrl);
		if (author) return [author];
	}
	return [];
}

/**
 * The writer a link beside the headline names, for bylines no class marks: after the h1, in
 * its parent (the headline's box), a link to a writer's archive ("著者：後藤大地" linking to
 * `/author/180/`). Only there: elsewhere such links are author boxes and other stories' writers.
 */
export function headlineAuthorLink($: CheerioAPI, baseUrl: string): Author[] {
	for (const h1 of selectAll($, 'h1')) {
		for (let sibling = h1.nextSibling; sibling; sibling = sibling.nextSibling) {
			if (!isElement(sibling)) continue;
			const links = sibling.name === 'a' ? [sibling] : selectWithin($, sibling, 'a[href]');
			const link = links.find((el) => AUTHOR_ARCHIVE_HREF.test(el.attribs.href ?? '') || isPortraitLink($, el));
			const author = link ? bylineAuthor($, link, baseUrl) : null;
			if (author) return [author];
		}
	}
	return [];
}

/**
 * A link that shows a person: their portrait, whose alt text is the name the link prints
 * (`<a href="https://github.com/jdoe"><img alt="Jane Doe" src="avatar.png">Jane Doe</a>`). Beside a
 * headline, the writer's avatar and name, wherever the link points (a profile on another site).
 */
function isPortraitLink($: CheerioAPI, link: Element): boolean {
	const name = collapseWhitespace(textOf(link));
	return name !== '' && selectWithin($, link, 'img[alt]').some((img) => collapseWhitespace(img.attribs.alt ?? '') === name);
}

/**
 * The author a byline element names, or null when it is in page furniture or is not a name.
 * A microdata author of the article's own item is its byline even where the layout puts it
 * (an `<aside>` of post details inside the `BlogPosting`).
 */
function bylineAuthor($: CheerioAPI, el: Element, baseUrl: string): Author | null {
	if (withinTags(el, FURNITURE_LANDMARK_TAGS) && !isArticleItemAuthor($, el)) return null;
	const name = cleanAuthorName(textOf(nameHolder($, el)));
	if (!name || name.length > MAX_AUTHOR_NAME_CHARS || CALL_TO_ACTION.test(name) || inTeaserCard($, el, name)) return null;
	const link = el.name === 'a' ? el : (selectWithin($, el, 'a[href]')[0] ?? $(el).closest('a[href]')[0]);
	const href = isElement(link) ? link.attribs.href : undefined;
	return {name, url: resolveProfileUrl(href, baseUrl)};
}

/**
 * A teaser card is one link around another story's picture, headline and byline (`<a class="card"
 * href="/2026/05/other-story/">…<h4>Other story</h4>…<div class="author">Jane Roe</div></a>`):
 * its byline names that story's writer, not this page's. A link holding a headline is such a
 * card; not a link whose heading is the writer's name (`<a itemprop="url" href="/Jane-Roe/"><h4
 * itemprop="name">Jane Roe</h4><h5>Business editor</h5></a>`, the writer's own page), nor one
 * to a writer's archive.
 */
function inTeaserCard($: CheerioAPI, el: Element, name: string): boolean {
	const link = $(el).closest('a[href]')[0];
	if (!isElement(link) || AUTHOR_ARCHIVE_HREF.test(link.attribs.href ?? '')) return false;
	const headings = selectWithin($, link, HEADING_SELECTOR);
	return headings.length > 0 && !headings.some((heading) => cleanAuthorName(textOf(heading)) === name);
}

const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6';

/**
 * The part of a byline box that holds the name: a box (`div.article-author`) may also set the
 * story's keywords, date or share links beside the name, and when it marks one element as the
 * author's name, that element is the name. Only a single one: a box with two names is a shared
 * byline, read whole.
 */
function nameHolder($: CheerioAPI, el: Element): Element {
	const [name, ...others] = selectWithin($, el, AUTHOR_NAME_CLASS);
	return name && others.length === 0 ? name : el;
}

/** The element is (or is inside) an `itemprop="author"` whose item is an article type. */
function isArticleItemAuthor($: CheerioAPI, el: Element): boolean {
	const property = $(el).closest('[itemprop~="author" i]');
	const item = property.parent().closest('[itemscope]')[0];
	if (property.length === 0 || !isElement(item)) return false;
	const types = (item.attribs.itemtype ?? '').split(/\s+/).map((type) => type.replace(/^.*[/#]/, ''));
	return types.some((type) => (ARTICLE_LD_TYPES as readonly string[]).includes(type));
}

/** A byline set in brackets ("[Jane Doe, PC News]", "［田中宏昌，ITmedia］", "《RBB TODAY》"): the brackets are type, not name. */
const BRACKETED = /^[[［【《]\s*(.*?)\s*[\]］】》]$/u;

/**
 * The label a byline puts before the name: "By", "Written by", "von", the author box's link to the
 * writer's archive ("View all posts by Jane Doe", WordPress's default wording), and a word with a colon
 * ("Author:", "著者：" (author), "筆者：" (writer), "文：" (text), "記者：" (reporter)), or with
 * the mark Japanese magazines set in its place ("文●", "文◎", "文／").
 */
const BYLINE_LABEL = /^(?:(?:(?:written|posted|reported|words|text|story)\s+)?(?:by|von|par|por|di)\s+|(?:view|see)\s+all\s+(?:posts|articles|stories)\s+by\s+|(?:author|autor|auteur|著者|筆者|執筆|文|記者|作者)\s*[:：●◎／]\s*)/i;
/** A description set after the name ("Jane Author, a researcher on the team"): who the writer is, not a second name. */
const BYLINE_APPOSITIVE = /,\s+(?:a|an|the)\s+[^,]*$/i;

function cleanAuthorName(name: string): string {
	const text = collapseWhitespace(name).replace(BRACKETED, '$1').replace(READING_TIME_TAIL, '').replace(BYLINE_LABEL, '');
	return withoutDateStamp(text).replace(BYLINE_APPOSITIVE, '').replace(/[,;|]+$/, '').trim();
}

/**
 * A byline line that carries the date after the name ("ZDNet Japan Staff 2019年04月28日
 * 08時00分", "Jane Doe May 2, 2024"): the name alone, cut at the first word from which the
 * rest is a date stamp.
 */
function withoutDateStamp(name: string): string {
	for (let space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
		if (isDateLine(name.slice(space + 1))) return name.slice(0, space);
	}
	return name;
}

/** Whether a byline names the site itself ("《ScanNetSecurity》" on ScanNetSecurity): the publisher, no writer. */
export function namesSite(author: Author, siteName: string | null): boolean {
	return !!siteName && author.name.toLowerCase() === siteName.trim().toLowerCase();
}

/** The last part of a byline after a comma or a full-width slash: "Jane Doe, PC News" → "PC News", "オカモト／ASCII編集部" → "ASCII編集部". */
const BYLINE_LAST_PART = /\s*[,，、／]\s*([^,，、／]+)$/u;

/**
 * An editorial desk (編集部, "editorial department"), which Japanese magazines credit after the
 * writer ("文●オカモト／ASCII編集部"): the writer's desk, named as the site's staff, not a second writer.
 */
const EDITORIAL_DESK = /編集部$/u;

/**
 * A byline naming the writer and then the site ("Jane Doe, PC News", "田中宏昌，ITmedia" on
 * "ITmedia PC USER") or its editorial desk ("オカモト／ASCII編集部"), without it: the publisher
 * beside the writer is no co-author. Only the site's own name (or its leading words) or a desk
 * is cut; another outlet after the comma stays.
 */
export function withoutSiteSuffix(author: Author, siteName: string | null): Author {
	const m = BYLINE_LAST_PART.exec(author.name);
	const outlet = m?.[1]?.toLowerCase();
	const site = siteName?.toLowerCase();
	if (!m || !outlet || m.index === 0) return author;
	const namesSiteItself = !!site && (site === outlet || site.startsWith(`${outlet} `));
	return namesSiteItself || EDITORIAL_DESK.test(outlet) ? {...author, name: author.name.slice(0, m.index)} : author;
}

function dedupeAuthors(authors: readonly Author[]): Author[] {
	const seen = new Set<string>();
	return authors.filter((author) => {
		const key = author.name.toLowerCase();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

export function looksLikeUrl(value: string): boolean {
	return /^(https?:)?\/\//i.test(value.trim());
}

/**
 * `authors` with the profile link the page's byline gives a writer they name without one: a
 * meta tag or JSON-LD names the writer, the byline links the same name to the writer's page
 * (`By <a rel="author" href="/author/jdoe/">Jane Doe</a>`).
 */
export function withBylineProfile(authors: Author[], byline: () => Author[]): Author[] {
	if (authors.every((author) => author.url !== null)) return authors;
	const linked = byline().filter((author) => author.url !== null);
	if (linked.length === 0) return authors;
	return authors.map((author) => author.url !== null ? author : {...author, url: linked.find((other) => sameName(other.name, author.name))?.url ?? null});
}

/**
 * `authors` with the writer's archive page Open Graph's `article:author` gives as a URL (its
 * values are profile URLs, not names): one writer named without a link and one such URL that
 * reads as a writer's archive (`/author/<slug>/`) are the same writer. Other profile URLs (a
 * publisher's Facebook page) and several writers leave the pairing open.
 */
export function withTaggedArchive(authors: Author[], meta: Map<string, string[]>, baseUrl: string): Author[] {
	const [writer] = authors;
	if (authors.length !== 1 || !writer || writer.url !== null) return authors;
	const urls = (meta.get(OPEN_GRAPH_AUTHOR) ?? []).filter(looksLikeUrl);
	const url = urls.length === 1 && AUTHOR_ARCHIVE_HREF.test(urls[0] ?? '') ? resolveUrl(urls[0], baseUrl) : null;
	return url ? [{...writer, url}] : authors;
}

/**
 * Whether a meta author is the page's editor: Chinese news CMSs write the desk editor into
 * both `<meta name="editor">` and `<meta name="author">` ("严玉洁", credited in the closing
 * "（编辑：严玉洁 王辉）"), on stories no writer signs. The editor handled the story, not wrote it.
 */
export function namesEditor(name: string, meta: Map<string, string[]>): boolean {
	return (meta.get(EDITOR_META) ?? []).some((editor) => sameName(editor.trim(), name));
}

/** The meta tag that names the editor who handled the page. */
const EDITOR_META = 'editor';

/** The Open Graph tag that lists an article's writers by their profile URLs. */
const OPEN_GRAPH_AUTHOR = 'article:author';

function sameName(a: string, b: string): boolean {
	return a.toLowerCase() === b.toLowerCase();
}
