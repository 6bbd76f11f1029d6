import {execFile} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';

const run = promisify(execFile);
const EVAL = path.resolve(import.meta.dirname, '../../scripts/eval/index.ts');
const TSX = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');

async function evalCommand(args: string[]): Promise<{code: number; stderr: string}> {
	try {
		const {stderr} = await run(TSX, [EVAL, ...args]);
		return {code: 0, stderr};
	} catch (error) {
		const failed = error as {code: number; stderr: string};
		return {code: failed.code, stderr: failed.stderr};
	}
}

describe('npm run eval on bad input', () => {
	it('names a corpus folder that is not there in one line, not a stack trace', async () => {
		const empty = mkdtempSync(path.join(tmpdir(), 'newsvault-no-corpus-'));
		const result = await evalCommand(['--corpus', empty, '--no-readability']);
		expect(result.code).toBe(2);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain(`no corpus at ${empty}`);
	});

	it('names an unknown option and shows the usage', async () => {
		const result = await evalCommand(['--bogus']);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/^Unknown option '--bogus'\nusage: npm run eval/);
	});
});
