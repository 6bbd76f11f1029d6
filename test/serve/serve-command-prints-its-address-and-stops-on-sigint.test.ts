import {Writable} from 'node:stream';
import {afterEach, expect, it} from 'vitest';
import {ArchiveStore} from '../../src/archive/index.js';
import {run} from '../../src/cli/program.js';
import {makePage, makeSnapshot} from '../helpers/snapshot-factory.js';
import {tmpDir} from '../helpers/tmp-dir.js';

const URL_ = 'https://www.gsmarena.com/galaxy_s30_review-news-1.php';
const TITLE = 'Galaxy S30 review: the long-haul phone';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

it('`newsvault serve --port 0` prints its address, serves the archive, and exits 0 on SIGINT', async () => {
	const tmp = await tmpDir();
	cleanup = tmp.cleanup;
	const store = await ArchiveStore.open(tmp.dir);
	await store.put({url: URL_, page: makePage({url: URL_}), snapshot: makeSnapshot({source: {url: URL_}, article: {title: TITLE}})});

	let stdout = '';
	let stderr = '';
	let announced: (line: string) => void = () => {};
	const address = new Promise<string>((resolve) => (announced = resolve));
	const exit = run(['serve', '--port', '0', '--archive', tmp.dir], {
		stdout: new Writable({
			write(chunk, _encoding, callback) {
				stdout += String(chunk);
				if (stdout.includes('\n')) announced(stdout);
				callback();
			},
		}),
		stderr: new Writable({
			write(chunk, _encoding, callback) {
				stderr += String(chunk);
				callback();
			},
		}),
		env: {},
		cwd: tmp.dir,
	});

	const line = await Promise.race([address, exit.then((code) => `exited early with ${code}: ${stderr}`)]);
	expect(line).toMatch(/^newsvault serve: http:\/\/127\.0\.0\.1:\d+\/ \(archive .+\) — Ctrl-C to stop\n$/);
	expect(line).toContain(tmp.dir);
	const base = /http:\/\/127\.0\.0\.1:\d+\//.exec(line)?.[0] ?? '';
	const home = await fetch(base);
	expect(home.status).toBe(200);
	expect(await home.text()).toContain(TITLE);

	// What Ctrl-C delivers; emitting it reaches the command's handler without signalling the test runner.
	process.emit('SIGINT');
	expect(await exit).toBe(0);
	await expect(fetch(base)).rejects.toThrow();
});

it('rejects a port outside 0–65535 as a usage error', async () => {
	let stderr = '';
	const sink = (append: (text: string) => void) =>
		new Writable({
			write(chunk, _encoding, callback) {
				append(String(chunk));
				callback();
			},
		});
	const code = await run(['serve', '--port', '70000'], {stdout: sink(() => {}), stderr: sink((text) => (stderr += text)), env: {}, cwd: process.cwd()});
	expect(code).toBe(2);
	expect(stderr).toContain('--port must be 0–65535');
});
