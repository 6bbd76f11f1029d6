import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {phonearena} from '../../src/extract/profiles/phonearena.js';
import type {SiteProfile} from '../../src/extract/profiles/types.js';
import type {ExtractResult} from '../../src/extract/types.js';
import {browserReason, commentsEndpointRule} from '../../src/pipeline/render.js';
import {makeComment, makePage, makeSnapshot, type SnapshotOverrides} from '../helpers/snapshot-factory.js';

/** An extraction result for an article of ordinary length, with what a test overrides. */
const ok = (overrides: SnapshotOverrides = {}): ExtractResult => ({ok: true, snapshot: makeSnapshot({...overrides, article: {wordCount: 400, ...overrides.article}})});
const comments = (n: number) => Array.from({length: n}, (_, i) => makeComment({id: `c${i + 1}`, number: i + 1}));
const page = (body = '<article><p>Text.</p></article>') => makePage({url: 'https://news.example/a/1', html: `<html><body>${body}</body></html>`});

describe('browserReason (render: auto)', () => {
	it('asks for the browser when the profile says the site needs one', () => {
		const spa: SiteProfile = {name: 'spa-news', hosts: ['news.example'], version: '1', article: {}, needsBrowser: true};
		expect(browserReason(page(), ok({extractor: {profile: 'spa-news'}}), [spa])).toBe('profile spa-news needs a browser');
	});

	it('asks for the browser when the HTTP response has no article', () => {
		const failed: ExtractResult = {ok: false, reason: 'no-article-body', message: 'no article text or comments found'};
		expect(browserReason(page('<main id="app"></main>'), failed)).toContain('no article in the HTTP response');
	});

	it('asks for the browser when the HTTP response is a bot check, where a JavaScript challenge may pass', () => {
		const blocked: ExtractResult = {ok: false, reason: 'blocked', message: '"https://news.example/a/1" served a Cloudflare bot check, not the article'};
		expect(browserReason(page('<h2 id="challenge-running">Checking if the site connection is secure</h2>'), blocked)).toBe('the HTTP response is a bot check or consent wall, not the article');
	});

	it('asks for the browser when the HTTP response is an app shell with a few words and no comments', () => {
		const shell = ok({article: {wordCount: 3, body: [{type: 'paragraph', text: 'Loading…', links: []}]}, comments: {declaredCount: null, complete: true, items: []}});
		expect(browserReason(page('<main id="app"><p>Loading…</p></main>'), shell)).toBe('the HTTP response has 3 words of article text and no comments');
	});

	it('keeps a short opening post that carries its comment thread', () => {
		const forum = ok({article: {wordCount: 13}, comments: {declaredCount: 2, complete: true, items: comments(2)}});
		expect(browserReason(page(), forum)).toBeNull();
	});

	it('does not ask for the browser for a response that is not HTML', () => {
		expect(browserReason(page(), {ok: false, reason: 'not-html', message: 'binary'})).toBeNull();
	});

	it('asks for the browser when the page declares more comments than its HTML holds', () => {
		const reason = browserReason(page(), ok({comments: {declaredCount: 34, complete: false, items: comments(8)}}));
		expect(reason).toBe('the page declares 34 comments and its HTML holds 8');
	});

	it('keeps the HTTP result when every declared comment is there', () => {
		expect(browserReason(page(), ok({comments: {declaredCount: 3, complete: true, items: comments(3)}}))).toBeNull();
	});

	it('keeps the HTTP result when the missing comments are ones the site says it hid', () => {
		expect(browserReason(page(), ok({comments: {declaredCount: 21, complete: true, items: comments(19), notices: ['Some comments have been hidden']}}))).toBeNull();
	});

	it('asks for the browser when a comment container names its loader and holds no comment', () => {
		const html = '<article><p>Text.</p></article><div id="comments" class="cs" data-endpoint="/comments/articles/1/0/1"><div class="cs-widget-comments"></div></div>';
		expect(browserReason(page(html), ok({comments: {declaredCount: null, complete: true, items: []}}))).toBe('the comment widget #comments[data-endpoint] is empty: it is filled by script');
	});

	it('asks for the browser for a known comment embed with no comment in the HTML', () => {
		const html = '<article><p>Text.</p></article><div id="disqus_thread"></div>';
		expect(browserReason(page(html), ok({comments: {declaredCount: null, complete: true, items: []}}))).toContain('Disqus');
	});

	it.each([
		['IntenseDebate', '<script type="text/javascript" src="https://www.intensedebate.com/js/genericCommentWrapperV2.js"></script>'],
		['Cusdis', '<div id="cusdis_thread" data-host="https://cusdis.com" data-app-id="app" data-page-id="1"></div><script async defer src="https://cusdis.com/js/cusdis.es.js"></script>'],
		['Talkyard', '<div class="talkyard-comments" data-discussion-id="" style="margin-top: 45px;"><noscript>Please enable Javascript to view comments.</noscript></div>'],
	])('asks for the browser for an empty %s embed', (name, embed) => {
		const html = `<article><p>Text.</p></article>${embed}`;
		expect(browserReason(page(html), ok({comments: {declaredCount: null, complete: true, items: []}}))).toBe(`the comment widget ${name} is empty: it is filled by script`);
	});

	it('takes a page that declares 0 comments at its word, widget or not', () => {
		const html = '<article><p>Text.</p></article><div id="comments" data-endpoint="/c/1"></div>';
		expect(browserReason(page(html), ok({comments: {declaredCount: 0, complete: true, items: []}}))).toBeNull();
	});

	it('keeps the HTTP result for an article without any comment section', () => {
		expect(browserReason(page(), ok({comments: {declaredCount: null, complete: true, items: []}}))).toBeNull();
	});

	it('does not mistake a lazy avatar or a "comments" link for a loader', () => {
		const html = '<article><p>Text.</p><a class="comment-count" data-href="/a/1#comments">12 comments</a><img class="comment-avatar" data-src="/img/a.png"></article>';
		expect(browserReason(page(html), ok({comments: {declaredCount: null, complete: true, items: []}}))).toBeNull();
	});
});

describe('commentsEndpointRule', () => {
	const corpus = readFileSync('/work/shared/corpus/articles/news/phonearena-razr-ultra-2025-deal/source.html', 'utf8');
	const url = 'https://www.phonearena.com/news/razr-ultra-2025-motorola-deal-700-usd-off-free-earbuds_id181125';

	it("gives the PhoneArena profile's endpoint rule for a real PhoneArena page", () => {
		const result = ok({source: {url}, comments: {declaredCount: null, complete: true, items: []}, extractor: {profile: 'phonearena'}});
		expect(commentsEndpointRule(makePage({url, html: corpus}), result, [phonearena])).toEqual({selector: '#comments[data-endpoint]', attribute: 'data-endpoint'});
	});

	it('gives nothing when the page lacks the endpoint attribute, the thread is already complete, or the page declares 0 comments', () => {
		const without = makePage({url, html: '<div id="comments"></div>'});
		expect(commentsEndpointRule(without, ok({extractor: {profile: 'phonearena'}, comments: {declaredCount: null, complete: true, items: []}}), [phonearena])).toBeNull();
		const complete = ok({extractor: {profile: 'phonearena'}, comments: {declaredCount: 2, complete: true, items: comments(2)}});
		expect(commentsEndpointRule(makePage({url, html: corpus}), complete, [phonearena])).toBeNull();
		const none = ok({extractor: {profile: 'phonearena'}, comments: {declaredCount: 0, complete: true, items: []}});
		expect(commentsEndpointRule(makePage({url, html: corpus}), none, [phonearena])).toBeNull();
	});
});
