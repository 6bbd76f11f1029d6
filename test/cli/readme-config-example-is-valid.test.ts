import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseConfig} from '../../src/index.js';

describe('the README', () => {
	it('shows a crawl config that newsvault accepts', async () => {
		const readme = await readFile(path.join(import.meta.dirname, '../../README.md'), 'utf8');
		const block = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
		expect(block).toBeDefined();
		const config = parseConfig(JSON.parse(block!));
		expect(config.sites[0]).toMatchObject({name: 'phonearena', maxPages: 200, schedule: '0 * * * *'});
	});

	it('starts with the demo command and the test command', async () => {
		const readme = await readFile(path.join(import.meta.dirname, '../../README.md'), 'utf8');
		const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
		expect(firstBlock).toMatch(/npm run demo/);
		expect(firstBlock).toMatch(/npm test/);
	});
});
