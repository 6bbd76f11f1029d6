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
