import type {Page as BrowserPage} from 'playwright-core';
import {hostInList} from './browser-blocklist.js';
import type {ThreadRules} from './browser-thread-rules.js';
import {type ExpandOptions, expandThread} from './expand-thread.js';

/**
 * Comment threads that `page.content()` would miss: ones inside an iframe (Disqus, giscus,
 * utterances, self-hosted Coral or Remark42) and ones inside a web component's shadow root
 * (OpenWeb). Before the DOM is serialised, each such thread is copied into the page's own
 * DOM, marked with where it came from, so the extractor reads it like any other thread.
 */

/**
 * Hosts whose iframes are comment threads wherever they sit in the page. Iframes inside a
 * comment section are inlined whatever their host (self-hosted embeds).
 */
export const COMMENT_FRAME_HOSTS: readonly string[] = [
	'disqus.com',
	'giscus.app',
	'utteranc.es',
	'talk.hyvor.com',
	'fastcomments.com',
	'commento.io',
	'remark42.com',
];

/** The attribute on the element that replaces an inlined iframe; its value is the frame's URL. */
export const FRAME_MARK = 'data-newsvault-frame';
/** The attribute on the element that holds a copy of a shadow root's content. */
export const SHADOW_MARK = 'data-newsvault-shadow';

export interface InlineOptions {
	rules: ThreadRules;
	/** Expansion limits for each frame's own thread; the caller sets what time is left. */
	expand: ExpandOptions;
}

/**
 * Expand and inline the comment iframes of `page`, then copy open shadow roots inside
 * comment sections into the light DOM. Returns how many frames were inlined.
 */
export async function inlineCommentEmbeds(page: BrowserPage, options: InlineOptions): Promise<number> {
	let inlined = 0;
	for (const frame of page.mainFrame().childFrames()) {
		if (frame.isDetached()) continue;
		const element = await frame.frameElement().catch(() => null);
		if (!element) continue;
		let host = '';
		try {
			host = new URL(frame.url()).hostname;
		} catch {
			continue;
		}
		const inSection = await element.evaluate((el, selectors) => el instanceof Element && selectors.some((selector) => {
			try {
				return el.closest(selector) !== null;
			} catch {
				return false;
			}
		}), [...options.rules.sectionSelectors]);
		if (!inSection && !hostInList(host, COMMENT_FRAME_HOSTS)) continue;
		await expandThread(frame, {...options.expand, rules: options.rules, wholeDocument: true});
		const html = await frame.evaluate(() => document.body?.innerHTML ?? '');
		await element.evaluate((el, copy) => {
			if (!(el instanceof Element)) return;
			const box = document.createElement('div');
			box.setAttribute(copy.mark, copy.src);
			box.innerHTML = copy.html;
			el.replaceWith(box);
		}, {html, src: frame.url(), mark: FRAME_MARK});
		inlined++;
	}
	await page.evaluate(flattenShadowRoots, {selectors: [...options.rules.sectionSelectors], mark: SHADOW_MARK});
	return inlined;
}

/**
 * Runs inside the page: for every open shadow root within a comment section (nested ones
 * too), append a copy of its content to its host as a marked light-DOM child, which
 * serialisation keeps; the copy is not rendered (no slot takes it), so the page looks the same.
 */
function flattenShadowRoots(args: {selectors: string[]; mark: string}): void {
	const sections: Element[] = [];
	for (const selector of args.selectors) {
		try {
			sections.push(...Array.from(document.querySelectorAll(selector)));
		} catch {
			continue;
		}
	}
	const hosts: Element[] = [];
	const pending: ParentNode[] = [...sections];
	for (let scope = pending.pop(); scope; scope = pending.pop()) {
		for (const el of Array.from(scope.querySelectorAll('*'))) {
			if (el.shadowRoot && !hosts.includes(el)) {
				hosts.push(el);
				pending.push(el.shadowRoot);
			}
		}
	}
	// Innermost first, so a copy of an outer root already holds the copies of the inner ones.
	for (const host of hosts.reverse()) {
		const shadow = host.shadowRoot;
		if (!shadow) continue;
		const copy = document.createElement('div');
		copy.setAttribute(args.mark, '');
		copy.innerHTML = shadow.innerHTML;
		host.appendChild(copy);
	}
}
