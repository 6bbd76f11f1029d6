import type {CheerioAPI} from 'cheerio';
import type {Element} from 'domhandler';
import type {Page} from '../fetch/types.js';
import {redactUrl} from '../errors.js';
import {SCHEMA_VERSION, SnapshotSchema} from '../snapshot/schema.js';
import type {Block, Snapshot} from '../snapshot/schema.js';
import {MIN_ARTICLE_CHARS, findArticleContent} from './article/article.js';
import type {ArticleContent} from './article/article.js';
import {removeBackReferences} from './article/back-references.js';
import {removeSponsoredSections} from './article/sponsored-sections.js';
import {closingSignature} from './article/signature.js';
import {headlineHolders, toBlocks} from './article/blocks.js';
import {extractComments} from './comments/index.js';
import type {CommentsInput, CommentsResult} from './comments/index.js';
import {writesDayFirst} from './document/dates.js';
import type {DateContext} from './document/dates.js';
import {loadDocument, removeHidden, removeNode, stripNonContent} from './document/dom.js';
import {commentsEndpointIn, siteNameIn} from './endpoint.js';
import {longestHiddenText, outweighs, showLongestHiddenBox} from './article/hidden-article.js';
import {readJsonLd} from './document/json-ld.js';
import {leadBefore} from './article/lead.js';
import {withProductDescription} from './article/product-description.js';
import {pageLanguage, readMetadata} from './metadata/metadata.js';
import type {ArticleMetadata} from './metadata/metadata.js';
import {titleDrift} from './profiles/drift.js';
import {defaultProfiles, matchProfile, matchProfileBySiteName} from './profiles/index.js';
import type {ArticleRules, SiteProfile} from './profiles/types.js';
import {describeInterstitial, detectInterstitial} from './interstitial.js';
import {hostOf, sourceOf} from './source.js';
import {proseLength, wordCount} from './document/text.js';
import type {ExtractOptions, ExtractResult} from './types.js';
import {documentBaseUrl} from './document/urls.js';

export type {ExtractFailureReason, ExtractOptions, ExtractResult} from './types.js';
export type {ArticleRules, CommentRules, IdRule, ParentRule, SiteProfile} from './profiles/types.js';
export {defaultProfiles, matchProfile, matchProfileBySiteName} from './profiles/index.js';
export {phonearena} from './profiles/phonearena.js';
export {parseCalendarDate, parseDateTime} from './document/dates.js';
export type {DateContext, ParsedDateTime} from './document/dates.js';

/** Version of the extraction rules; bumped when output for the same page can change. */
export const EXTRACTOR_VERSION = '1.0.0';

/**
 * Extract a Snapshot from a fetched page. Pure: no I/O, no clock; relative times resolve
 * against `options.now`, else the page's fetch time.
 *
 * The recipe: reject non-HTML → parse → read JSON-LD → pick the site profile → drop scripts
 * and styles → read the comment thread and take it out of the tree → read the metadata →
 * drop hidden elements, footnote return arrows and sponsors' sections → find the article body → turn it into blocks
 * (again from a fresh copy with the hidden box shown, when the page hides its article) → refuse a bot check, block
 * page or consent wall served instead of the article (`interstitial.ts`) → validate.
 *
 * @example
 * const result = extract(page);
 * if (result.ok) console.log(result.snapshot.article.title, result.snapshot.comments.items.length);
 * else console.error(result.reason, result.message);
 */
export function extract(page: Page, options: ExtractOptions = {}): ExtractResult {
	const rejected = rejectNonHtml(page);
	if (rejected) return rejected;

	const pageUrl = page.finalUrl || page.url;
	const $ = loadDocument(page.html);
	const baseUrl = documentBaseUrl($, pageUrl);
	const jsonLd = readJsonLd($);
	const profile = pickProfile(hostOf(pageUrl), siteNameIn($), options.profiles ?? defaultProfiles);
	const language = pageLanguage($, page.headers, jsonLd.article);
	const dates: DateContext = {now: options.now ?? new Date(page.fetchedAt), timeZone: profile?.timeZone, dayFirst: writesDayFirst(language)};
	const endpoint = commentsEndpointIn($, profile, baseUrl);

	stripNonContent($);
	const thread = extractComments($, {profile, jsonLd, baseUrl, dates});
	for (const container of thread.containers) removeNode(container);
	const metadata = readMetadata({$, jsonLd, pageUrl, baseUrl, headers: page.headers, rules: profile?.article, dates, language});
	const titleWarning = titleDrift($, profile?.article);
	const articleContext: ArticleContext = {baseUrl, metadata, rules: profile?.article};
	const visible = readArticle($, thread, articleContext);
	const shown = hidesArticle($, visible) ? readHiddenArticle(page.html, {profile, jsonLd, baseUrl, dates}, articleContext) : null;
	// The hidden box is the article only when the reading gives one, far longer than the visible page's.
	const read = shown && outweighs(blocksProseLength(shown.body), blocksProseLength(visible.body)) ? shown : visible;
	const {content} = read;
	// When a forum thread's opening post is the article, its poster wrote it, when the page says
	// nothing else; or whatever the page says, when the forum's markup named the post: a byline
	// guessed from the page then only finds a line of that post's own header ("Post by …").
	const poster = content.stage === 'opening-post' ? (thread.openingPost ?? null) : null;
	// A page that names no writer may sign its story at the end: that name is the byline, not text.
	const signature = metadata.authors.length === 0 && !poster ? closingSignature(read.body, read.nodes) : null;
	const body = signature?.body ?? read.body;

	// Read after the body, so a page that gives an article is never scanned for a challenge's markers.
	const interstitial = detectInterstitial(page.html, pageUrl, {proseChars: blocksProseLength(body), body, comments: thread.comments.items.length});
	if (interstitial) {
		// Named by the URL asked for: a consent wall's own URL (the final one) says nothing to the user.
		const what = describeInterstitial(interstitial);
		return {ok: false, reason: 'blocked', message: `"${redactUrl(page.url)}" served ${what}, not the article: nothing stored; try --render always, or later`};
	}
	if (body.length === 0 && thread.comments.items.length === 0) {
		return {ok: false, reason: 'no-article-body', message: `"${redactUrl(pageUrl)}": no article text or comments found`};
	}

	const warnings = [...(titleWarning ? [titleWarning] : []), ...content.warnings, ...thread.warnings];
	if (read === shown) warnings.push('article: the page hides its text until a script shows it; read from the hidden box');
	if (jsonLd.invalidScripts > 0) warnings.push(`json-ld: ${jsonLd.invalidScripts} script(s) could not be parsed`);
	if (endpoint && thread.comments.items.length === 0) warnings.push(`comments: loaded by script from ${endpoint}; the static HTML holds none`);

	const snapshot: Snapshot = {
		schemaVersion: SCHEMA_VERSION,
		source: sourceOf(page, metadata.canonicalUrl),
		article: {
			title: metadata.title,
			subtitle: metadata.subtitle,
			authors: (metadata.authors.length === 0 || poster?.marked) && poster?.author.name ? [{name: poster.author.name, url: poster.author.url}] : signature ? [{name: signature.name, url: null}] : metadata.authors,
			publishedAt: metadata.publishedAt ?? poster?.postedAt?.iso ?? null,
			modifiedAt: metadata.modifiedAt,
			section: metadata.section,
			tags: metadata.tags,
			image: metadata.image ?? body.find((block) => block.type === 'image')?.src ?? null,
			language: metadata.language,
			wordCount: countWords(body),
			body,
		},
		comments: thread.comments,
		extractor: {
			name: profile ? `profile:${profile.name}` : 'generic',
			version: profile ? `${EXTRACTOR_VERSION}+${profile.name}.${profile.version}` : EXTRACTOR_VERSION,
			profile: profile?.name ?? null,
			stages: {article: read === shown ? `${content.stage}${HIDDEN_STAGE_SUFFIX}` : content.stage, comments: thread.stage},
			warnings,
		},
	};
	const checked = SnapshotSchema.safeParse(snapshot);
	if (!checked.success) {
		// A Snapshot that fails its own schema is a bug in the extractor, not a property of the page.
		throw new Error(`extract produced an invalid Snapshot for "${redactUrl(pageUrl)}": ${checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
	}
	return {ok: true, snapshot: checked.data};
}

/** What the body reader needs of the page besides its tree. */
interface ArticleContext {
	baseUrl: string;
	metadata: ArticleMetadata;
	rules: ArticleRules | undefined;
}

interface ArticleRead {
	content: ArticleContent;
	body: Block[];
	/** The elements the body was read from, besides its lead. */
	nodes: Element[];
	/** The elements hidden by attribute or style, taken out of the tree before the body was read. */
	hidden: Element[];
}

/** Appended to the article stage when the body was read from a box the page hides (`hidden-article.ts`). */
const HIDDEN_STAGE_SUFFIX = '+hidden';

/**
 * Read the article body: drop hidden elements, footnote return arrows and sponsors' sections, find the body, turn
 * it into blocks. Changes the tree.
 */
function readArticle($: CheerioAPI, thread: CommentsResult, {baseUrl, metadata, rules}: ArticleContext): ArticleRead {
	const hidden = removeHidden($);
	removeBackReferences($);
	removeSponsoredSections($);
	const blockOptions = {baseUrl, title: metadata.title, deck: metadata.deck, subtitle: metadata.subtitle, headlineHolders: headlineHolders($, metadata.title)};
	const blocksOf = rememberingBlocks((nodes) => toBlocks(nodes, blockOptions));
	const content = findArticleContent($, rules, (nodes) => blocksTextLength(blocksOf(nodes)), thread);
	// A site profile's body selector says where the article is; only generic stages look for a lead outside it.
	const lead = content.stage === 'profile' ? [] : leadBefore($, content.nodes, metadata.title, metadata.summary);
	// A site profile's body is what the profile says; generic stages may miss a shop page's product description.
	const nodes = content.stage === 'profile' ? content.nodes : withProductDescription($, content.nodes);
	const body = blocksOf([...lead, ...nodes]);
	return {content, body, nodes, hidden};
}

/** The visible page gave no article (less than Readability's minimum), and a hidden box would show one far longer. */
function hidesArticle($: CheerioAPI, visible: ArticleRead): boolean {
	// A prose length is never below the plain one: most pages are decided without weighing CJK text.
	if (blocksTextLength(visible.body) >= MIN_ARTICLE_CHARS) return false;
	const length = blocksProseLength(visible.body);
	return length < MIN_ARTICLE_CHARS && outweighs(longestHiddenText($, visible.hidden), length);
}

/**
 * Read the article again from a fresh copy of the page, with the hidden box that would show
 * the most text shown; null when no hidden box could hold an article. The first reading took
 * the hidden elements out of its tree, and the tree's indexes allow no putting back.
 */
function readHiddenArticle(html: string, comments: CommentsInput, context: ArticleContext): ArticleRead | null {
	const $ = loadDocument(html);
	stripNonContent($);
	// The comment finder finds the same thread in the copy: taken out again, it stays out of the body.
	const thread = extractComments($, comments);
	for (const container of thread.containers) removeNode(container);
	if (showLongestHiddenBox($) === 0) return null;
	return readArticle($, thread, context);
}

/**
 * Where the page's comments load from when its static HTML does not hold them (a profile's
 * `commentsEndpoint`), for the fetch stage to request; null when there is none.
 */
export function commentsEndpoint(page: Page, options: Pick<ExtractOptions, 'profiles'> = {}): string | null {
	const pageUrl = page.finalUrl || page.url;
	const $ = loadDocument(page.html);
	const profile = pickProfile(hostOf(pageUrl), siteNameIn($), options.profiles ?? defaultProfiles);
	return commentsEndpointIn($, profile, documentBaseUrl($, pageUrl));
}

function pickProfile(host: string, siteName: string | null, profiles: readonly SiteProfile[]): SiteProfile | null {
	return matchProfile(host, profiles) ?? matchProfileBySiteName(siteName, profiles);
}

/** Content types that are HTML; anything else declared is rejected unless the bytes clearly are HTML. */
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;
const LOOKS_LIKE_HTML = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body)/i;
const HAS_TAGS = /<[a-z][a-z0-9]*[\s>/]/i;
/** Bytes looked at to tell markup from binary data. */
const SNIFF_BYTES = 1024;

function rejectNonHtml(page: Page): ExtractResult | null {
	const url = redactUrl(page.finalUrl || page.url);
	if (!page.html.trim()) return {ok: false, reason: 'empty-document', message: `"${url}": the document is empty`};
	const type = page.contentType?.split(';')[0]?.trim() ?? '';
	const head = page.html.slice(0, SNIFF_BYTES);
	if (head.includes('\u0000')) return {ok: false, reason: 'not-html', message: `"${url}": the body is binary data, not HTML`};
	if (type && !HTML_TYPES.test(type) && !LOOKS_LIKE_HTML.test(head)) return {ok: false, reason: 'not-html', message: `"${url}": content-type ${type} is not HTML`};
	if (!type && !HAS_TAGS.test(page.html)) return {ok: false, reason: 'not-html', message: `"${url}": the body holds no HTML markup`};
	return null;
}

/**
 * `read`, remembering its results by the node list: the article stages are measured by their
 * blocks, and the winning stage's blocks are the body (read again, they were a tenth of the
 * time on long pages). Only for a stretch where the tree does not change.
 */
function rememberingBlocks(read: (nodes: readonly Element[]) => Block[]): (nodes: readonly Element[]) => Block[] {
	const seen: Array<{nodes: readonly Element[]; blocks: Block[]}> = [];
	return (nodes) => {
		const known = seen.find((entry) => entry.nodes.length === nodes.length && entry.nodes.every((node, index) => node === nodes[index]));
		if (known) return known.blocks;
		const blocks = read(nodes);
		seen.push({nodes: [...nodes], blocks});
		return blocks;
	};
}

function blocksTextLength(blocks: readonly Block[]): number {
	return blocks.reduce((sum, block) => sum + (block.type === 'image' || block.type === 'embed' ? 0 : block.text.length), 0);
}

function blocksProseLength(blocks: readonly Block[]): number {
	return blocks.reduce((sum, block) => sum + (block.type === 'image' || block.type === 'embed' ? 0 : proseLength(block.text)), 0);
}

function countWords(blocks: readonly Block[]): number {
	let count = 0;
	for (const block of blocks) if (block.type !== 'image' && block.type !== 'embed') count += wordCount(block.text);
	return count;
}
