import type {Comment, Snapshot} from '../snapshot/schema.js';

export interface VersionSnapshot {
	id: string;
	snapshot: Snapshot | null;
}

/** When one comment was seen: the first and last version holding it, and the version it vanished in. */
export interface CommentLife {
	/** The comment as last seen. */
	comment: Comment;
	firstSeen: string;
	lastSeen: string;
	/** The first version after `lastSeen` that no longer holds it, or null while it is still there. */
	removedIn: string | null;
}

/**
 * The life of every comment across a URL's versions, in order of first appearance.
 * Comments are followed by their stable id; versions whose extraction failed are skipped,
 * since they say nothing about the thread.
 */
export function commentTimeline(versions: readonly VersionSnapshot[]): CommentLife[] {
	const lives = new Map<string, CommentLife>();
	for (const {id, snapshot} of versions) {
		if (!snapshot) continue;
		const present = new Set<string>();
		for (const comment of snapshot.comments.items) {
			present.add(comment.id);
			const life = lives.get(comment.id);
			if (life) Object.assign(life, {comment, lastSeen: id, removedIn: null});
			else lives.set(comment.id, {comment, firstSeen: id, lastSeen: id, removedIn: null});
		}
		for (const [commentId, life] of lives) {
			if (!present.has(commentId) && life.removedIn === null) life.removedIn = id;
		}
	}
	return [...lives.values()];
}
