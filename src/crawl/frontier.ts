/**
 * The crawl frontier: the URLs still to fetch, and every URL already seen this run.
 *
 * Kept behind the `Frontier` interface so a shared, distributed frontier can replace the
 * in-memory one without touching the crawler. URLs are normalised by the caller
 * (`normalizeUrl`); the frontier dedupes on the exact string.
 *
 * Order: discovery pages (listings, feeds, sitemaps) first, then new articles, then
 * re-visits of known ones. Discovery first keeps the frontier full and lets `maxPages`
 * go to new articles before old ones; within a class the order is first-in first-out.
 */

/** What a URL is fetched for: `article`s are archived; the rest are read for links only. */
export type EntryKind = 'article' | 'listing' | 'feed' | 'sitemap';

export interface FrontierEntry {
	url: string;
	kind: EntryKind;
	/** Fetch attempts that already failed. */
	attempts: number;
	/** True for an article archived by an earlier run. */
	revisit: boolean;
	/** Not before this time (epoch ms): set when a retry is waiting out a backoff or Retry-After. */
	notBefore?: number;
}

export type NewEntry = Pick<FrontierEntry, 'url' | 'kind'> & Partial<Pick<FrontierEntry, 'revisit'>>;

export interface FrontierCounts {
	/** Waiting, including retries not yet due. */
	pending: number;
	inFlight: number;
	done: number;
	failed: number;
	/** Seen and deliberately not fetched (a known article that is not due). */
	skipped: number;
}

/** Everything needed to rebuild a frontier; entries that were in flight are pending again. */
export interface FrontierSnapshot {
	pending: FrontierEntry[];
	done: Array<{url: string; kind: EntryKind}>;
	failed: Array<{url: string; kind: EntryKind; code: string}>;
	skipped: string[];
}

export interface NextOptions {
	/**
	 * When false, articles never tried are held back (the article cap is reached);
	 * discovery pages and retries are still handed out. @default true
	 */
	newArticles?: boolean;
}

export interface Frontier {
	/** Queue a URL unless it was seen this run; true when it was added. */
	add(entry: NewEntry): boolean;
	/** Remember a URL as seen without fetching it; false when it was already seen. */
	skip(url: string): boolean;
	has(url: string): boolean;
	/** The next entry ready at `now` (epoch ms), now in flight; null when none is ready. */
	next(now: number, options?: NextOptions): FrontierEntry | null;
	/** When the earliest waiting retry becomes ready, or null when there is none. */
	nextRetryAt(): number | null;
	markDone(url: string, kind?: EntryKind): void;
	/** A failure: with `retryAt` the entry goes back to the queue for another attempt, else it is final. */
	markFailed(url: string, code: string, retryAt?: number): void;
	size(): FrontierCounts;
	snapshot(): FrontierSnapshot;
}

type Status = 'pending' | 'in-flight' | 'done' | 'failed' | 'skipped';

interface Slot {
	entry: FrontierEntry;
	status: Status;
	code?: string;
}

/** A first-in first-out queue of URLs with O(1) shift; entries that left the pending state are skipped lazily. */
class UrlQueue {
	#items: string[] = [];
	#head = 0;

	push(url: string): void {
		this.#items.push(url);
	}

	shift(): string | undefined {
		if (this.#head >= this.#items.length) return undefined;
		const url = this.#items[this.#head++];
		// Compact once the consumed prefix dominates, so memory tracks what is left.
		if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
			this.#items = this.#items.slice(this.#head);
			this.#head = 0;
		}
		return url;
	}

	*values(): Iterable<string> {
		for (let i = this.#head; i < this.#items.length; i++) yield this.#items[i] as string;
	}
}

const DISCOVERY = 0;
const RETRY = 1;
const NEW_ARTICLE = 2;
const REVISIT = 3;

function classOf(entry: FrontierEntry): number {
	if (entry.kind !== 'article') return DISCOVERY;
	if (entry.attempts > 0) return RETRY;
	return entry.revisit ? REVISIT : NEW_ARTICLE;
}

/** The in-process frontier. */
export class MemoryFrontier implements Frontier {
	readonly #slots = new Map<string, Slot>();
	readonly #queues = [new UrlQueue(), new UrlQueue(), new UrlQueue(), new UrlQueue()];
	/** Retries waiting for their time; few at once, so a plain array is enough. */
	#waiting: FrontierEntry[] = [];
	readonly #counts: FrontierCounts = {pending: 0, inFlight: 0, done: 0, failed: 0, skipped: 0};

	/** Rebuild a frontier from a snapshot (e.g. state saved by an interrupted run). */
	static restore(snapshot: FrontierSnapshot): MemoryFrontier {
		const frontier = new MemoryFrontier();
		for (const {url, kind} of snapshot.done) frontier.#set(url, {entry: {url, kind, attempts: 0, revisit: false}, status: 'done'});
		for (const url of snapshot.skipped) frontier.#set(url, {entry: {url, kind: 'article', attempts: 0, revisit: false}, status: 'skipped'});
		for (const {url, kind, code} of snapshot.failed) frontier.#set(url, {entry: {url, kind, attempts: 0, revisit: false}, status: 'failed', code});
		for (const entry of snapshot.pending) {
			if (frontier.#slots.has(entry.url)) continue;
			frontier.#enqueue({...entry});
		}
		return frontier;
	}

	add(entry: NewEntry): boolean {
		if (this.#slots.has(entry.url)) return false;
		this.#enqueue({url: entry.url, kind: entry.kind, attempts: 0, revisit: entry.revisit ?? false});
		return true;
	}

	skip(url: string): boolean {
		if (this.#slots.has(url)) return false;
		this.#set(url, {entry: {url, kind: 'article', attempts: 0, revisit: true}, status: 'skipped'});
		return true;
	}

	has(url: string): boolean {
		return this.#slots.has(url);
	}

	next(now: number, options: NextOptions = {}): FrontierEntry | null {
		this.#release(now);
		const classes = options.newArticles === false ? [DISCOVERY, RETRY] : [DISCOVERY, RETRY, NEW_ARTICLE, REVISIT];
		for (const index of classes) {
			const queue = this.#queues[index] as UrlQueue;
			for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
				const slot = this.#slots.get(url);
				if (!slot || slot.status !== 'pending' || slot.entry.notBefore !== undefined) continue;
				this.#move(slot, 'in-flight');
				return slot.entry;
			}
		}
		return null;
	}

	nextRetryAt(): number | null {
		let earliest: number | null = null;
		for (const entry of this.#waiting) {
			const at = entry.notBefore ?? 0;
			if (earliest === null || at < earliest) earliest = at;
		}
		return earliest;
	}

	markDone(url: string, kind: EntryKind = 'article'): void {
		const slot = this.#slots.get(url);
		if (!slot) {
			this.#set(url, {entry: {url, kind, attempts: 0, revisit: false}, status: 'done'});
			return;
		}
		this.#removeWaiting(slot.entry);
		this.#move(slot, 'done');
	}

	markFailed(url: string, code: string, retryAt?: number): void {
		const slot = this.#slots.get(url);
		if (!slot) {
			this.#set(url, {entry: {url, kind: 'article', attempts: 1, revisit: false}, status: 'failed', code});
			return;
		}
		slot.entry.attempts += 1;
		if (retryAt === undefined) {
			this.#removeWaiting(slot.entry);
			slot.code = code;
			this.#move(slot, 'failed');
			return;
		}
		slot.entry.notBefore = retryAt;
		if (!this.#waiting.includes(slot.entry)) this.#waiting.push(slot.entry);
		this.#move(slot, 'pending');
	}

	size(): FrontierCounts {
		return {...this.#counts};
	}

	snapshot(): FrontierSnapshot {
		const snapshot: FrontierSnapshot = {pending: [], done: [], failed: [], skipped: []};
		const pending = new Set<string>();
		const addPending = (url: string): void => {
			const slot = this.#slots.get(url);
			if (!slot || pending.has(url) || (slot.status !== 'pending' && slot.status !== 'in-flight')) return;
			pending.add(url);
			snapshot.pending.push({...slot.entry});
		};
		// In-flight entries first: they were next in line when the snapshot was taken.
		for (const [url, slot] of this.#slots) if (slot.status === 'in-flight') addPending(url);
		for (const queue of this.#queues) for (const url of queue.values()) addPending(url);
		for (const entry of this.#waiting) addPending(entry.url);
		for (const [url, slot] of this.#slots) {
			if (slot.status === 'done') snapshot.done.push({url, kind: slot.entry.kind});
			else if (slot.status === 'skipped') snapshot.skipped.push(url);
			else if (slot.status === 'failed') snapshot.failed.push({url, kind: slot.entry.kind, code: slot.code ?? 'ERR_NETWORK'});
		}
		return snapshot;
	}

	#enqueue(entry: FrontierEntry): void {
		const slot: Slot = {entry, status: 'pending'};
		this.#set(entry.url, slot);
		if (entry.notBefore !== undefined) this.#waiting.push(entry);
		else this.#queues[classOf(entry)]?.push(entry.url);
	}

	/** Retries whose time has come go to the back of their class's queue. */
	#release(now: number): void {
		if (this.#waiting.length === 0) return;
		const still: FrontierEntry[] = [];
		for (const entry of this.#waiting) {
			if ((entry.notBefore ?? 0) <= now) {
				delete entry.notBefore;
				this.#queues[classOf(entry)]?.push(entry.url);
			} else {
				still.push(entry);
			}
		}
		this.#waiting = still;
	}

	#removeWaiting(entry: FrontierEntry): void {
		if (entry.notBefore === undefined) return;
		delete entry.notBefore;
		this.#waiting = this.#waiting.filter((e) => e !== entry);
	}

	#set(url: string, slot: Slot): void {
		const previous = this.#slots.get(url);
		if (previous) this.#count(previous.status, -1);
		this.#slots.set(url, slot);
		this.#count(slot.status, 1);
	}

	#move(slot: Slot, status: Status): void {
		this.#count(slot.status, -1);
		slot.status = status;
		this.#count(status, 1);
	}

	#count(status: Status, delta: number): void {
		const key = status === 'in-flight' ? 'inFlight' : status;
		this.#counts[key] += delta;
	}
}
