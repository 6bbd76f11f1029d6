/**
 * Closing the browser when the process is interrupted, as an explicit call: importing the
 * browser fetcher installs no handler, and the CLI decides when Ctrl-C should also close
 * Chromium (the scheduler, for one, turns SIGINT into an AbortSignal of its own).
 */

export interface Closable {
	close(): Promise<void>;
}

/** How long closing may take before the signal is passed on anyway. */
const CLOSE_GRACE_MS = 5_000;

/**
 * On each of `signals`, close `target` (a BrowserFetcher), then let the signal take its
 * normal course: when no other listener for it remains, it is raised again so the process
 * exits the way it would have (code 130 for SIGINT).
 *
 * @returns a function that removes the handlers
 * @example
 * const browser = new BrowserFetcher();
 * const removeHandlers = closeBrowserOnSignals(browser);
 * try { … } finally { removeHandlers(); await browser.close(); }
 */
export function closeBrowserOnSignals(target: Closable, signals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): () => void {
	const handlers = new Map<NodeJS.Signals, () => void>();
	const remove = (): void => {
		for (const [signal, handler] of handlers) process.off(signal, handler);
		handlers.clear();
	};
	for (const signal of signals) {
		const handler = (): void => {
			remove();
			const grace = new Promise<void>((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref());
			void Promise.race([target.close().catch(() => undefined), grace]).then(() => {
				if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
			});
		};
		handlers.set(signal, handler);
		process.on(signal, handler);
	}
	return remove;
}
