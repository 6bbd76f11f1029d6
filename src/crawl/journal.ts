import {closeSync, openSync, writeSync} from 'node:fs';
import type {EntryKind, Frontier, FrontierCounts, FrontierEntry, FrontierSnapshot, NewEntry, NextOptions} from './frontier.js';
import type {ArticleRecord} from './revisit.js';

/**
 * The run's write-ahead journal: every change to the frontier and to the article records,
 * one JSON line each, appended as the crawl goes. `state.json` is a checkpoint; the
 * journal holds what happened since, so a `kill -9` loses at most the pages in flight.
 *
 * Lines are written with one `write` call per completed page and not fsynced: a killed
 * process loses nothing the kernel already has, and a power cut costs at most a few
 * pages that are fetched again. Replaying is idempotent, and a torn last line is ignored.
 */

export type JournalEvent =
	| {e: 'add'; url: string; kind: EntryKind; revisit: boolean}
	| {e: 'skip'; url: string}
	| {e: 'done'; url: string; kind: EntryKind}
	| {e: 'fail'; url: string; code: string; retryAt?: number}
	| {e: 'article'; url: string; record: ArticleRecord};

/** Appends journal lines to a file; `flush` writes what was recorded since the last flush. */
export class JournalWriter {
	#file: string;
	#fd: number | null;
	#buffer: string[] = [];

	constructor(file: string) {
		this.#file = file;
		this.#fd = openSync(file, 'a');
	}

	get file(): string {
		return this.#file;
	}

	/** Flush, then append to `file` from now on (a checkpoint starts a new journal). */
	rotate(file: string): void {
		this.flush();
		if (this.#fd !== null) closeSync(this.#fd);
		this.#file = file;
		this.#fd = openSync(file, 'a');
	}

	record(event: JournalEvent): void {
		this.#buffer.push(JSON.stringify(event));
	}

	flush(): void {
		if (this.#buffer.length === 0 || this.#fd === null) return;
		const text = `${this.#buffer.join('\n')}\n`;
		this.#buffer = [];
		writeSync(this.#fd, text);
	}

	close(): void {
		this.flush();
		if (this.#fd !== null) closeSync(this.#fd);
		this.#fd = null;
	}
}

/** Parse journal text; stops at the first line that is not a whole event (a write cut short by a kill). */
export function parseJournal(text: string): JournalEvent[] {
	const events: JournalEvent[] = [];
	for (const line of text.split('\n')) {
		if (line === '') continue;
		let value: unknown;
		try {
			value = JSON.parse(line);
		} catch {
			break;
		}
		if (!isEvent(value)) break;
		events.push(value);
	}
	return events;
}

function isEvent(value: unknown): value is JournalEvent {
	if (typeof value !== 'object' || value === null) return false;
	const {e, url} = value as {e?: unknown; url?: unknown};
	return typeof url === 'string' && (e === 'add' || e === 'skip' || e === 'done' || e === 'fail' || e === 'article');
}

/** Re-apply journal events to a restored frontier and article records. */
export function replayJournal(events: readonly JournalEvent[], frontier: Frontier, articles: Map<string, ArticleRecord>): void {
	for (const event of events) {
		switch (event.e) {
			case 'add':
				frontier.add({url: event.url, kind: event.kind, revisit: event.revisit});
				break;
			case 'skip':
				frontier.skip(event.url);
				break;
			case 'done':
				frontier.markDone(event.url, event.kind);
				break;
			case 'fail':
				frontier.markFailed(event.url, event.code, event.retryAt);
				break;
			case 'article':
				articles.set(event.url, event.record);
				break;
		}
	}
}

/** A frontier that journals every change; completions flush the journal. */
export class JournaledFrontier implements Frontier {
	readonly #inner: Frontier;
	readonly #journal: JournalWriter;

	constructor(inner: Frontier, journal: JournalWriter) {
		this.#inner = inner;
		this.#journal = journal;
	}

	add(entry: NewEntry): boolean {
		const added = this.#inner.add(entry);
		if (added) this.#journal.record({e: 'add', url: entry.url, kind: entry.kind, revisit: entry.revisit ?? false});
		return added;
	}

	skip(url: string): boolean {
		const skipped = this.#inner.skip(url);
		if (skipped) this.#journal.record({e: 'skip', url});
		return skipped;
	}

	has(url: string): boolean {
		return this.#inner.has(url);
	}

	next(now: number, options?: NextOptions): FrontierEntry | null {
		return this.#inner.next(now, options);
	}

	nextRetryAt(): number | null {
		return this.#inner.nextRetryAt();
	}

	markDone(url: string, kind: EntryKind = 'article'): void {
		this.#inner.markDone(url, kind);
		this.#journal.record({e: 'done', url, kind});
		this.#journal.flush();
	}

	markFailed(url: string, code: string, retryAt?: number): void {
		this.#inner.markFailed(url, code, retryAt);
		this.#journal.record(retryAt === undefined ? {e: 'fail', url, code} : {e: 'fail', url, code, retryAt});
		this.#journal.flush();
	}

	size(): FrontierCounts {
		return this.#inner.size();
	}

	snapshot(): FrontierSnapshot {
		return this.#inner.snapshot();
	}

	/** Record an article's new record; written with the next completion. */
	recordArticle(url: string, record: ArticleRecord): void {
		this.#journal.record({e: 'article', url, record});
	}
}
