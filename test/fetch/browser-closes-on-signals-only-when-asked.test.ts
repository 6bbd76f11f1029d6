import {afterEach, describe, expect, it} from 'vitest';
import {closeBrowserOnSignals} from '../../src/fetch/browser-signals.js';

/** A stand-in for the BrowserFetcher: only `close()` matters here. */
function closable() {
	const target = {closed: 0, async close() {
		target.closed++;
	}};
	return target;
}

describe('closeBrowserOnSignals', () => {
	const keepAlive = (): void => undefined;
	afterEach(() => {
		process.off('SIGTERM', keepAlive);
	});

	it('installs nothing when the browser fetcher is merely imported', async () => {
		const before = {int: process.listenerCount('SIGINT'), term: process.listenerCount('SIGTERM')};
		await import('../../src/fetch/browser.js');
		expect({int: process.listenerCount('SIGINT'), term: process.listenerCount('SIGTERM')}).toEqual(before);
	});

	it('closes the browser on SIGTERM, once, and leaves the exit to the listener that is still there', async () => {
		// Another listener stays, so the signal is not raised again (which would end the test run).
		process.on('SIGTERM', keepAlive);
		const target = closable();
		const before = process.listenerCount('SIGTERM');
		closeBrowserOnSignals(target, ['SIGTERM']);
		expect(process.listenerCount('SIGTERM')).toBe(before + 1);

		process.emit('SIGTERM', 'SIGTERM');
		await new Promise((resolve) => setImmediate(resolve));
		expect(target.closed).toBe(1);
		expect(process.listenerCount('SIGTERM')).toBe(before);
	});

	it('removes its handlers when told to, and then never closes the browser', () => {
		process.on('SIGTERM', keepAlive);
		const target = closable();
		const before = process.listenerCount('SIGTERM');
		const remove = closeBrowserOnSignals(target, ['SIGTERM']);
		remove();
		expect(process.listenerCount('SIGTERM')).toBe(before);
		process.emit('SIGTERM', 'SIGTERM');
		expect(target.closed).toBe(0);
	});
});
