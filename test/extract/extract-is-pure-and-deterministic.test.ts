import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {SnapshotSchema} from '../../src/snapshot/schema.js';
import {PHONEARENA_GUEST, PHONEARENA_THREAD, fixturePage} from './fixture-pages.js';

const SRC = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'extract');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const file = path.join(dir, name);
		return statSync(file).isDirectory() ? sourceFiles(file) : file.endsWith('.ts') ? [file] : [];
	});
}

describe('extract', () => {
	it('gives the same Snapshot for the same page, every time', () => {
		const page = fixturePage(PHONEARENA_THREAD.file, PHONEARENA_THREAD.url);
		expect(extract(page)).toEqual(extract(page));
	});

	it('produces Snapshots that pass the schema', () => {
		for (const fixture of [PHONEARENA_THREAD, PHONEARENA_GUEST]) {
			const result = extract(fixturePage(fixture.file, fixture.url));
			if (!result.ok) throw new Error(result.message);
			expect(SnapshotSchema.safeParse(result.snapshot).success).toBe(true);
		}
	});

	it('fills the source from the page: hash of the raw bytes, host, fetch time, mode', () => {
		const page = fixturePage(PHONEARENA_THREAD.file, PHONEARENA_THREAD.url, {fetchedAt: '2026-01-02T03:04:05.000Z', mode: 'browser'});
		const result = extract(page);
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.source).toMatchObject({
			url: PHONEARENA_THREAD.url,
			host: 'www.phonearena.com',
			fetchedAt: '2026-01-02T03:04:05.000Z',
			mode: 'browser',
			status: 200,
			charset: 'utf-8',
		});
		expect(result.snapshot.source.sha256).toMatch(/^[0-9a-f]{64}$/);
	});

	it.each(sourceFiles(SRC).map((file) => [path.relative(SRC, file), file]))('keeps %s free of I/O and of the clock', (_name, file) => {
		const code = readFileSync(file, 'utf8');
		expect(code).not.toMatch(/from ['"](node:)?(fs|fs\/promises|net|http|https|child_process)['"]/);
		expect(code).not.toMatch(/from ['"](undici|playwright-core)['"]/);
		expect(code).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now\(|Math\.random\(/);
	});
});
