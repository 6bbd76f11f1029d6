import {setTimeout as sleep} from 'node:timers/promises';
import type {Page as BrowserPage, Frame, Request} from 'playwright-core';
import {CLICKABLE_SELECTOR, CONTROL_MAX_CHARS, DEFAULT_THREAD_RULES, type ThreadRules} from './browser-thread-rules.js';

/**
 * Thread expansion: after a page has loaded in the browser, click its "Load more comments"
 * and "View N replies" controls and scroll, round after round, until a round adds no
 * comment or a limit is hit, so the rendered DOM holds the whole thread.
 */

export interface ExpandOptions {
	/** @default DEFAULT_THREAD_RULES */
	rules?: ThreadRules;
	/** @default 40 */
	maxRounds?: number;
	/** Time for the whole expansion, in ms. @default 30_000 */
	maxTimeMs?: number;
	/** Longest wait for one round's loads to settle, in ms. @default 5_000 */
	roundTimeoutMs?: number;
	/** Treat the whole document as the comment section: for a comment embed's own frame. @default false */
	wholeDocument?: boolean;
	signal?: AbortSignal;
}

export type ExpandStop = 'no-growth' | 'max-rounds' | 'max-time' | 'aborted';

/** What expansion did; the browser fetcher logs it, the benchmark prints it. */
export interface ExpandReport {
	/** Whether a comment section was found (without one, expansion only scrolls). */
	sectionFound: boolean;
	rounds: number;
	clicks: number;
	/** Comment-like elements before the first round and after the last. */
	commentsBefore: number;
	commentsAfter: number;
	stoppedBy: ExpandStop;
}

const DEFAULT_MAX_ROUNDS = 40;
const DEFAULT_MAX_TIME_MS = 30_000;
const DEFAULT_ROUND_TIMEOUT_MS = 5_000;
/**
 * A round is over once no request is in flight and the thread has not changed for this
 * long. The fixture widget renders within ~100 ms of its response on this 2-core machine
 * under load; five times that leaves room without making every page slow.
 */
const SETTLE_MS = 500;
const POLL_MS = 100;
/** Requests open longer than this are long-polls or streams (live comment updates), not part of a round. */
const LONG_REQUEST_MS = 3_000;
/** Clicks per round at most, so a thread with hundreds of reply toggles does not fire hundreds of requests at once. */
const MAX_CLICKS_PER_ROUND = 50;
/** Where the in-page code keeps the controls it already clicked (a WeakSet, not a DOM attribute, so the archived DOM is untouched). */
const STATE_KEY = '__newsvaultExpandThread';

interface RoundArgs {
	rules: ThreadRules;
	clickable: string;
	maxChars: number;
	maxClicks: number;
	stateKey: string;
	wholeDocument: boolean;
	act: boolean;
}

interface RoundResult {
	sections: number;
	comments: number;
	/** Elements inside the comment sections: growth in a thread whose items no generic selector knows. */
	nodes: number;
	clicks: number;
}

/** Expand the thread in `target`: a page, or one of its frames (a comment embed's iframe). */
export async function expandThread(target: BrowserPage | Frame, options: ExpandOptions = {}): Promise<ExpandReport> {
	const page = 'mainFrame' in target ? target : target.page();
	const rules = options.rules ?? DEFAULT_THREAD_RULES;
	const maxRounds = options.maxRounds ?? DEFAULT_MAX_ROUNDS;
	const deadline = performance.now() + (options.maxTimeMs ?? DEFAULT_MAX_TIME_MS);
	const roundTimeoutMs = options.roundTimeoutMs ?? DEFAULT_ROUND_TIMEOUT_MS;
	const args: RoundArgs = {rules, clickable: CLICKABLE_SELECTOR, maxChars: CONTROL_MAX_CHARS, maxClicks: MAX_CLICKS_PER_ROUND, stateKey: STATE_KEY, wholeDocument: options.wholeDocument ?? false, act: false};
	const network = trackRequests(page);
	try {
		const before = await target.evaluate(threadRound, args);
		let last = before;
		let rounds = 0;
		let clicks = 0;
		let stoppedBy: ExpandStop = 'max-rounds';
		while (rounds < maxRounds) {
			if (options.signal?.aborted) {
				stoppedBy = 'aborted';
				break;
			}
			if (performance.now() >= deadline) {
				stoppedBy = 'max-time';
				break;
			}
			rounds++;
			const acted = await target.evaluate(threadRound, {...args, act: true});
			clicks += acted.clicks;
			const settled = await settle(target, args, network, Math.min(deadline, performance.now() + roundTimeoutMs), options.signal);
			const grew = settled.comments > last.comments || settled.nodes > last.nodes;
			last = settled;
			if (!grew) {
				stoppedBy = 'no-growth';
				break;
			}
		}
		return {sectionFound: before.sections > 0, rounds, clicks, commentsBefore: before.comments, commentsAfter: last.comments, stoppedBy};
	} finally {
		network.dispose();
	}
}

/** Wait until the page is quiet (no request in flight, the thread unchanged) for SETTLE_MS, or until `deadline`. */
async function settle(target: BrowserPage | Frame, args: RoundArgs, network: RequestTracker, deadline: number, signal?: AbortSignal): Promise<RoundResult> {
	let last = await target.evaluate(threadRound, args);
	let quietSince = performance.now();
	while (performance.now() < deadline && !signal?.aborted) {
		await sleep(POLL_MS);
		const now = performance.now();
		const current = await target.evaluate(threadRound, args);
		if (current.comments !== last.comments || current.nodes !== last.nodes || network.busy(now)) quietSince = now;
		last = current;
		if (now - quietSince >= SETTLE_MS) break;
	}
	return last;
}

interface RequestTracker {
	busy(now: number): boolean;
	dispose(): void;
}

function trackRequests(page: BrowserPage): RequestTracker {
	const open = new Map<Request, number>();
	const onRequest = (request: Request): void => void open.set(request, performance.now());
	const onDone = (request: Request): void => void open.delete(request);
	page.on('request', onRequest);
	page.on('requestfinished', onDone);
	page.on('requestfailed', onDone);
	return {
		busy(now) {
			for (const started of open.values()) if (now - started < LONG_REQUEST_MS) return true;
			return false;
		},
		dispose() {
			page.off('request', onRequest);
			page.off('requestfinished', onDone);
			page.off('requestfailed', onDone);
		},
	};
}

/**
 * Runs inside the page (serialised by Playwright), so it is one self-contained function with
 * no named inner helpers. Measures the thread and, when `act`, clicks the controls that load
 * more of it and scrolls to the end of it.
 */
function threadRound(args: RoundArgs): RoundResult {
	const found: Element[] = [];
	for (const selector of args.wholeDocument ? [] : args.rules.sectionSelectors) {
		try {
			found.push(...Array.from(document.querySelectorAll(selector)));
		} catch {
			continue; // an invalid selector from a profile: skip it rather than fail the page
		}
	}
	const roots = args.wholeDocument && document.body ? [document.body] : found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
	// Comment widgets built as web components keep their thread in (open) shadow roots, which
	// querySelectorAll does not enter: each one is searched as a scope of its own.
	const scopes: ParentNode[] = [];
	const pending: ParentNode[] = [...roots];
	for (let scope = pending.pop(); scope; scope = pending.pop()) {
		scopes.push(scope);
		for (const el of Array.from(scope.querySelectorAll('*'))) if (el.shadowRoot) pending.push(el.shadowRoot);
	}
	const items = new Set<Element>();
	for (const scope of scopes) {
		for (const selector of args.rules.itemSelectors) {
			try {
				for (const el of Array.from(scope.querySelectorAll(selector))) items.add(el);
			} catch {
				continue;
			}
		}
	}
	let nodes = 0;
	for (const scope of scopes) nodes += scope.querySelectorAll('*').length;
	const result: RoundResult = {sections: roots.length, comments: items.size, nodes, clicks: 0};
	if (!args.act) return result;

	const registry = window as unknown as Record<string, WeakSet<Element> | undefined>;
	const clickedOnce = registry[args.stateKey] ?? new WeakSet<Element>();
	registry[args.stateKey] = clickedOnce;
	const moreTexts = args.rules.moreTexts.map((source) => new RegExp(source, 'iu'));
	const onceTexts = args.rules.onceTexts.map((source) => new RegExp(source, 'iu'));
	const clickedNow: Element[] = [];
	// Controls are only looked for inside comment sections: without one there is nothing safe
	// to click ("Load more" elsewhere loads more articles), and scrolling alone still wakes
	// lazy-loaded widgets.
	for (const root of scopes) {
		const candidates = new Set<Element>(Array.from(root.querySelectorAll(args.clickable)));
		const bySelector = new Map<Element, 'more' | 'once'>();
		for (const [kind, selectors] of [['once', args.rules.onceSelectors], ['more', args.rules.moreSelectors]] as const) {
			for (const selector of selectors) {
				try {
					for (const el of Array.from(root.querySelectorAll(selector))) {
						candidates.add(el);
						bySelector.set(el, kind);
					}
				} catch {
					continue;
				}
			}
		}
		for (const el of candidates) {
			if (result.clicks >= args.maxClicks) break;
			if (!(el instanceof HTMLElement) || el.getClientRects().length === 0) continue;
			const style = getComputedStyle(el);
			if (style.visibility === 'hidden' || style.display === 'none') continue;
			if (el.matches(':disabled') || el.getAttribute('aria-disabled') === 'true') continue;
			// A real link would navigate away from the thread collected so far; only script-driven ones are followed.
			const href = el instanceof HTMLAnchorElement ? (el.getAttribute('href') ?? '').trim() : '';
			if (href !== '' && !href.startsWith('#') && !href.toLowerCase().startsWith('javascript:')) continue;
			if (clickedNow.some((other) => other.contains(el) || el.contains(other))) continue;
			const text = (el.textContent || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
			const short = text.length <= args.maxChars;
			let kind = bySelector.get(el);
			if (!kind && short && moreTexts.some((re) => re.test(text))) kind = 'more';
			if (!kind && short && onceTexts.some((re) => re.test(text))) kind = 'once';
			if (!kind) continue;
			if (kind === 'once') {
				if (clickedOnce.has(el)) continue;
				clickedOnce.add(el);
			}
			el.scrollIntoView({block: 'center'});
			el.click();
			clickedNow.push(el);
			result.clicks++;
		}
	}
	const scroller = document.scrollingElement ?? document.documentElement;
	scroller.scrollTop = scroller.scrollHeight;
	const lastRoot = roots[roots.length - 1];
	if (lastRoot) lastRoot.lastElementChild?.scrollIntoView({block: 'end'});
	return result;
}
