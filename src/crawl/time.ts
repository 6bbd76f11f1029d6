/**
 * The crawler's clock: the current time and a way to wait. Injected so tests can run
 * delays, backoffs and Retry-After waits on a virtual clock, with no wall-clock timing.
 */
export interface CrawlTime {
	/** Milliseconds since the epoch. */
	now(): number;
	/** Wait `ms`; resolves early (never rejects) when `signal` aborts. */
	sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemTime: CrawlTime = {
	now: () => Date.now(),
	sleep: (ms, signal) =>
		new Promise<void>((resolve) => {
			if (ms <= 0 || signal?.aborted) return resolve();
			const done = (): void => {
				clearTimeout(timer);
				signal?.removeEventListener('abort', done);
				resolve();
			};
			const timer = setTimeout(done, ms);
			signal?.addEventListener('abort', done, {once: true});
		}),
};
