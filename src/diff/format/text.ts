import {styleText} from 'node:util';
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

export interface TextFormatOptions {
	/** ANSI colours (red deletions, green insertions); plain `[-removed-]{+added+}` marks when false. */
	color: boolean;
}

type Style = Parameters<typeof styleText>[0];

/**
 * A ChangeReport for the terminal: header, stealth-edit warning, changed fields, changed
 * blocks with word-level marks, then the comment changes. Ends with a newline.
 */
export function formatText(report: ChangeReport, options: TextFormatOptions): string {
	const style = (format: Style, text: string): string => (options.color ? styleText(format, text) : text);
	const inline = (parts: readonly InlinePart[]): string =>
		parts
			.map((part) => {
				if (part.op === 'unchanged') return part.text;
				if (options.color) return part.op === 'added' ? style(['green', 'underline'], part.text) : style(['red', 'strikethrough'], part.text);
				return part.op === 'added' ? `{+${part.text}+}` : `[-${part.text}-]`;
			})
			.join('');
	const comment = (mark: string, format: Style, item: Comment): string[] => [
		`  ${style(format, `${mark} ${describeComment(item)}`)} (${describeParent(item.parentId, null)})`,
		...indent(item.text, '      '),
	];

	const lines = [style('bold', `Changes to ${report.url}`), `  ${describeVersions(report)}`];
	if (report.stealthEdit) lines.push(style(['yellow', 'bold'], `! ${STEALTH_WARNING}`));
	if (!hasChanges(report)) return `${[...lines, NO_CHANGES].join('\n')}\n`;

	const {fields, body} = report.article;
	if (fields.length > 0 || body.length > 0) lines.push('', style('bold', 'Article'));
	for (const change of fields) {
		lines.push(`  ${change.field}: ${style('red', describeFieldValue(change.before))} → ${style('green', describeFieldValue(change.after))}`);
	}
	const codeLine = (line: string): string => (line.startsWith('+') ? style('green', line) : line.startsWith('-') ? style('red', line) : line);
	for (const change of body) {
		lines.push(`  ${style('bold', describeBodyChange(change))}`);
		const code = codeChangeLines(change);
		if (code) lines.push(...code.map((line) => `      ${codeLine(line)}`));
		else if (change.op === 'changed') lines.push(...indent(inline(change.inline ?? []), '      '));
		else if (change.op === 'added' && change.after) lines.push(...indent(style('green', `+ ${blockText(change.after)}`), '      '));
		else if (change.before) lines.push(...indent(style('red', `- ${blockText(change.before)}`), '      '));
	}

	const {comments} = report;
	lines.push('', style('bold', `Comments (declared: ${describeDeclaredCount(report)})`));
	for (const notice of comments.notices.added) lines.push(`  notice added: ${notice}`);
	for (const notice of comments.notices.removed) lines.push(`  notice gone: ${notice}`);
	for (const item of comments.removed) lines.push(...comment('- removed', 'red', item));
	for (const item of comments.added) lines.push(...comment('+ added', 'green', item));
	for (const edit of comments.edited) {
		lines.push(`  ${style('yellow', `~ edited ${describeComment(edit.after)}`)} (${edit.changes.join(', ')})`);
		if (edit.inline) lines.push(...indent(inline(edit.inline), '      '));
		if (edit.changes.includes('author')) lines.push(`      author: ${edit.before.author.name ?? 'anonymous'} → ${edit.after.author.name ?? 'anonymous'}`);
		if (edit.changes.includes('postedAt')) lines.push(`      posted: ${edit.before.postedAt ?? '(none)'} → ${edit.after.postedAt ?? '(none)'}`);
	}
	for (const move of comments.moved) {
		lines.push(`  ${style('cyan', `> moved ${describeComment(move.comment)}`)}: ${describeParent(move.fromParentId, move.fromParentAuthor)} → ${describeParent(move.toParentId, move.toParentAuthor)}`);
	}
	return `${lines.join('\n')}\n`;
}

function indent(text: string, prefix: string): string[] {
	return text.split('\n').map((line) => `${prefix}${line}`);
}
