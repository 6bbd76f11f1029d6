import PQueue from 'p-queue';
import {systemTime, type CrawlTime} from './time.js';

/**
 * Per-host politeness plus one global limit.
 *
 * Each host gets its own PQueue (its `concurrency`), and a gate that spaces request
 * starts on that host by at least `delayMs`. The gap is kept by the gate rather than by
 * PQueue's `interval`/`intervalCap` because a fixed window allows two starts a moment
 * apart at a window edge, and because the gate runs on the injected clock (tests need no
 * wall-clock time). A host can also be paused (Retry-After). The global queue is entered
 * only after the gate, so a host waiting out its delay does not hold a global slot.
 */

export interface HostLimits {
	concurrency: number;
	delayMs: number;
}

interface HostState {
	queue: PQueue;
	delayMs: number;
	/** When the last request started (epoch ms); the next may start `delayMs` later. */
	lastStartAt: number;
	pausedUntil: number;
}

export interface HostPoolOptions {
	/** Requests in flight across all hosts. */
	concurrency: number;
	time?: CrawlTime;
}

/** What `run` returns when the pool was stopped before the task started. */
export const NOT_STARTED: unique symbol = Symbol('not started');

export class HostPool {
	readonly #global: PQueue;
	readonly #hosts = new Map<string, HostState>();
	readonly #time: CrawlTime;

	constructor(options: HostPoolOptions) {
		this.#global = new PQueue({concurrency: options.concurrency});
		this.#time = options.time ?? systemTime;
	}

	/** Requests in flight across all hosts. */
	get concurrency(): number {
		return this.#global.concurrency;
	}

	/** Set a host's limits; the first caller wins the concurrency, the longest delay wins. */
	configure(host: string, limits: HostLimits): void {
		const state = this.#hosts.get(host);
		if (!state) {
			this.#hosts.set(host, {queue: new PQueue({concurrency: limits.concurrency}), delayMs: limits.delayMs, lastStartAt: Number.NEGATIVE_INFINITY, pausedUntil: 0});
			return;
		}
		state.delayMs = Math.max(state.delayMs, limits.delayMs);
	}

	/** Raise a host's gap between requests (robots.txt Crawl-delay); never lowers it. */
	raiseDelay(host: string, delayMs: number): void {
		const state = this.#state(host);
		state.delayMs = Math.max(state.delayMs, delayMs);
	}

	delayOf(host: string): number {
		return this.#state(host).delayMs;
	}

	/** No request to `host` starts before `until` (epoch ms), e.g. after a 429 with Retry-After. */
	pause(host: string, until: number): void {
		const state = this.#state(host);
		state.pausedUntil = Math.max(state.pausedUntil, until);
	}

	/**
	 * Run `task` as a request to `host` once the host's queue, gate and the global limit allow.
	 * When `signal` aborts before the task starts, it never starts and `NOT_STARTED` is returned.
	 */
	async run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T | typeof NOT_STARTED> {
		const state = this.#state(host);
		return state.queue.add(async () => {
			if (signal?.aborted) return NOT_STARTED;
			await this.#gate(state, signal);
			if (signal?.aborted) return NOT_STARTED;
			return this.#global.add(async () => (signal?.aborted ? NOT_STARTED : task()));
		});
	}

	async #gate(state: HostState, signal?: AbortSignal): Promise<void> {
		// Check again after every sleep: another request to the host may have taken the slot, or a pause began.
		for (;;) {
			const now = this.#time.now();
			const start = Math.max(now, state.lastStartAt + state.delayMs, state.pausedUntil);
			if (start <= now) {
				state.lastStartAt = now;
				return;
			}
			await this.#time.sleep(start - now, signal);
			if (signal?.aborted) return;
		}
	}

	#state(host: string): HostState {
		let state = this.#hosts.get(host);
		if (!state) {
			state = {queue: new PQueue({concurrency: 1}), delayMs: 0, lastStartAt: Number.NEGATIVE_INFINITY, pausedUntil: 0};
			this.#hosts.set(host, state);
		}
		return state;
	}
}
