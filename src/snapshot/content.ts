import {createHash} from 'node:crypto';
import type {Snapshot} from './schema.js';

/**
 * The part of a Snapshot that counts as "content": what a new version is made of.
 *
 * Left out, because they change on every visit without the page changing: the fetch
 * (time, status, raw-body hash, headers), vote scores, authors' post counts ("Posts: 29"
 * grows whenever the author posts anywhere on the site), and comment times resolved from
 * relative text ("3 hours ago"). Extractor warnings are diagnostics, not content.
 */
export function contentOf(snapshot: Snapshot): unknown {
	return {
		canonicalUrl: snapshot.source.canonicalUrl,
		article: snapshot.article,
		comments: {
			declaredCount: snapshot.comments.declaredCount,
			notices: snapshot.comments.notices,
			complete: snapshot.comments.complete,
			items: snapshot.comments.items.map(({score: _score, postedAt, postedAtRelative, author, ...rest}) => ({
				...rest,
				author: {...author, postCount: null},
				postedAt: postedAtRelative ? null : postedAt,
			})),
		},
	};
}

/** sha256 of the canonical JSON of `contentOf(snapshot)`: equal hashes mean nothing changed. */
export function contentHash(snapshot: Snapshot): string {
	return createHash('sha256').update(canonicalJson(contentOf(snapshot))).digest('hex');
}

/** JSON with object keys sorted, so equal data always serialises to equal bytes. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => {
		if (v && typeof v === 'object' && !Array.isArray(v)) {
			return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
		}
		return v;
	});
}

/**
 * What a reader is told in place of an empty article body, so it reads as a fact about the
 * page rather than a lost article: a later page of a forum thread has no article of its own.
 */
export function emptyBodyNote(snapshot: Snapshot): string {
	return snapshot.extractor.stages?.article === 'continued-thread' ? '(no article text: a later page of a forum thread, whose opening post is on its first page)' : '(no article text)';
}
