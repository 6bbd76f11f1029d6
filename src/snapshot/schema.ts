import {z} from 'zod';

/**
 * The Snapshot schema: what one visit to one URL produced, normalised.
 *
 * This file is the single source of truth for the data every later stage reads: the
 * TypeScript types, the runtime validation and the published JSON Schema
 * (`newsvault schema`) are all derived from it. Field names are a contract with outside
 * tools (see DESIGN.md): add fields freely, never change the meaning of one.
 */

/** Bump when a field changes meaning or is removed; adding optional data does not bump it. */
export const SCHEMA_VERSION = 1;

/** ISO 8601 date-time, or null when the page does not say. */
const isoDateTime = z.string().datetime({offset: true}).nullable();
/** Calendar date `YYYY-MM-DD`, or null. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();

export const LinkSchema = z.object({
	href: z.string(),
	text: z.string(),
});

export const BlockTypeSchema = z.enum(['paragraph', 'heading', 'quote', 'list', 'table', 'code', 'image', 'embed']);

export const BlockSchema = z.object({
	type: BlockTypeSchema,
	/**
	 * Visible text, whitespace-collapsed; list items are joined by newlines, images carry their
	 * caption. A table's text is its caption's line (if any), then its rows one a line, cells
	 * joined by " | ": a reader of text alone (word count, a diff by text, an older tool) still
	 * sees every word of it.
	 * A code block's text is NOT collapsed: its lines and indentation as printed (tabs kept,
	 * trailing whitespace trimmed).
	 */
	text: z.string(),
	links: z.array(LinkSchema),
	/** Heading level 1–6, for headings only. */
	level: z.number().int().min(1).max(6).optional(),
	/** Image or embed source URL. */
	src: z.string().optional(),
	/** An image's alt (or title) text, or an embed's title: its description for readers who cannot see it; not visible text. */
	alt: z.string().optional(),
	/**
	 * A data table's rows, in reading order (header rows first, footer rows last), each row its
	 * cells' texts, whitespace-collapsed; for tables only. A cell spanning columns or rows is
	 * given once, where it starts, never repeated to fill the grid: a value shown once is read,
	 * counted and diffed once, so rows may differ in length.
	 */
	rows: z.array(z.array(z.string())).optional(),
	/**
	 * A table's caption, for tables only. A field rather than a first row: it titles the table
	 * and is no row of it (it is also `text`'s first line).
	 */
	caption: z.string().optional(),
	/** The language a code block's markup names (`class="language-kotlin"` gives `kotlin`), lower-cased; absent when it names none. */
	language: z.string().optional(),
	/** True for a numbered list (`<ol>`): its items' numbers are the page's, not `text`'s. */
	ordered: z.boolean().optional(),
	/** The number a numbered list starts at, when not 1 (`<ol start="4">`, a list continued after a paragraph). */
	start: z.number().int().optional(),
});

export const SourceSchema = z.object({
	url: z.string(),
	finalUrl: z.string(),
	canonicalUrl: z.string().nullable(),
	host: z.string(),
	fetchedAt: z.string().datetime({offset: true}),
	status: z.number().int(),
	contentType: z.string().nullable(),
	charset: z.string().nullable(),
	mode: z.enum(['http', 'browser']),
	sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const AuthorSchema = z.object({
	name: z.string(),
	url: z.string().nullable(),
});

export const ArticleSchema = z.object({
	title: z.string().nullable(),
	subtitle: z.string().nullable(),
	authors: z.array(AuthorSchema),
	publishedAt: isoDateTime,
	modifiedAt: isoDateTime,
	section: z.string().nullable(),
	tags: z.array(z.string()),
	image: z.string().nullable(),
	language: z.string().nullable(),
	wordCount: z.number().int().min(0),
	body: z.array(BlockSchema),
});

export const CommentAuthorSchema = z.object({
	name: z.string().nullable(),
	url: z.string().nullable(),
	/** What the site shows next to the name, e.g. PhoneArena's "Posts: 29". */
	postCount: z.number().int().nullable(),
	/** "Member since: Dec 06, 2018" as `2018-12-06`. */
	memberSince: isoDate,
});

/** Words a comment quotes from another post, and who wrote them when the markup says. */
export const CommentQuoteSchema = z.object({
	author: z.string().nullable(),
	text: z.string(),
});

export const CommentSchema = z.object({
	/**
	 * Stable id: the site's own id when the markup has one, otherwise derived from the
	 * thread position and content so that re-extracting the same page gives the same id.
	 */
	id: z.string(),
	/** The number the site shows ("11."), or null. Gaps in the sequence are hidden or deleted comments. */
	number: z.number().int().nullable(),
	parentId: z.string().nullable(),
	/** 0 for top-level comments. */
	depth: z.number().int().min(0),
	author: CommentAuthorSchema,
	postedAt: isoDateTime,
	/**
	 * True when `postedAt` was resolved from a relative time ("3 hours ago") against the
	 * fetch time, so it moves between visits and is not evidence of an edit.
	 */
	postedAtRelative: z.boolean().optional(),
	/**
	 * The commenter's own words. What the comment quotes from other posts (a forum's quote box,
	 * a `<blockquote>` in a reply) is in `quotes`, not here; a comment that is nothing but a quote
	 * keeps it here, so `text` is never emptied by taking quotes out.
	 */
	text: z.string(),
	/**
	 * What the comment quotes, in order: the quoted words, and the quoted poster when the markup
	 * names them ("Ann said:", `data-username`), else null. A nested quote stays in its outer
	 * quote's text. Added without a schema version bump: it is new optional data, and older
	 * snapshots (whose `text` still holds the quoted words) stay valid.
	 */
	quotes: z.array(CommentQuoteSchema).optional(),
	links: z.array(LinkSchema),
	score: z.number().nullable(),
});

export const CommentsSchema = z.object({
	/** The count the page states ("21 Comments"), or null. */
	declaredCount: z.number().int().min(0).nullable(),
	/** Moderation notices the thread shows ("Some comments have been hidden…"). */
	notices: z.array(z.string()),
	/** True when every comment the page declares was captured; false when some are known missing. */
	complete: z.boolean(),
	/** Thread order as the page shows it. */
	items: z.array(CommentSchema),
	/** Numbers the site's sequence skips (hidden or deleted comments), ascending. */
	gaps: z.array(z.number().int()).optional(),
});

export const ExtractorSchema = z.object({
	/** `profile:<name>` or `generic`. */
	name: z.string(),
	version: z.string(),
	/** The site profile that matched the host, or null. */
	profile: z.string().nullable(),
	/** Which stage of the cascade produced the body and the thread. */
	stages: z.object({article: z.string(), comments: z.string()}).optional(),
	warnings: z.array(z.string()),
});

export const SnapshotSchema = z.object({
	schemaVersion: z.literal(SCHEMA_VERSION),
	source: SourceSchema,
	article: ArticleSchema,
	comments: CommentsSchema,
	extractor: ExtractorSchema,
});

export type Link = z.infer<typeof LinkSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type BlockType = z.infer<typeof BlockTypeSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Author = z.infer<typeof AuthorSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type CommentAuthor = z.infer<typeof CommentAuthorSchema>;
export type Comment = z.infer<typeof CommentSchema>;
export type CommentQuote = z.infer<typeof CommentQuoteSchema>;
export type Comments = z.infer<typeof CommentsSchema>;
export type ExtractorInfo = z.infer<typeof ExtractorSchema>;
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** The Snapshot JSON Schema (draft 2020-12), as printed by `newsvault schema`. */
export function snapshotJsonSchema(): Record<string, unknown> {
	return {
		$id: 'https://github.com/newsvault/newsvault/schema/snapshot.json',
		title: 'newsvault Snapshot',
		...z.toJSONSchema(SnapshotSchema, {target: 'draft-2020-12'}),
	};
}

/** Parse unknown data as a Snapshot; throws a ZodError naming the bad path. */
export function parseSnapshot(data: unknown): Snapshot {
	return SnapshotSchema.parse(data);
}
