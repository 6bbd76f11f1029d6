/**
 * A crawl in a child process, for the kill -9 and SIGINT tests: what `newsvault crawl`
 * does, minus argument parsing. Usage: node --import tsx crawl-child.ts '<json>' where the
 * JSON is {archive, seeds, include, resume?}. SIGINT/SIGTERM stop the crawl gracefully
 * ("stopping" on stderr); the summary is printed as JSON on stdout.
 */
import {ArchiveStore} from '../../../src/archive/index.js';
import {configFromFlags} from '../../../src/crawl/config.js';
import {crawl} from '../../../src/crawl/index.js';
import {HttpFetcher} from '../../../src/fetch/http.js';

interface ChildArgs {
	archive: string;
	seeds: string[];
	include: string[];
	resume?: boolean;
}

const args = JSON.parse(process.argv[2] ?? '{}') as ChildArgs;
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		process.stderr.write('stopping\n');
		controller.abort();
	});
}
const config = configFromFlags({seeds: args.seeds, include: args.include, concurrency: 1, name: 'fixture'});
for (const site of config.sites) site.perHost = {concurrency: 1, delayMs: 0};
const store = await ArchiveStore.open(args.archive);
const fetcher = new HttpFetcher();
try {
	const summary = await crawl(config, {fetcher, store, render: 'never'}, {signal: controller.signal, resume: args.resume ?? false});
	process.stdout.write(`${JSON.stringify(summary)}\n`);
} finally {
	await fetcher.close();
}
