import {matchProfile} from '../extract/profiles/index.js';
import type {SiteProfile} from '../extract/profiles/types.js';
import type {ExtractResult} from '../extract/types.js';
import type {Page} from '../fetch/types.js';

/**
 * `never`: HTTP only. `always`: the browser only. `auto`: HTTP first, and the browser
 * only when the HTTP result shows the page needs one.
 */
export type RenderMode = 'never' | 'auto' | 'always';

export const RENDER_MODES: readonly RenderMode[] = ['never', 'auto', 'always'];

/** Why an HTTP result needs the browser, or null when it is complete as it is. */
export function browserReason(page: Page, result: ExtractResult, profiles?: readonly SiteProfile[]): string | null {
	const profile = matchProfile(new URL(page.finalUrl).hostname, profiles);
	if (profile?.needsBrowser) return `profile ${profile.name} needs a browser`;
	if (!result.ok) return `no article in the HTTP response (${result.reason})`;
	const {comments} = result.snapshot;
	if (comments.declaredCount !== null && comments.items.length < comments.declaredCount && !comments.complete) {
		return `the page declares ${comments.declaredCount} comments and its HTML holds ${comments.items.length}`;
	}
	return null;
}
