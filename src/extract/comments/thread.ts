import {createHash} from 'node:crypto';
import type {Comment, Comments} from '../../snapshot/schema.js';
import {HIDDEN_NOTICE_PATTERN} from '../document/selectors.js';
import type {RawComment} from './raw.js';

/**
 * Settle a thread: stable ids, parent ids, depths, gaps in the numbering, and whether the
 * thread is complete.
 *
 * Ids: the site's own id when the markup has one (and it is unique in the thread), else
 * `n<number>` from the number the site shows, else `h<hash>` of author and text (with `-2`,
 * `-3`… for repeats). Never the fetch time or the position alone, so re-extracting the same
 * page, or a page where an earlier comment disappeared, keeps every other id.
 *
 * Gaps: numbers between the lowest and highest shown number that no comment carries.
 *
 * Complete: true when the page declares no count, or when the comments captured reach the
 * declared count. Comments the site itself hides do not make a thread incomplete: when the
 * page shows a "comments have been hidden/removed" notice, each gap in the numbering counts
 * as one such hidden comment ("21 Comments" with 20 shown, #18 missing and the notice is
 * complete; the same page without the notice is not).
 */
export function settleThread(raw: readonly RawComment[], declaredCount: number | null, notices: readonly string[]): Comments {
	const ids = assignIds(raw);
	const depths = raw.map((_comment, index) => depthOf(raw, index));
	const items: Comment[] = raw.map((comment, index) => {
		const parent = comment.parentIndex;
		const item: Comment = {
			id: ids[index] as string,
			number: comment.number,
			parentId: parent === null ? null : (ids[parent] ?? null),
			depth: depths[index] ?? 0,
			author: comment.author,
			postedAt: comment.postedAt?.iso ?? null,
			text: comment.text,
			links: comment.links,
			score: comment.score,
		};
		if (comment.postedAt?.relative) item.postedAtRelative = true;
		if (comment.quotes && comment.quotes.length > 0) item.quotes = comment.quotes;
		return item;
	});
	const gaps = numberGaps(raw);
	const hiddenByNotice = notices.some((notice) => HIDDEN_NOTICE_PATTERN.test(notice)) ? gaps.length : 0;
	const complete = declaredCount === null || items.length + hiddenByNotice >= declaredCount;
	return {declaredCount, notices: [...notices], complete, items, gaps};
}

function assignIds(raw: readonly RawComment[]): string[] {
	const siteIdCounts = new Map<string, number>();
	for (const comment of raw) if (comment.siteId) siteIdCounts.set(comment.siteId, (siteIdCounts.get(comment.siteId) ?? 0) + 1);
	const numberCounts = new Map<number, number>();
	for (const comment of raw) if (comment.number !== null) numberCounts.set(comment.number, (numberCounts.get(comment.number) ?? 0) + 1);
	const used = new Map<string, number>();
	return raw.map((comment) => {
		let base: string;
		if (comment.siteId && siteIdCounts.get(comment.siteId) === 1) base = comment.siteId;
		else if (comment.number !== null && numberCounts.get(comment.number) === 1) base = `n${comment.number}`;
		else base = `h${createHash('sha256').update(`${comment.author.name ?? ''}\u0000${comment.text}`).digest('hex').slice(0, 12)}`;
		const seen = used.get(base) ?? 0;
		used.set(base, seen + 1);
		return seen === 0 ? base : `${base}-${seen + 1}`;
	});
}

/** Depth by walking parents; a cycle (bad markup) stops the walk instead of looping. */
function depthOf(raw: readonly RawComment[], index: number): number {
	let depth = 0;
	const seen = new Set<number>([index]);
	for (let parent = raw[index]?.parentIndex ?? null; parent !== null && !seen.has(parent); parent = raw[parent]?.parentIndex ?? null) {
		seen.add(parent);
		depth++;
	}
	return depth;
}

/** A wider spread of numbers is not a 1, 2, 3… sequence (they are ids or years), so gaps mean nothing. */
const MAX_NUMBER_SPAN = 10_000;

/** Numbers a page's numbering skips between its lowest and highest shown number. */
function numberGaps(raw: readonly RawComment[]): number[] {
	const numbers = new Set(raw.map((comment) => comment.number).filter((n): n is number => n !== null));
	if (numbers.size < 2) return [];
	const min = Math.min(...numbers);
	const max = Math.max(...numbers);
	if (max - min > MAX_NUMBER_SPAN) return [];
	const gaps: number[] = [];
	for (let n = min + 1; n < max; n++) if (!numbers.has(n)) gaps.push(n);
	return gaps;
}
