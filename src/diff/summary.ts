import type {Snapshot} from '../snapshot/schema.js';
import {diffSnapshots} from './diff-snapshots.js';
import type {ChangeReport, DiffOptions} from './types.js';

/** True when the declared count changed and that change is not ignored. */
function declaredCountChanged(report: ChangeReport): boolean {
	const {before, after} = report.comments.declaredCount;
	return before !== after && !report.ignored.includes('declaredCount') && !report.ignored.includes('comments');
}

/** True when the report has anything to show: a field, a block, a comment, the count or a notice. */
export function hasChanges(report: ChangeReport): boolean {
	const {comments} = report;
	return (
		report.article.fields.length > 0 ||
		report.article.body.length > 0 ||
		comments.added.length > 0 ||
		comments.removed.length > 0 ||
		comments.edited.length > 0 ||
		comments.moved.length > 0 ||
		comments.notices.added.length > 0 ||
		comments.notices.removed.length > 0 ||
		declaredCountChanged(report)
	);
}

function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The article part: "body edited, title changed, tags changed". A moved modifiedAt goes
 * unsaid next to an edit, since that is what an honest edit looks like (a stealth edit is
 * called out instead); on its own it is news.
 */
function articlePhrases(report: ChangeReport): string[] {
	const {body, fields} = report.article;
	const edited = body.length > 0 || fields.some(({field}) => field === 'title');
	const phrases: string[] = [];
	if (body.length > 0) phrases.push('body edited');
	for (const {field} of fields) if (!(edited && field === 'modifiedAt')) phrases.push(`${field} changed`);
	return phrases;
}

/** The comment part: "+3 comments, 1 removed, 2 edited"; the noun goes on the first count only. */
function commentPhrases(report: ChangeReport): string[] {
	const {comments} = report;
	const counts: Array<[number, string]> = [
		[comments.removed.length, 'removed'],
		[comments.edited.length, 'edited'],
		[comments.moved.length, 'moved'],
	];
	const phrases: string[] = [];
	if (comments.added.length > 0) phrases.push(`+${plural(comments.added.length, 'comment')}`);
	for (const [count, verb] of counts) {
		if (count === 0) continue;
		phrases.push(phrases.length === 0 ? `${plural(count, 'comment')} ${verb}` : `${count} ${verb}`);
	}
	// The page's own count is only news when the captured comments do not already explain it.
	const {before, after} = comments.declaredCount;
	const explained = before !== null && after !== null && after - before === comments.added.length - comments.removed.length;
	if (declaredCountChanged(report) && !explained) phrases.push(`comment count ${before ?? '?'} → ${after ?? '?'}`);
	if (comments.notices.added.length > 0) phrases.push(`new notice: ${comments.notices.added.join('; ')}`);
	if (comments.notices.removed.length > 0) phrases.push(plural(comments.notices.removed.length, 'notice') + ' gone');
	return phrases;
}

/** The one line the history shows for a report, e.g. "body edited, title changed, +3 comments, 1 removed". */
export function summarizeReport(report: ChangeReport): string {
	const phrases = [...articlePhrases(report), ...commentPhrases(report)];
	if (phrases.length === 0) return 'no visible change';
	const line = phrases.join(', ');
	return report.stealthEdit ? `stealth edit: ${line}` : line;
}

/**
 * The one-line summary of a version against the one before it, as `history` shows it.
 *
 * @example summarizeChange(null, first) === 'first version'
 * @example summarizeChange(v1, v2) === 'body edited, title changed, +3 comments, 1 removed'
 */
export function summarizeChange(before: Snapshot | null, after: Snapshot, options?: DiffOptions): string {
	if (before === null) return 'first version';
	return summarizeReport(diffSnapshots(before, after, options));
}
