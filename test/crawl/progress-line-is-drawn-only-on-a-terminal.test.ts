import {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {createProgressRenderer, formatProgress} from '../../src/crawl/progress.js';

const progress = {site: 'phonearena', done: 120, queued: 34, inFlight: 4, failed: 2, fetched: 100, elapsedMs: 32_000, pagesPerSecond: 3.125};

function stream(isTTY: boolean) {
	const out = new PassThrough() as PassThrough & {isTTY?: boolean; columns?: number};
	out.isTTY = isTTY;
	out.columns = 200;
	const chunks: string[] = [];
	out.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
	return {out, text: () => chunks.join('')};
}

describe('progress line', () => {
	it('shows done, queued, failed, in flight and pages per second', () => {
		expect(formatProgress(progress)).toBe('phonearena  done 120  queued 34  failed 2  in flight 4  3.1 pages/s');
	});

	it('redraws in place on a TTY and clears the line when done', async () => {
		const {out, text} = stream(true);
		const renderer = createProgressRenderer(out, () => 0);
		renderer.update(progress);
		renderer.done();
		await new Promise((resolve) => setImmediate(resolve));
		expect(text()).toBe(`\r\x1b[2K${formatProgress(progress)}\r\x1b[2K`);
	});

	it('writes nothing when stderr is not a TTY (a log file or a pipe)', async () => {
		const {out, text} = stream(false);
		const renderer = createProgressRenderer(out);
		renderer.update(progress);
		renderer.done();
		await new Promise((resolve) => setImmediate(resolve));
		expect(text()).toBe('');
	});
});
