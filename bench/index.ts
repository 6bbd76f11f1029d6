/**
 * `npm run bench`: every benchmark, one after another (they would skew each other if run
 * together on two cores). Each prints its own table with ratios against a peer measured in
 * the same run. `npm run bench -- extract diff` runs only those.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const BENCHMARKS = ['extract', 'extract-scaling', 'diff', 'crawl', 'browser'] as const;
const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2).filter((name) => !name.startsWith('-'));
const unknown = wanted.filter((name) => !(BENCHMARKS as readonly string[]).includes(name));
if (unknown.length > 0) {
	console.error(`bench: unknown benchmark ${unknown.map((name) => `"${name}"`).join(', ')}; choose from ${BENCHMARKS.join(', ')}`);
	process.exit(2);
}

let failed = 0;
for (const name of wanted.length > 0 ? wanted : BENCHMARKS) {
	console.log(`\n=== bench/${name}.ts ===`);
	const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, `${name}.ts`)], {stdio: 'inherit'});
	if (run.status !== 0) {
		console.error(`bench/${name}.ts exited ${run.status ?? run.signal}`);
		failed++;
	}
}
process.exitCode = failed > 0 ? 1 : 0;
