import type {Snapshot} from '../snapshot/schema.js';

/**
 * Why extraction produced no Snapshot. `blocked`: the page is a bot check, block page or
 * consent wall served in place of the article (`interstitial.ts`); it must not be stored.
 */
export type ExtractFailureReason = 'not-html' | 'empty-document' | 'no-article-body' | 'blocked';

export type ExtractResult =
	| {ok: true; snapshot: Snapshot}
	| {ok: false; reason: ExtractFailureReason; message: string};

export interface ExtractOptions {
	/** Site profiles to match against the host; defaults to the bundled ones. */
	profiles?: readonly import('./profiles/types.js').SiteProfile[];
	/** The clock, passed in so extraction stays pure: relative times ("3 hours ago") resolve against it. Defaults to the page's fetch time. */
	now?: Date;
}
