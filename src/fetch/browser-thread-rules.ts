/**
 * How the browser finds a page's comment thread and the controls that load the rest of it,
 * as data: the generic lists below cover the common comment systems and CMS themes, and a
 * site profile adds its own selectors with `mergeThreadRules`.
 */

export interface ThreadRules {
	/** Containers that hold a page's comment thread; controls are only clicked inside them. */
	sectionSelectors: readonly string[];
	/** One comment each; counted between rounds to know whether a round loaded anything. */
	itemSelectors: readonly string[];
	/** Controls that load the next batch and may be clicked again each round ("Load more comments"). */
	moreSelectors: readonly string[];
	/** Case-insensitive regular-expression sources matched against a control's whole text, same role as `moreSelectors`. */
	moreTexts: readonly string[];
	/**
	 * Controls clicked once each: reply toggles ("View 3 replies") would hide the replies again
	 * if clicked a second time.
	 */
	onceSelectors: readonly string[];
	onceTexts: readonly string[];
}

/** Elements a user can click; a selector or text match must also be one of these (or match a selector exactly). */
export const CLICKABLE_SELECTOR = 'button, a, summary, [role="button"], [data-trigger], [data-action], [onclick], [tabindex]';

/** Longest text a control may have: longer elements are comments that happen to say "load more". */
export const CONTROL_MAX_CHARS = 60;

export const DEFAULT_THREAD_RULES: ThreadRules = {
	sectionSelectors: [
		'#comments', '#comment', '#comments-section', '#comment-section', '#commentsSection', '#comments-area',
		'.comments', '.comments-area', '.comments-section', '.comment-section', '.comments-container',
		'.comment-list', '.commentlist', '#disqus_thread', '#coral_thread', '[data-spotim-module]',
		// Cusdis writes its frame from `srcdoc` (no host to recognise it by); IntenseDebate renders into the page.
		'#cusdis_thread', '#idc-container',
		'[data-comments]', '[id*="comments" i]', '[class*="comments" i]', 'section[aria-label*="comment" i]',
	],
	itemSelectors: [
		'[itemtype*="Comment"]', '[itemprop="comment"]', '.comment', '[id^="comment-"]', '[data-comment-id]',
		'[class*="comment-item" i]', '.cs-comment',
	],
	moreSelectors: [
		'[data-trigger="comments-more"]', '.load-more-comments', '.comments-load-more', '.js-load-more-comments',
		'.show-more-comments', '.more-comments', '[data-action="load-more"]', '[data-action="load-more-comments"]',
		'.load-more', '.show-more',
	],
	moreTexts: [
		'^(load|show|view|see|read|get|display)\\s+(\\d+\\s+)?(more|older|previous|earlier|remaining|next)(\\s+\\d+)?(\\s+(comments?|replies|responses|posts|messages))?\\s*(…|\\.\\.\\.)?$',
		'^(\\d+\\s+)?more\\s+(comments?|replies|responses)\\s*(…|\\.\\.\\.)?$',
		'^(next|older)(\\s+(page|comments))?\\s*[»›>→]?$',
		'^(mehr|weitere)(\\s+\\d+)?\\s+(kommentare|antworten)(\\s+(laden|anzeigen))?$',
	],
	onceSelectors: [
		'[data-action="show-replies"]', '.show-replies', '.view-replies', '.load-replies', '.replies-toggle',
		'details:not([open]) > summary',
	],
	onceTexts: [
		'^(show|view|see|load|expand|display|read)\\s+(all\\s+)?(\\d+\\s+)?(repl(y|ies)|responses|answers)\\s*(…|\\.\\.\\.)?$',
		'^(show|view|see|load|read)\\s+(all\\s+)?(\\d+\\s+)?comments$',
		'^\\d+\\s+(repl(y|ies)|responses)$',
		'^(\\d+\\s+)?antworten\\s+(anzeigen|einblenden)$',
	],
};

/** `extra`'s entries first, then `base`'s: a profile's rules extend the generic ones, never replace them. */
export function mergeThreadRules(base: ThreadRules, extra: Partial<ThreadRules> | undefined): ThreadRules {
	if (!extra) return base;
	return {
		sectionSelectors: [...(extra.sectionSelectors ?? []), ...base.sectionSelectors],
		itemSelectors: [...(extra.itemSelectors ?? []), ...base.itemSelectors],
		moreSelectors: [...(extra.moreSelectors ?? []), ...base.moreSelectors],
		moreTexts: [...(extra.moreTexts ?? []), ...base.moreTexts],
		onceSelectors: [...(extra.onceSelectors ?? []), ...base.onceSelectors],
		onceTexts: [...(extra.onceTexts ?? []), ...base.onceTexts],
	};
}
