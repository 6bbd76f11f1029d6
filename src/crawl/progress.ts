import type {CrawlProgress} from './summary.js';

/**
 * The live progress line a terminal shows during a crawl, redrawn in place on stderr.
 * Only for a TTY: a redirected stderr (a log file, a pipe) gets nothing, since `\r`
 * redraws would only fill it with noise.
 */

/** Redraws per second at most: enough to look live, few enough to cost nothing. */
const REDRAWS_PER_SECOND = 4;

export interface ProgressRenderer {
	/** Pass as `crawl(…, {onProgress})`. */
	update(progress: CrawlProgress): void;
	/** Clear the line (call before printing the summary). */
	done(): void;
}

/** `phonearena  done 120  queued 34  failed 2  in flight 4  3.1 pages/s` */
export function formatProgress(progress: CrawlProgress): string {
	return [
		progress.site,
		`done ${progress.done}`,
		`queued ${progress.queued}`,
		`failed ${progress.failed}`,
		`in flight ${progress.inFlight}`,
		`${progress.pagesPerSecond.toFixed(1)} pages/s`,
	].join('  ');
}

export function createProgressRenderer(
	stream: NodeJS.WritableStream & {isTTY?: boolean; columns?: number},
	now: () => number = Date.now,
): ProgressRenderer {
	if (!stream.isTTY) return {update: () => undefined, done: () => undefined};
	const latest = new Map<string, CrawlProgress>();
	let lastDraw = Number.NEGATIVE_INFINITY;
	let drawn = false;
	const draw = (): void => {
		const line = [...latest.values()].map(formatProgress).join(' | ');
		const width = stream.columns ?? 120;
		stream.write(`\r\x1b[2K${line.length > width - 1 ? `${line.slice(0, width - 2)}…` : line}`);
		drawn = true;
	};
	return {
		update(progress) {
			latest.set(progress.site, progress);
			const at = now();
			if (at - lastDraw < 1000 / REDRAWS_PER_SECOND) return;
			lastDraw = at;
			draw();
		},
		done() {
			if (drawn) stream.write('\r\x1b[2K');
			drawn = false;
		},
	};
}
