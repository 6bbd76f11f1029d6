export {diffSnapshots} from './diff-snapshots.js';
export {hasChanges, summarizeChange, summarizeReport} from './summary.js';
export {normalizeText} from './normalize-text.js';
export {commentTimeline, type CommentLife, type VersionSnapshot} from './timeline.js';
export {formatText, type TextFormatOptions} from './format/text.js';
export {formatJson} from './format/json.js';
export {formatMarkdown} from './format/markdown.js';
export {formatHtml} from './format/html.js';
export {BLOCK_PAIRING_SIMILARITY} from './body.js';
export {COMMENT_EDIT_SIMILARITY} from './comment-matching.js';
export {
	IGNORABLE_FIELDS,
	METADATA_FIELDS,
	type BodyChange,
	type ChangeReport,
	type CommentChangeKind,
	type CommentEdit,
	type CommentMove,
	type DiffOptions,
	type FieldChange,
	type FieldValue,
	type IgnorableField,
	type IgnoreRules,
	type InlinePart,
	type MetadataField,
} from './types.js';
