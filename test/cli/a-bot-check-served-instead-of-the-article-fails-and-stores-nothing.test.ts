import {readdir} from 'node:fs/promises';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ArchiveStore} from '../../src/archive/index.js';
import type {Fetcher} from '../../src/fetch/types.js';
import {HttpFetcher} from '../../src/fetch/http.js';
import {archiveUrl} from '../../src/pipeline/index.js';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {cli} from '../helpers/cli.js';
import {pageFromHtml} from '../helpers/page-from-html.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {tmpDir} from '../helpers/tmp-dir.js';

const ARTICLE = `<!doctype html><html lang="en"><head><title>Battery test</title></head><body><article><h1>Battery test</h1>${ARTICLE_PARAGRAPHS}
<section id="comments"><ol class="comment-list"><li class="comment" id="comment-1"><div class="comment-author">reader1</div><div class="comment-body"><p>Two days of battery would change everything for me.</p></div></li></ol></section></article></body></html>`;

/** Cloudflare's managed challenge as it arrives: status 200, a sentence, its script and ray id. */
const CHALLENGE = `<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head><body><div class="main-content"><h1>127.0.0.1</h1>
<h2 id="challenge-running">Checking if the site connection is secure</h2><div id="challenge-body-text">127.0.0.1 needs to review the security of your connection before proceeding.</div>
<form id="challenge-form" action="/story?__cf_chl_f_tk=a1" method="POST"></form></div>
<script>window._cf_chl_opt={cType: 'managed'};</script><div class="footer"><div class="ray-id">Ray ID: <code>8a1b2c3d4e5f6071</code></div>Performance &amp; security by Cloudflare</div></body></html>`;

async function listTree(dir: string): Promise<string[]> {
	return (await readdir(dir, {recursive: true})).map(String).sort();
}

describe('a bot check served with status 200 in place of an archived article', () => {
	let server: TestServer;
	let archive: {dir: string; cleanup(): Promise<void>};
	let serve = ARTICLE;
	let url: string;

	beforeAll(async () => {
		server = await startServer((_req, res) => {
			res.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
			res.end(serve);
		});
		archive = await tmpDir();
		url = new URL('story', server.url).href;
	});
	afterAll(async () => {
		await server.close();
		await archive.cleanup();
	});

	it('fails `newsvault archive` with one line and exit 1, and history still shows only v1', async () => {
		serve = ARTICLE;
		const first = await cli(['archive', url, '--render', 'never', '--archive', archive.dir]);
		expect(first.code).toBe(0);
		const before = await listTree(archive.dir);

		serve = CHALLENGE;
		const blocked = await cli(['archive', url, '--render', 'never', '--archive', archive.dir]);
		expect(blocked.code).toBe(1);
		expect(blocked.stderr.trim().split('\n')).toEqual([expect.stringContaining(`"${url}" served a Cloudflare bot check, not the article: nothing stored; try --render always, or later`)]);
		expect(await listTree(archive.dir)).toEqual(before);

		const history = await cli(['history', url, '--archive', archive.dir, '--json']);
		expect(JSON.parse(history.stdout).versions.map((v: {id: string}) => v.id)).toEqual(['v1']);
	});

	describe('with --render auto and a browser', () => {
		const http = new HttpFetcher();
		afterAll(() => http.close());
		const browserShowing = (html: string): Fetcher => ({fetch: async ({url: asked}) => pageFromHtml(html, String(asked), {mode: 'browser'})});

		it('stores what the browser got when the challenge passes there', async () => {
			serve = CHALLENGE;
			const store = await ArchiveStore.open(archive.dir);
			const outcome = await archiveUrl(url, {fetcher: http, browser: browserShowing(ARTICLE), store, render: 'auto'});
			expect(outcome).toMatchObject({ok: true, renderReason: 'the HTTP response is a bot check or consent wall, not the article'});
		});

		it('fails with ERR_BLOCKED and stores nothing when the browser is shown the challenge too', async () => {
			serve = CHALLENGE;
			const store = await ArchiveStore.open(archive.dir);
			const versions = (await store.history(url)).length;
			const outcome = await archiveUrl(url, {fetcher: http, browser: browserShowing(CHALLENGE), store, render: 'auto'});
			expect(outcome).toMatchObject({ok: false, version: null, change: null});
			expect(outcome.error).toMatchObject({code: 'ERR_BLOCKED'});
			expect(outcome.error?.message).toContain('(the browser was shown it too)');
			expect(await store.history(url)).toHaveLength(versions);
		});
	});
});
