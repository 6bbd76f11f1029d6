import {load} from 'cheerio';
import type {DateContext} from '../document/dates.js';
import {parseDateTime} from '../document/dates.js';
import {ldString, ldTypes} from '../document/json-ld.js';
import type {JsonLd, LdNode} from '../document/json-ld.js';
import {collapseWhitespace, textOf} from '../document/text.js';
import {resolveUrl} from '../document/urls.js';
import type {RawComment} from './raw.js';

/** schema.org types that are comments (answers on Q&A pages read the same way). */
const COMMENT_TYPES = new Set(['Comment', 'UserComments', 'Answer']);
/** Replies nested deeper than this are data errors, not a thread. */
const MAX_JSON_LD_DEPTH = 50;

/**
 * Comments the page describes in JSON-LD: `comment` arrays on the article (or on a
 * DiscussionForumPosting/QAPage entity), replies nested in each comment's own `comment`.
 */
export function readJsonLdComments(jsonLd: JsonLd, baseUrl: string, dates: DateContext): RawComment[] {
	const raw: RawComment[] = [];
	const roots: unknown[] = [];
	if (jsonLd.article) roots.push(jsonLd.article.comment, jsonLd.article.suggestedAnswer, jsonLd.article.acceptedAnswer);
	for (const node of jsonLd.nodes) {
		if (node === jsonLd.article) continue;
		const types = ldTypes(node);
		if (types.some((t) => COMMENT_TYPES.has(t))) roots.push(node);
		else if (types.includes('DiscussionForumPosting') || types.includes('Question')) roots.push(node.comment, node.suggestedAnswer, node.acceptedAnswer);
	}
	const seen = new Set<unknown>();
	const walk = (value: unknown, parentIndex: number | null, depth: number): void => {
		if (depth > MAX_JSON_LD_DEPTH || !value || typeof value !== 'object') return;
		if (Array.isArray(value)) {
			for (const item of value) walk(item, parentIndex, depth);
			return;
		}
		const node = value as LdNode;
		if (seen.has(node) || !ldTypes(node).some((t) => COMMENT_TYPES.has(t))) return;
		seen.add(node);
		const index = raw.length;
		raw.push(toRaw(node, parentIndex, baseUrl, dates));
		walk(node.comment, index, depth + 1);
	};
	for (const root of roots) walk(root, null, 0);
	return raw;
}

function toRaw(node: LdNode, parentIndex: number | null, baseUrl: string, dates: DateContext): RawComment {
	const author = node.author ?? node.creator;
	const upvotes = node.upvoteCount;
	const downvotes = node.downvoteCount;
	const score = typeof upvotes === 'number' || typeof upvotes === 'string' ? Number(upvotes) - (Number(downvotes) || 0) : null;
	const id = ldString(node['@id']) ?? ldString(node.identifier) ?? null;
	return {
		node: null,
		siteId: id ? fragmentOrValue(id) : null,
		number: null,
		parentIndex,
		author: {name: ldString(author), url: resolveUrl(ldString(author, 'url'), baseUrl), postCount: null, memberSince: null},
		postedAt: parseDateTime(ldString(node.dateCreated) ?? ldString(node.datePublished) ?? ldString(node.uploadDate), dates),
		text: htmlToText(ldString(node.text) ?? ldString(node.description) ?? ''),
		links: [],
		score: score !== null && Number.isFinite(score) ? score : null,
	};
}

/** `https://site/post#comment-12` → `comment-12`; ids without a fragment are kept whole. */
function fragmentOrValue(id: string): string {
	const hash = id.indexOf('#');
	return hash >= 0 && hash < id.length - 1 ? id.slice(hash + 1) : id;
}

function htmlToText(value: string): string {
	if (!value.includes('<') && !value.includes('&')) return collapseWhitespace(value);
	return textOf(load(value, null, false).root().contents().toArray());
}
