import type {Comment} from '../../snapshot/schema.js';
import {hasChanges} from '../summary.js';
import type {ChangeReport, InlinePart} from '../types.js';
import {
	NO_CHANGES,
	STEALTH_WARNING,
	blockText,
	describeBodyChange,
	describeComment,
	describeDeclaredCount,
	describeFieldValue,
	describeParent,
	describeVersions,
	sideOf,
} from './describe.js';

const HTML_ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;'};

/** Every character that could open a tag, an entity or leave an attribute is escaped. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * Inline, so the page is one file that opens offline, can be mailed or archived, and loads
 * nothing from anywhere. System fonts; light and dark schemes.
 */
const STYLE = `
:root { color-scheme: light dark; --ins: #d7f5dd; --del: #fbd9d9; --muted: #666; --line: #ddd; --warn: #fff3c4; }
@media (prefers-color-scheme: dark) { :root { --ins: #1f4d2b; --del: #5a2323; --muted: #aaa; --line: #444; --warn: #4d4210; } }
body { font: 16px/1.5 system-ui, sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.4rem; margin-bottom: 0; } h2 { border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
.meta, .by { color: var(--muted); } .url { word-break: break-all; }
.stealth { background: var(--warn); padding: .6rem 1rem; border-radius: 4px; font-weight: 600; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; } .pair > div { border: 1px solid var(--line); border-radius: 4px; padding: .5rem .8rem; }
.pair .side { font-size: .8rem; color: var(--muted); text-transform: uppercase; display: block; }
ins { background: var(--ins); text-decoration: none; } del { background: var(--del); }
.block, .comment { margin: 1rem 0; } .block h3, .comment h4 { font-size: 1rem; margin: 0 0 .3rem; } .comment .by { margin: 0 0 .3rem; }
.text { white-space: pre-wrap; margin: 0; }
.removed > .text { background: var(--del); padding: .5rem .8rem; border-radius: 4px; }
.added > .text { background: var(--ins); padding: .5rem .8rem; border-radius: 4px; }
`;

function inlineHtml(parts: readonly InlinePart[]): string {
	return parts
		.map((part) => {
			const text = escapeHtml(part.text);
			if (part.op === 'unchanged') return text;
			return part.op === 'added' ? `<ins>${text}</ins>` : `<del>${text}</del>`;
		})
		.join('');
}

/** Older text with its deletions marked beside newer text with its insertions marked. */
function beforeAfter(parts: readonly InlinePart[]): string {
	return `<div class="pair"><div><span class="side">before</span><p class="text">${inlineHtml(sideOf(parts, 'before'))}</p></div><div><span class="side">after</span><p class="text">${inlineHtml(sideOf(parts, 'after'))}</p></div></div>`;
}

function commentHtml(comment: Comment, kind: 'added' | 'removed'): string {
	return `<article class="comment ${kind}"><h4>${escapeHtml(describeComment(comment))}</h4><p class="by">${escapeHtml(describeParent(comment.parentId, null))}</p><p class="text">${escapeHtml(comment.text)}</p></article>`;
}

function articleHtml(report: ChangeReport): string[] {
	const {fields, body} = report.article;
	const out: string[] = [];
	if (fields.length > 0) {
		out.push('<h2>Article fields</h2><table><thead><tr><th>Field</th><th>Before</th><th>After</th></tr></thead><tbody>');
		for (const change of fields) {
			out.push(`<tr><td>${escapeHtml(change.field)}</td><td><del>${escapeHtml(describeFieldValue(change.before))}</del></td><td><ins>${escapeHtml(describeFieldValue(change.after))}</ins></td></tr>`);
		}
		out.push('</tbody></table>');
	}
	if (body.length > 0) {
		out.push('<h2>Article body</h2>');
		for (const change of body) {
			const heading = `<h3>${escapeHtml(describeBodyChange(change))}</h3>`;
			if (change.op === 'changed') out.push(`<section class="block changed">${heading}${beforeAfter(change.inline ?? [])}</section>`);
			else if (change.op === 'added' && change.after) out.push(`<section class="block added">${heading}<p class="text">${escapeHtml(blockText(change.after))}</p></section>`);
			else if (change.before) out.push(`<section class="block removed">${heading}<p class="text">${escapeHtml(blockText(change.before))}</p></section>`);
		}
	}
	return out;
}

function commentsHtml(report: ChangeReport): string[] {
	const {comments} = report;
	const out = [`<h2>Comments</h2><p>Declared count: ${escapeHtml(describeDeclaredCount(report))}</p>`];
	for (const notice of comments.notices.added) out.push(`<p class="notice">New notice: ${escapeHtml(notice)}</p>`);
	for (const notice of comments.notices.removed) out.push(`<p class="notice">Notice gone: ${escapeHtml(notice)}</p>`);
	const list = (title: string, items: readonly Comment[], kind: 'added' | 'removed') => {
		if (items.length > 0) out.push(`<h3>${title} (${items.length})</h3>`, ...items.map((item) => commentHtml(item, kind)));
	};
	list('Removed', comments.removed, 'removed');
	list('Added', comments.added, 'added');
	if (comments.edited.length > 0) {
		out.push(`<h3>Edited (${comments.edited.length})</h3>`);
		for (const edit of comments.edited) {
			const detail = edit.inline ? beforeAfter(edit.inline) : `<p class="text">${escapeHtml(edit.after.text)}</p>`;
			const author = edit.changes.includes('author') ? `<p class="by">author: ${escapeHtml(edit.before.author.name ?? 'anonymous')} → ${escapeHtml(edit.after.author.name ?? 'anonymous')}</p>` : '';
			const time = edit.changes.includes('postedAt') ? `<p class="by">posted: ${escapeHtml(edit.before.postedAt ?? '(none)')} → ${escapeHtml(edit.after.postedAt ?? '(none)')}</p>` : '';
			out.push(`<article class="comment edited"><h4>${escapeHtml(describeComment(edit.after))}</h4>${author}${time}${detail}</article>`);
		}
	}
	if (comments.moved.length > 0) {
		out.push(`<h3>Moved (${comments.moved.length})</h3><ul>`);
		for (const move of comments.moved) {
			const from = describeParent(move.fromParentId, move.fromParentAuthor);
			const to = describeParent(move.toParentId, move.toParentAuthor);
			out.push(`<li><strong>${escapeHtml(describeComment(move.comment))}</strong>: ${escapeHtml(from)} → ${escapeHtml(to)}</li>`);
		}
		out.push('</ul>');
	}
	return out;
}

/**
 * A ChangeReport as one self-contained HTML page: inline CSS, no scripts, no external
 * assets, all page text escaped. Changed blocks and edited comments show before and after
 * side by side with word-level `<del>`/`<ins>`; removed comments are shown in full.
 */
export function formatHtml(report: ChangeReport): string {
	const body = [
		`<header><h1>Changes</h1><p class="url">${escapeHtml(report.url)}</p><p class="meta">${escapeHtml(describeVersions(report))}</p></header>`,
		...(report.stealthEdit ? [`<p class="stealth">${escapeHtml(STEALTH_WARNING)}</p>`] : []),
		...(hasChanges(report) ? [...articleHtml(report), ...commentsHtml(report)] : [`<p>${NO_CHANGES}</p>`]),
	];
	return [
		'<!doctype html>',
		'<html lang="en">',
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>Changes to ${escapeHtml(report.url)}</title>`,
		`<style>${STYLE}</style>`,
		'</head>',
		'<body>',
		...body,
		'</body>',
		'</html>',
		'',
	].join('\n');
}
