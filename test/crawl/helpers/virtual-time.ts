import type {CrawlTime} from '../../../src/crawl/time.js';

/**
 * A clock that only moves when someone sleeps: `sleep(ms)` yields to the event loop,
 * then sets the time to at least "when the sleep began + ms". Delays, backoffs and
 * Retry-After waits take no real time, and tests read gaps off this clock instead of
 * the wall clock.
 */
export interface VirtualTime extends CrawlTime {
	/** Every sleep asked for, in ms, in order. */
	sleeps: number[];
}

export function virtualTime(start = Date.parse('2025-03-21T12:00:00Z')): VirtualTime {
	let now = start;
	const sleeps: number[] = [];
	return {
		sleeps,
		now: () => now,
		async sleep(ms, signal) {
			const until = now + Math.max(0, ms);
			sleeps.push(ms);
			await new Promise<void>((resolve) => setImmediate(resolve));
			if (!signal?.aborted) now = Math.max(now, until);
		},
	};
}
