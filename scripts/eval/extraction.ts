import type {Page} from '../../src/fetch/types.js';

/**
 * What one extractor produced for one page, reduced to the fields the corpus labels, so
 * newsvault and the Readability baseline are scored by the same code.
 */
export interface Extraction {
	/** The article body as plain text, normalised. */
	bodyText: string;
	title: string | null;
	/** The author line as the system gives it (Readability's byline, newsvault's author names joined). */
	byline: string | null;
	/** Individual author names, when the system separates them. */
	authors: string[];
	publishedTime: string | null;
	lang: string | null;
	/** Null when the system does not extract comments at all (Readability). */
	comments: ExtractedComment[] | null;
	/** The count the page states, or null; undefined when the system has no such notion. */
	declaredCount?: number | null;
	/** How this page was handled when it differs from the normal path (e.g. a fallback DOM). */
	note?: string;
}

export interface ExtractedComment {
	id: string;
	author: string | null;
	/** Normalised comment text. */
	text: string;
	parentId: string | null;
}

export type SystemName = 'newsvault' | 'readability';

/**
 * An extractor under measurement. `run` is the system's own work on a page, called as a user
 * would call it, and is what the clocks time; it throws when it produces nothing usable. The
 * function it returns reduces that output to the scored fields: harness work (Readability's
 * HTML turned back into text, say) that neither system does for its users, so it is not timed.
 */
export interface ExtractionSystem {
	name: SystemName;
	/** False for article-only extractors: comment metrics are not applicable to them. */
	extractsComments: boolean;
	run(page: Page): () => Extraction;
}
