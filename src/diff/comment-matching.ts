import type {Comment} from '../snapshot/schema.js';
import {editScore, wordsOf} from './similarity.js';

/**
 * Deciding which comment of the newer thread is which comment of the older one.
 *
 * Ids come first: the site's own id names a comment for good. But when the markup has no
 * id the extractor derives one from the thread position and content, and a renumbered
 * thread (a comment hidden above) or a small edit changes it. So the matching runs in
 * stages, each on what the previous ones left, from strongest evidence to weakest:
 *
 * 1. same id and same author and text;
 * 2. same author and text, in thread order (a renumbered or derived id);
 * 3. same id, and the same author or similar text (an edit, with a stable id);
 * 4. same author and similar text, most similar first (an edit, with a derived id).
 */

/**
 * Two texts by one author are one comment edited when at least half their words are shared
 * (Dice coefficient). Measured on the seed PhoneArena thread (../shared/seeds/): different
 * comments by one author score 0.06–0.38 (0.39 for any two comments), while a 16-word
 * comment with an 8-word "EDIT: …" appended still scores 0.78 against its old self. A
 * comment extended at either end is matched whatever its score (a long "EDIT: …" on a one-liner).
 */
export const COMMENT_EDIT_SIMILARITY = 0.5;

/**
 * Stage 4 compares every leftover older comment of an author with every newer one. Above
 * this many comparisons for one author (a mass re-render of an anonymous thread) each
 * comment is only compared with those near its own thread position, which keeps it linear.
 */
const MAX_FUZZY_COMPARISONS = 250_000;

export interface MatchedComment {
	before: PreparedComment;
	after: PreparedComment;
}

export interface CommentMatching {
	/** In the newer thread's order. */
	matched: MatchedComment[];
	/** In the older thread's order. */
	removed: Comment[];
	/** In the newer thread's order. */
	added: Comment[];
}

/**
 * A comment prepared for matching: its normalised author and own text. What it quotes is left
 * out: those are another post's words, compared on that post, and a board re-renders a quote
 * (shortens it, drops a nested one) without the replier touching their reply.
 */
export interface PreparedComment {
	comment: Comment;
	author: string;
	text: string;
	/**
	 * The quotes and the own text read as one: a snapshot taken before quotes were read apart
	 * holds them in `text`, and the same words split otherwise are no edit.
	 */
	withQuotes: string;
	words: string[];
	/** Author and text together: equal keys are the same comment, whatever its id. */
	key: string;
}

export function prepareComments(items: readonly Comment[], normalize: (text: string) => string): PreparedComment[] {
	return items.map((comment) => {
		const text = normalize(comment.text);
		const withQuotes = comment.quotes?.length ? normalize([...comment.quotes.map((quote) => quote.text), comment.text].join(' ')) : text;
		const author = normalizeAuthor(comment.author.name, normalize);
		return {comment, author, text, withQuotes, words: wordsOf(text), key: `${author}\u0000${text}`};
	});
}

/** Display-name case and typography vary between templates; the account does not. */
export function normalizeAuthor(name: string | null, normalize: (text: string) => string): string {
	return name === null ? '' : normalize(name).toLowerCase();
}

export function matchComments(a: readonly PreparedComment[], b: readonly PreparedComment[]): CommentMatching {
	const pairOf = new Map<PreparedComment, PreparedComment>();
	const taken = new Set<PreparedComment>();
	const link = (x: PreparedComment, y: PreparedComment): void => {
		pairOf.set(y, x);
		taken.add(x);
	};
	const leftA = (): PreparedComment[] => a.filter((x) => !taken.has(x));
	const leftB = (): PreparedComment[] => b.filter((y) => !pairOf.has(y));

	const byId = new Map<string, PreparedComment>();
	for (const x of a) if (!byId.has(x.comment.id)) byId.set(x.comment.id, x);

	// Stages 1–4 as listed at the top of this file.
	for (const y of b) {
		const x = byId.get(y.comment.id);
		if (x && !taken.has(x) && x.key === y.key) link(x, y);
	}

	const byContent = new Map<string, PreparedComment[]>();
	for (const x of leftA()) {
		const queue = byContent.get(x.key);
		if (queue) queue.push(x);
		else byContent.set(x.key, [x]);
	}
	for (const y of leftB()) {
		const x = byContent.get(y.key)?.shift();
		if (x) link(x, y);
	}

	for (const y of leftB()) {
		const x = byId.get(y.comment.id);
		if (x && !taken.has(x) && (x.author === y.author || editScore(x, y, COMMENT_EDIT_SIMILARITY) >= 0)) link(x, y);
	}

	for (const [x, y] of matchSimilar(leftA(), leftB())) link(x, y);

	return {
		matched: b.flatMap((y) => {
			const x = pairOf.get(y);
			return x ? [{before: x, after: y}] : [];
		}),
		removed: leftA().map((x) => x.comment),
		added: leftB().map((y) => y.comment),
	};
}

/** Stage 4: per author, the most similar leftover pairs first; ties go to the nearest thread positions. */
function matchSimilar(a: readonly PreparedComment[], b: readonly PreparedComment[]): Array<[PreparedComment, PreparedComment]> {
	const byAuthor = new Map<string, {a: PreparedComment[]; b: PreparedComment[]}>();
	const group = (author: string) => {
		let entry = byAuthor.get(author);
		if (!entry) byAuthor.set(author, (entry = {a: [], b: []}));
		return entry;
	};
	for (const x of a) group(x.author).a.push(x);
	for (const y of b) group(y.author).b.push(y);

	const pairs: Array<[PreparedComment, PreparedComment]> = [];
	for (const {a: olds, b: news} of byAuthor.values()) {
		if (olds.length === 0 || news.length === 0) continue;
		const candidates: Array<{x: PreparedComment; y: PreparedComment; score: number; distance: number}> = [];
		const window = olds.length * news.length <= MAX_FUZZY_COMPARISONS ? Infinity : Math.max(1, Math.floor(MAX_FUZZY_COMPARISONS / olds.length / 2));
		olds.forEach((x, rank) => {
			const centre = Math.round((rank * news.length) / olds.length);
			const from = window === Infinity ? 0 : Math.max(0, centre - window);
			const to = window === Infinity ? news.length : Math.min(news.length, centre + window + 1);
			for (let k = from; k < to; k++) {
				const y = news[k]!;
				const score = editScore(x, y, COMMENT_EDIT_SIMILARITY);
				if (score >= 0) candidates.push({x, y, score, distance: Math.abs(k - centre)});
			}
		});
		candidates.sort((p, q) => q.score - p.score || p.distance - q.distance);
		const usedA = new Set<PreparedComment>();
		const usedB = new Set<PreparedComment>();
		for (const {x, y} of candidates) {
			if (usedA.has(x) || usedB.has(y)) continue;
			usedA.add(x);
			usedB.add(y);
			pairs.push([x, y]);
		}
	}
	return pairs;
}
