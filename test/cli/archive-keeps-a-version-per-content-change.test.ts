import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {Ajv2020} from 'ajv/dist/2020.js';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startFixtureSite, type FixtureSite} from '../fixtures/site/server.js';
import {cli} from '../helpers/cli.js';
import {tmpDir} from '../helpers/tmp-dir.js';

const ARTICLE = 'phonearena/huawei-futurewei-export-block.html';
const PUBLIC = path.join(import.meta.dirname, '../fixtures/site/public');

describe('newsvault archive → history → show, on the fixture site', () => {
	let site: FixtureSite;
	let archive: {dir: string; cleanup(): Promise<void>};
	let url: string;

	beforeAll(async () => {
		site = await startFixtureSite();
		archive = await tmpDir();
		url = new URL(ARTICLE, site.url).href;
	});
	afterAll(async () => {
		await site.close();
		await archive.cleanup();
	});

	it('archives a new article as v1 and says so in one line', async () => {
		const result = await cli(['archive', url, '--archive', archive.dir]);
		expect(result.code).toBe(0);
		expect(result.stdout.trim().split('\n')).toHaveLength(1);
		expect(result.stdout).toMatch(/^new\s+v1\s+/);
		expect(result.stdout).toContain('US-based Huawei research blocked');
		expect(result.stdout).toContain('20 comments of 21 declared');
	});

	it('says unchanged on a second visit to the same page and adds no version', async () => {
		const result = await cli(['archive', url, '--archive', archive.dir, '--json']);
		expect(result.code).toBe(0);
		const line = JSON.parse(result.stdout);
		expect(line).toMatchObject({url, ok: true, version: 'v1', change: 'unchanged', comments: 20, error: null});
		expect(line.title).toContain('Huawei');
	});

	it('records a new version when the article is edited, and history lists both', async () => {
		const original = await readFile(path.join(PUBLIC, ARTICLE), 'utf8');
		site.override(`/${ARTICLE}`, original.replace('around 700 engineers', 'around 850 engineers'));
		try {
			const result = await cli(['archive', url, '--archive', archive.dir, '--json']);
			expect(JSON.parse(result.stdout)).toMatchObject({version: 'v2', change: 'changed'});
		} finally {
			site.clearOverrides();
		}
		const history = await cli(['history', url, '--archive', archive.dir, '--json']);
		expect(history.code).toBe(0);
		const {versions} = JSON.parse(history.stdout);
		expect(versions.map((v: {id: string}) => v.id)).toEqual(['v1', 'v2']);
		expect(versions[0].firstSeen < versions[1].firstSeen).toBe(true);
		for (const v of versions) expect(v).toMatchObject({status: 200, snapshotSha256: expect.stringMatching(/^[0-9a-f]{64}$/), rawSha256: expect.stringMatching(/^[0-9a-f]{64}$/)});

		const text = await cli(['history', url, '--archive', archive.dir]);
		expect(text.stdout).toMatch(/v1 .*2 visits/);
		expect(text.stdout).toMatch(/v2 /);
	});

	it('show --json prints a snapshot that validates against `newsvault schema`', async () => {
		const schema = JSON.parse((await cli(['schema'])).stdout);
		const shown = await cli(['show', url, '--version', 'v1', '--archive', archive.dir, '--json']);
		expect(shown.code).toBe(0);
		const snapshot = JSON.parse(shown.stdout);
		const validate = new Ajv2020({strict: false, validateFormats: false}).compile(schema);
		expect(validate(snapshot), JSON.stringify(validate.errors)).toBe(true);
		expect(snapshot.source).toMatchObject({url, status: 200, mode: 'http'});
		expect(snapshot.article.body.map((b: {text: string}) => b.text).join(' ')).toContain('around 700 engineers');
	});

	it('show without --json prints the article and its thread for a person', async () => {
		const shown = await cli(['show', url, '--archive', archive.dir]);
		expect(shown.stdout).toContain('around 850 engineers');
		expect(shown.stdout).toContain('Agniputra');
		expect(shown.stdout).toContain('Some comments have been hidden');
	});
});
