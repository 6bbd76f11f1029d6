import type {Comment, Comments} from '../snapshot/schema.js';
import {matchComments, prepareComments, type MatchedComment} from './comment-matching.js';
import {instantKey} from './comparison-keys.js';
import {inlineDiff} from './inline-diff.js';
import type {ResolvedDiffOptions} from './options.js';
import type {ChangeReport, CommentChangeKind, CommentEdit, CommentMove} from './types.js';

type CommentsReport = ChangeReport['comments'];

/**
 * Compare two comment threads: which comments were added, removed (hidden or deleted),
 * edited or moved under another parent. Numbers, vote scores and times resolved from
 * relative text ("3 hours ago") drift between visits and never count as a change.
 */
export function diffComments(a: Comments, b: Comments, options: ResolvedDiffOptions): CommentsReport {
	const report: CommentsReport = {
		declaredCount: {before: a.declaredCount, after: b.declaredCount},
		complete: {before: a.complete, after: b.complete},
		notices: {added: [], removed: []},
		added: [],
		removed: [],
		edited: [],
		moved: [],
	};
	if (options.ignored.has('comments')) return report;
	if (!options.ignored.has('notices')) report.notices = diffNotices(a.notices, b.notices, options.normalize);

	const {matched, removed, added} = matchComments(prepareComments(a.items, options.normalize), prepareComments(b.items, options.normalize));
	report.removed = removed;
	report.added = added;
	for (const pair of matched) {
		const edit = editOf(pair);
		if (edit) report.edited.push(edit);
	}
	report.moved = movesOf(matched, a.items, b.items);
	return report;
}

function diffNotices(before: readonly string[], after: readonly string[], normalize: (text: string) => string): CommentsReport['notices'] {
	const had = new Set(before.map(normalize));
	const has = new Set(after.map(normalize));
	return {added: after.filter((notice) => !had.has(normalize(notice))), removed: before.filter((notice) => !has.has(normalize(notice)))};
}

function editOf({before: x, after: y}: MatchedComment): CommentEdit | null {
	const {comment: before} = x;
	const {comment: after} = y;
	const changes: CommentChangeKind[] = [];
	if (x.text !== y.text && x.withQuotes !== y.withQuotes) changes.push('text');
	if (x.author !== y.author) changes.push('author');
	// A time resolved from "3 hours ago" moves with the fetch time; only two absolute times are evidence.
	if (!before.postedAtRelative && !after.postedAtRelative && instantKey(before.postedAt) !== instantKey(after.postedAt)) changes.push('postedAt');
	if (changes.length === 0) return null;
	return changes.includes('text') ? {before, after, changes, inline: inlineDiff(x.text, y.text)} : {before, after, changes};
}

/**
 * A comment moved when its parent is no longer the same comment: the older parent id is
 * translated through the matching, so renumbered (re-derived) ids alone do not move anything.
 */
function movesOf(matched: readonly MatchedComment[], itemsA: readonly Comment[], itemsB: readonly Comment[]): CommentMove[] {
	const newIdOf = new Map(matched.map(({before, after}) => [before.comment.id, after.comment.id]));
	const inA = new Map(itemsA.map((comment) => [comment.id, comment]));
	const inB = new Map(itemsB.map((comment) => [comment.id, comment]));
	const moves: CommentMove[] = [];
	for (const {before: {comment: before}, after: {comment: after}} of matched) {
		const from = before.parentId;
		const to = after.parentId;
		// A parent id the older thread never listed cannot be translated; compare it as written.
		// `undefined`: the parent was removed.
		const expected = from === null ? null : inA.has(from) ? newIdOf.get(from) : from;
		if (expected === to) continue;
		// The parent was removed and the reply still points at an id the newer thread does not list: it stayed put.
		if (expected === undefined && to !== null && !inB.has(to)) continue;
		moves.push({
			comment: after,
			fromParentId: from,
			toParentId: to,
			fromParentAuthor: from === null ? null : (inA.get(from)?.author.name ?? null),
			toParentAuthor: to === null ? null : (inB.get(to)?.author.name ?? null),
		});
	}
	return moves;
}
