import {readFileSync} from 'node:fs';
import * as cheerio from 'cheerio';
import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {SiteProfile} from '../../src/extract/profiles/types.js';
import {type CommentPagesReport, fetchCommentPages} from '../../src/fetch/comments-endpoint.js';
import {FetchError} from '../../src/fetch/errors.js';
import {pageFromBytes} from '../../src/fetch/from-bytes.js';
import {HttpFetcher} from '../../src/fetch/http.js';
import type {FetchRequest, Fetcher, Page} from '../../src/fetch/types.js';
import {commentsEndpointRule} from '../../src/pipeline/render.js';
import {startFixtureSite} from '../fixtures/site/server.js';

const PHONEARENA = '/work/shared/corpus/articles/news/phonearena-razr-ultra-2025-deal';
const PHONEARENA_URL = 'https://www.phonearena.com/news/razr-ultra-2025-motorola-deal-700-usd-off-free-earbuds_id181125';
const PHONEARENA_RULE = {selector: '#comments', attribute: 'data-endpoint', into: '.cs-widget-comments'};

interface Reply {
	body: string;
	contentType?: string;
	status?: number;
}

/** A Fetcher that answers from a table and records what was asked, so no test touches a network. */
function fakeFetcher(replies: Record<string, Reply>): Fetcher & {asked: string[]} {
	const asked: string[] = [];
	return {
		asked,
		async fetch(request: FetchRequest): Promise<Page> {
			const url = String(request.url);
			asked.push(url);
			const reply = replies[url];
			if (!reply || (reply.status ?? 200) >= 400) {
				const status = reply?.status ?? 404;
				throw new FetchError('ERR_HTTP_STATUS', `${status}`, {url, status, retryable: status >= 500});
			}
			return pageFromBytes({url, body: new TextEncoder().encode(reply.body), contentType: reply.contentType ?? 'text/html; charset=utf-8'});
		},
	};
}

function articlePage(url: string, html: string): Page {
	return pageFromBytes({url, body: new TextEncoder().encode(html), contentType: 'text/html; charset=utf-8'});
}

const comment = (id: number, text: string): string => `<div class="comment" id="comment-${id}"><div class="comment-content">${text}</div></div>`;

describe('fetchCommentPages', () => {
	it('follows the endpoint a real PhoneArena page names, page by page, until the site has no next page', async () => {
		const page = articlePage(PHONEARENA_URL, readFileSync(`${PHONEARENA}/source.html`, 'utf8'));
		const fetcher = fakeFetcher({
			'https://www.phonearena.com/comments/articles/181125/0/1': {body: comment(1, 'first page, first comment') + comment(2, 'first page, second comment')},
			'https://www.phonearena.com/comments/articles/181125/0/2': {body: comment(3, 'second page comment')},
		});
		let report: CommentPagesReport | undefined;
		const merged = await fetchCommentPages(page, PHONEARENA_RULE, fetcher, {onDone: (done) => void (report = done)});

		expect(fetcher.asked).toEqual([
			'https://www.phonearena.com/comments/articles/181125/0/1',
			'https://www.phonearena.com/comments/articles/181125/0/2',
			'https://www.phonearena.com/comments/articles/181125/0/3',
		]);
		expect(report).toEqual({pages: 2, stoppedBy: 'last-page'});
		const $ = cheerio.load(merged.html);
		expect($('#comments .cs-widget-comments .comment').map((_, el) => $(el).attr('id')).get()).toEqual(['comment-1', 'comment-2', 'comment-3']);
		expect(new TextDecoder().decode(merged.body)).toBe(merged.html);
		expect(merged.charset).toBe('utf-8');
	});

	it('reads JSON replies: the fragment from a common field, the next page from its link, the end from hasMore', async () => {
		const page = articlePage('https://news.example/a/1', '<html><body><div id="comments" data-src="/api/comments?page=1"></div></body></html>');
		const fetcher = fakeFetcher({
			'https://news.example/api/comments?page=1': {contentType: 'application/json', body: JSON.stringify({html: comment(10, 'json one'), next: '/api/comments?page=2'})},
			'https://news.example/api/comments?page=2': {contentType: 'application/json', body: JSON.stringify({data: {html: comment(11, 'json two')}, hasMore: false})},
		});
		const merged = await fetchCommentPages(page, {selector: '#comments', attribute: 'data-src', pageParam: 'page'}, fetcher);

		expect(fetcher.asked).toHaveLength(2);
		expect(merged.html).toContain('json one');
		expect(merged.html).toContain('json two');
	});

	it('stops when the endpoint ignores the page number and repeats itself, without duplicating comments', async () => {
		const page = articlePage('https://news.example/a/2', '<div id="comments" data-endpoint="/c/7/1"></div>');
		const same = {body: comment(20, 'always the same page')};
		const fetcher = fakeFetcher({'https://news.example/c/7/1': same, 'https://news.example/c/7/2': same, 'https://news.example/c/7/3': same});
		let report: CommentPagesReport | undefined;
		const merged = await fetchCommentPages(page, {selector: '#comments', attribute: 'data-endpoint'}, fetcher, {onDone: (done) => void (report = done)});

		expect(report?.stoppedBy).toBe('repeat');
		expect(merged.html.match(/always the same page/g)).toHaveLength(1);
	});

	it('stops at maxPages', async () => {
		const page = articlePage('https://news.example/a/3', '<div id="comments" data-endpoint="/c/8/1"></div>');
		const replies: Record<string, Reply> = {};
		for (let n = 1; n <= 10; n++) replies[`https://news.example/c/8/${n}`] = {body: comment(100 + n, `page ${n}`)};
		const fetcher = fakeFetcher(replies);
		const merged = await fetchCommentPages(page, {selector: '#comments', attribute: 'data-endpoint'}, fetcher, {maxPages: 3});

		expect(fetcher.asked).toHaveLength(3);
		expect(merged.html).toContain('page 3');
		expect(merged.html).not.toContain('page 4');
	});

	it('keeps the pages it has when a later page fails, and reports the failure', async () => {
		const page = articlePage('https://news.example/a/4', '<div id="comments" data-endpoint="/c/9/1"></div>');
		const fetcher = fakeFetcher({'https://news.example/c/9/1': {body: comment(30, 'kept')}, 'https://news.example/c/9/2': {body: '', status: 503}});
		let report: CommentPagesReport | undefined;
		const merged = await fetchCommentPages(page, {selector: '#comments', attribute: 'data-endpoint'}, fetcher, {onDone: (done) => void (report = done)});

		expect(merged.html).toContain('kept');
		expect(report?.stoppedBy).toBe('error');
		expect(report?.error?.code).toBe('ERR_HTTP_STATUS');
	});

	it('fails when the first endpoint page fails, so the caller can keep the page without it', async () => {
		const page = articlePage('https://news.example/a/5', '<div id="comments" data-endpoint="/c/10/1"></div>');
		await expect(fetchCommentPages(page, {selector: '#comments', attribute: 'data-endpoint'}, fakeFetcher({}))).rejects.toMatchObject({code: 'ERR_HTTP_STATUS'});
	});

	it('refuses an endpoint on another site and fetches nothing', async () => {
		const page = articlePage('https://news.example/a/6', '<div id="comments" data-endpoint="http://169.254.169.254/latest/meta-data"></div>');
		const fetcher = fakeFetcher({});
		await expect(fetchCommentPages(page, {selector: '#comments', attribute: 'data-endpoint'}, fetcher)).rejects.toMatchObject({code: 'ERR_INVALID_URL'});
		expect(fetcher.asked).toEqual([]);
	});

	it('returns the page unchanged when it names no endpoint', async () => {
		const page = articlePage('https://news.example/a/7', '<div id="comments"><div class="comment">static</div></div>');
		const fetcher = fakeFetcher({});
		expect(await fetchCommentPages(page, {selector: '#comments', attribute: 'data-endpoint'}, fetcher)).toBe(page);
		expect(fetcher.asked).toEqual([]);
	});
});

describe('the endpoint path end to end, without a browser', () => {
	/** A profile for the fixture site's PhoneArena-style page, matched by its og:site_name. */
	const fixtureProfile: SiteProfile = {
		name: 'fixture-endpoint',
		hosts: ['fixture-endpoint.invalid'],
		siteNames: ['Fixture Phone News'],
		version: '1',
		article: {},
		commentsEndpoint: {selector: '#comments[data-endpoint]', attribute: 'data-endpoint'},
	};

	it('fetches the endpoint pages of the fixture page over HTTP, and the merged page extracts to all 7 comments with their parents', async () => {
		const site = await startFixtureSite();
		const http = new HttpFetcher();
		try {
			const page = await http.fetch({url: `${site.url}js/endpoint-thread`});
			const first = extract(page, {profiles: [fixtureProfile]});
			expect(first.ok && first.snapshot.comments).toMatchObject({declaredCount: 7, complete: false, items: []});

			const rule = commentsEndpointRule(page, first, [fixtureProfile]);
			if (!rule) throw new Error('the fixture page should name its comment endpoint');
			const merged = await fetchCommentPages(page, rule, http);
			const result = extract(merged, {profiles: [fixtureProfile]});
			if (!result.ok) throw new Error(result.message);
			const {comments} = result.snapshot;
			expect(comments).toMatchObject({declaredCount: 7, complete: true});
			expect(comments.items.map((item) => item.author.name)).toEqual(['Brett_K', 'Lina-M', 'oldskool', 'TBomb', 'Vokilam', 'ph-fan', 'Demo-san']);
			expect(comments.items[1]?.parentId).toBe(comments.items[0]?.id);
			expect(site.requests).toEqual(['/js/endpoint-thread', '/js/endpoint-thread/comments/0/1', '/js/endpoint-thread/comments/0/2', '/js/endpoint-thread/comments/0/3']);
		} finally {
			await http.close();
			await site.close();
		}
	});
});
