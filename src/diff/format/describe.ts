import type {Block, Comment} from '../../snapshot/schema.js';
import type {BodyChange, ChangeReport, FieldValue, InlinePart} from '../types.js';

/**
 * Plain-text descriptions every formatter shares, so the terminal, Markdown and HTML say
 * the same thing in the same words. Each formatter escapes or styles them itself.
 */

export function describeFieldValue(value: FieldValue): string {
	if (value === null) return '(none)';
	if (typeof value === 'string') return value;
	if (value.length === 0) return '(none)';
	return value.map((item) => (typeof item === 'string' ? item : item.name)).join(', ');
}

/** "v1 → v2", or "older → newer" when the versions have no ids. */
export function describeVersions(report: ChangeReport): string {
	return `${report.from ?? 'older'} → ${report.to ?? 'newer'}`;
}

export const STEALTH_WARNING = 'Stealth edit: the article changed but its modified time did not.';

export const NO_CHANGES = 'No changes.';

/** "#11 sissy246, 2019-01-12 10:00 UTC" — what identifies a comment to a reader. */
export function describeComment(comment: Comment): string {
	const parts = [comment.number === null ? null : `#${comment.number}`, comment.author.name ?? 'anonymous'];
	const head = parts.filter((part) => part !== null).join(' ');
	return comment.postedAt === null ? head : `${head}, ${describeTime(comment.postedAt)}${comment.postedAtRelative ? ' (approx.)' : ''}`;
}

/** ISO 8601 as "2019-01-12 10:00 UTC+01:00", readable and still exact. */
export function describeTime(iso: string): string {
	const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.exec(iso);
	if (!match) return iso;
	const zone = match[3] === 'Z' ? 'UTC' : `UTC${match[3]}`;
	return `${match[1]} ${match[2]} ${zone}`;
}

/** "reply to #3 meanestgenius" / "top level" for a parent. */
export function describeParent(parentId: string | null, author: string | null): string {
	if (parentId === null) return 'top level';
	return `reply to ${author ?? parentId}`;
}

const BLOCK_NAMES: Record<Block['type'], string> = {
	paragraph: 'Paragraph',
	heading: 'Heading',
	quote: 'Quote',
	list: 'List',
	table: 'Table',
	image: 'Image',
	embed: 'Embed',
	code: 'Code',
};

/** "Paragraph 3 changed" (1-based, as a reader counts), "Image 5 added". */
export function describeBodyChange(change: BodyChange): string {
	const block = change.after ?? change.before;
	const index = change.afterIndex ?? change.beforeIndex;
	const name = block ? BLOCK_NAMES[block.type] : 'Block';
	const was = change.before && change.after && change.before.type !== change.after.type ? change.before.type : null;
	const suffix = was === null ? '' : ` (was ${BLOCK_NAMES[was].toLowerCase()})`;
	return `${name} ${(index ?? 0) + 1} ${change.op}${suffix}`;
}

const LINE_MARKS: Record<InlinePart['op'], string> = {unchanged: ' ', removed: '-', added: '+'};

/**
 * A change to a code block as `diff -u` prints it, one line each, marked ' ', '-' or '+', with
 * three unchanged lines around each change and `…` for the lines further off: a listing is
 * read by lines (see `lineDiff`). Null when either side is no code block (a listing
 * an older snapshot read as a paragraph): that change is shown word by word, as prose is.
 */
export function codeChangeLines(change: BodyChange): string[] | null {
	const {before, after} = change;
	const block = after ?? before;
	if (!block || (before && before.type !== 'code') || (after && after.type !== 'code')) return null;
	const parts = change.inline ?? [{op: after ? 'added' : 'removed', text: block.text}];
	return parts.flatMap((part, index) => {
		const lines = part.text.replace(TRAILING_NEWLINE, '').split('\n');
		if (part.op === 'unchanged') return withoutFarContext(lines, index > 0, index < parts.length - 1).map((line) => (line === null ? CONTEXT_GAP : ` ${line}`));
		return lines.map((line) => `${LINE_MARKS[part.op]}${line}`);
	});
}

const TRAILING_NEWLINE = /\n$/;
/** Unchanged lines shown around a changed one, as `diff -u` shows three; the rest of a long listing is a gap. */
const CONTEXT_LINES = 3;
const CONTEXT_GAP = '…';

/** A run of unchanged lines cut to the lines next to a change before (`afterChange`) or after it (`beforeChange`); null marks the gap. */
function withoutFarContext(lines: readonly string[], afterChange: boolean, beforeChange: boolean): Array<string | null> {
	const head = afterChange ? CONTEXT_LINES : 0;
	const tail = beforeChange ? CONTEXT_LINES : 0;
	if (lines.length <= head + tail + 1) return [...lines];
	return [...lines.slice(0, head), null, ...lines.slice(lines.length - tail)];
}

/** A block's text, with its source for images and embeds that have no text. */
export function blockText(block: Block): string {
	if (block.text !== '') return block.text;
	return block.src ?? '';
}

/** The inline parts one side of a diff shows: the older side drops additions, the newer drops removals. */
export function sideOf(parts: readonly InlinePart[], side: 'before' | 'after'): InlinePart[] {
	const hidden = side === 'before' ? 'added' : 'removed';
	return parts.filter((part) => part.op !== hidden);
}

/** "21 → 24", or "21" when unchanged. */
export function describeDeclaredCount(report: ChangeReport): string {
	const {before, after} = report.comments.declaredCount;
	const show = (count: number | null) => (count === null ? 'unknown' : String(count));
	return before === after ? show(after) : `${show(before)} → ${show(after)}`;
}
