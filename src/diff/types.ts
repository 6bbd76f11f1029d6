import type {Author, Block, Comment} from '../snapshot/schema.js';

/**
 * The ChangeReport: what changed between two Snapshots of one URL.
 *
 * Its JSON (`newsvault diff --format json`) is a contract with outside tools (DESIGN.md):
 * `url`, `from`, `to`, `stealthEdit`, `article.fields`, `article.body`,
 * `comments.declaredCount`, `comments.added`, `comments.removed` and `comments.edited` keep
 * their meaning; everything else here is an addition.
 */

/** The article metadata fields a report compares, in the order they are reported. */
export const METADATA_FIELDS = [
	'title',
	'subtitle',
	'authors',
	'publishedAt',
	'modifiedAt',
	'section',
	'tags',
	'image',
	'language',
	'canonicalUrl',
] as const;

export type MetadataField = (typeof METADATA_FIELDS)[number];

/** Everything `DiffOptions.ignore.fields` may name: a metadata field or a whole part of the report. */
export const IGNORABLE_FIELDS = [...METADATA_FIELDS, 'body', 'comments', 'declaredCount', 'notices'] as const;

export type IgnorableField = (typeof IGNORABLE_FIELDS)[number];

export interface DiffOptions {
	/**
	 * Version id of the older snapshot, copied into the report.
	 * @default null
	 */
	from?: string | null;
	/**
	 * Version id of the newer snapshot, copied into the report.
	 * @default null
	 */
	to?: string | null;
	/** What not to count as a change. */
	ignore?: IgnoreRules;
}

export interface IgnoreRules {
	/**
	 * Names from `IGNORABLE_FIELDS` to leave out of the comparison, e.g. `['modifiedAt', 'tags']`.
	 * An unknown name throws `ERR_USAGE`.
	 * @default []
	 */
	fields?: readonly string[];
	/**
	 * Text matching any of these is removed from titles, subtitles, body blocks and comment
	 * texts before comparing, e.g. `/\d+ views/`. Matched against the normalised text
	 * (straight quotes, single spaces); every match is removed, with or without the `g` flag.
	 * @default []
	 */
	patterns?: readonly RegExp[];
}

/** Any value a metadata field can hold, exactly as the snapshot holds it. */
export type FieldValue = string | null | readonly string[] | readonly Author[];

export interface FieldChange {
	field: MetadataField;
	before: FieldValue;
	after: FieldValue;
}

/**
 * One run of a word-level diff. The `unchanged` and `removed` parts in order spell the older
 * normalised text, `unchanged` and `added` the newer (up to spaces at part boundaries).
 */
export interface InlinePart {
	op: 'unchanged' | 'added' | 'removed';
	text: string;
}

export interface BodyChange {
	op: 'added' | 'removed' | 'changed';
	/** The block in the older snapshot; null when added. */
	before: Block | null;
	/** The block in the newer snapshot; null when removed. */
	after: Block | null;
	/** Position of `before` in the older body (0-based), or null. */
	beforeIndex: number | null;
	/** Position of `after` in the newer body (0-based), or null. */
	afterIndex: number | null;
	/** Word-level diff of the two texts, for `changed` only. */
	inline?: InlinePart[];
}

/** What about a matched comment changed. Score and relative times never count. */
export type CommentChangeKind = 'text' | 'author' | 'postedAt';

export interface CommentEdit {
	before: Comment;
	after: Comment;
	changes: CommentChangeKind[];
	/** Word-level diff of the two texts, when the text changed. */
	inline?: InlinePart[];
}

export interface CommentMove {
	/** The comment as the newer snapshot has it. */
	comment: Comment;
	/** Parent id in the older snapshot (null: top level). */
	fromParentId: string | null;
	/** Parent id in the newer snapshot (null: top level). */
	toParentId: string | null;
	/** Author names of the two parents, so a reader need not look them up. */
	fromParentAuthor: string | null;
	toParentAuthor: string | null;
}

export interface ChangeReport {
	/** The URL both snapshots were taken of (the newer snapshot's requested URL). */
	url: string;
	from: string | null;
	to: string | null;
	/** True when the body or the title changed but `modifiedAt` did not. */
	stealthEdit: boolean;
	/** The `ignore.fields` the report was made with: those parts are empty by choice. */
	ignored: IgnorableField[];
	article: {
		fields: FieldChange[];
		body: BodyChange[];
	};
	comments: {
		declaredCount: {before: number | null; after: number | null};
		/** False on a side means that snapshot knew it missed comments: its "removed" may be capture gaps. */
		complete: {before: boolean; after: boolean};
		notices: {added: string[]; removed: string[]};
		added: Comment[];
		removed: Comment[];
		edited: CommentEdit[];
		moved: CommentMove[];
	};
}
