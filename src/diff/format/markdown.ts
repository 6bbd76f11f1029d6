import {fenced} from '../../snapshot/code-fence.js';
import type {Comment} from '../../snapshot/schema.js';
import {hasChanges} from '../summary.js';
import type {ChangeReport, InlinePart} from '../types.js';
import {
	NO_CHANGES,
	STEALTH_WARNING,
	blockText,
	codeChangeLines,
	describeBodyChange,
	describeComment,
	describeDeclaredCount,
	describeFieldValue,
	describeParent,
	describeVersions,
} from './describe.js';

/**
 * Punctuation Markdown or inline HTML reads as syntax anywhere in a line: emphasis, code,
 * links, tags, tables, strikethrough, entities. CommonMark lets each be backslash-escaped.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&]/g;
/** Headings, quotes, list items and setext underlines only start a line. */
const LINE_START_SPECIAL = /^(\s*)([#>+=-]|\d+(?=[.)]))/gm;

/** Page text as Markdown that renders as exactly that text. */
export function escapeMarkdown(text: string): string {
	return text.replace(INLINE_SPECIAL, (char) => `\\${char}`).replace(LINE_START_SPECIAL, (_match, space: string, marker: string) => {
		return /\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`;
	});
}

/** One line per source line, each a quote line, so multi-line comments and lists stay quoted. */
function quote(text: string): string[] {
	return text.split('\n').map((line) => `> ${line}`);
}

/** Deletions as `<del>` and insertions as `<ins>`: GitHub and most renderers show them struck and underlined. */
function inlineMarkdown(parts: readonly InlinePart[]): string {
	return parts
		.map((part) => {
			const text = escapeMarkdown(part.text);
			if (part.op === 'unchanged') return text;
			return part.op === 'added' ? `<ins>${text}</ins>` : `<del>${text}</del>`;
		})
		.join('');
}

function commentEntry(comment: Comment): string[] {
	return [`- **${escapeMarkdown(describeComment(comment))}** (${escapeMarkdown(describeParent(comment.parentId, null))})`, '', ...quote(escapeMarkdown(comment.text)).map((line) => `  ${line}`), ''];
}

/** A ChangeReport as a Markdown document (GitHub-flavoured: tables, `<ins>`/`<del>`). Ends with a newline. */
export function formatMarkdown(report: ChangeReport): string {
	const lines = [`# Changes to ${escapeMarkdown(report.url)}`, '', escapeMarkdown(describeVersions(report)), ''];
	if (report.stealthEdit) lines.push(`> **${escapeMarkdown(STEALTH_WARNING)}**`, '');
	if (!hasChanges(report)) return `${[...lines, NO_CHANGES].join('\n')}\n`;

	const {fields, body} = report.article;
	if (fields.length > 0) {
		lines.push('## Article fields', '', '| Field | Before | After |', '| --- | --- | --- |');
		for (const change of fields) {
			const cell = (value: string) => escapeMarkdown(value).replace(/\n/g, '<br>');
			lines.push(`| ${change.field} | ${cell(describeFieldValue(change.before))} | ${cell(describeFieldValue(change.after))} |`);
		}
		lines.push('');
	}
	if (body.length > 0) {
		lines.push('## Article body', '');
		for (const change of body) {
			lines.push(`### ${escapeMarkdown(describeBodyChange(change))}`, '');
			// A listing's change as a `diff` block: its lines and indentation as printed, marked line by line.
			const code = codeChangeLines(change);
			if (code) lines.push(...fenced('diff', code));
			else if (change.op === 'changed') lines.push(...quote(inlineMarkdown(change.inline ?? [])));
			else if (change.op === 'added' && change.after) lines.push(...quote(`<ins>${escapeMarkdown(blockText(change.after))}</ins>`));
			else if (change.before) lines.push(...quote(`<del>${escapeMarkdown(blockText(change.before))}</del>`));
			lines.push('');
		}
	}

	const {comments} = report;
	lines.push('## Comments', '', `Declared count: ${escapeMarkdown(describeDeclaredCount(report))}`, '');
	for (const notice of comments.notices.added) lines.push(`- New notice: ${escapeMarkdown(notice)}`);
	for (const notice of comments.notices.removed) lines.push(`- Notice gone: ${escapeMarkdown(notice)}`);
	if (comments.notices.added.length + comments.notices.removed.length > 0) lines.push('');
	const section = (title: string, items: readonly Comment[]) => {
		if (items.length === 0) return;
		lines.push(`### ${title} (${items.length})`, '', ...items.flatMap(commentEntry));
	};
	section('Removed', comments.removed);
	section('Added', comments.added);
	if (comments.edited.length > 0) {
		lines.push(`### Edited (${comments.edited.length})`, '');
		for (const edit of comments.edited) {
			lines.push(`- **${escapeMarkdown(describeComment(edit.after))}** (${edit.changes.join(', ')})`, '');
			const text = edit.inline ? inlineMarkdown(edit.inline) : escapeMarkdown(edit.after.text);
			lines.push(...quote(text).map((line) => `  ${line}`), '');
		}
	}
	if (comments.moved.length > 0) {
		lines.push(`### Moved (${comments.moved.length})`, '');
		for (const move of comments.moved) {
			const from = describeParent(move.fromParentId, move.fromParentAuthor);
			const to = describeParent(move.toParentId, move.toParentAuthor);
			lines.push(`- **${escapeMarkdown(describeComment(move.comment))}**: ${escapeMarkdown(from)} → ${escapeMarkdown(to)}`);
		}
		lines.push('');
	}
	return `${lines.join('\n').trimEnd()}\n`;
}
