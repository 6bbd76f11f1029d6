import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';
import {PHONEARENA_THREAD, fixtureHtml} from './fixture-pages.js';

const URL = 'https://www.phonearena.com/news/Huawei-US-research-Futurewei-blocked-export-China_id112858';

describe('pages that are not articles', () => {
	it('rejects an empty body as empty-document', () => {
		const result = extract(pageFromHtml('  \n ', URL));
		expect(result).toMatchObject({ok: false, reason: 'empty-document'});
	});

	it('rejects JSON, images and feeds as not-html, naming the content type', () => {
		const json = extract(pageFromHtml('{"title": "x"}', 'https://api.example/x', {contentType: 'application/json'}));
		expect(json).toMatchObject({ok: false, reason: 'not-html'});
		expect(!json.ok && json.message).toBe('"https://api.example/x": content-type application/json is not HTML');
		const png = extract(pageFromHtml('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'https://cdn.example/a.png', {contentType: 'image/png'}));
		expect(png).toMatchObject({ok: false, reason: 'not-html'});
		const feed = extract(pageFromHtml('<?xml version="1.0"?><rss><channel><title>Feed</title></channel></rss>', 'https://site.example/feed', {contentType: 'application/rss+xml'}));
		expect(feed).toMatchObject({ok: false, reason: 'not-html'});
	});

	it('rejects plain text without any markup when no content type is known', () => {
		const result = extract(pageFromHtml('just some words, no markup at all', 'https://site.example/t', {contentType: null}));
		expect(result).toMatchObject({ok: false, reason: 'not-html'});
	});

	it('accepts HTML served with a wrong content type', () => {
		const result = extract(pageFromHtml(fixtureHtml(PHONEARENA_THREAD.file), URL, {contentType: 'text/plain'}));
		expect(result.ok).toBe(true);
	});

	it('says no-article-body when the page holds no text to speak of', () => {
		const result = extract(pageFromHtml('<!doctype html><html><head><title>Loading…</title></head><body><div id="app"></div><nav><a href="/">Home</a></nav></body></html>', 'https://spa.example/story'));
		expect(result).toMatchObject({ok: false, reason: 'no-article-body'});
		expect(!result.ok && result.message).toContain('https://spa.example/story');
	});

	it('keeps credentials out of messages', () => {
		const result = extract(pageFromHtml('', 'https://user:secret@site.example/x'));
		expect(!result.ok && result.message).not.toContain('secret');
	});
});

describe('malformed and truncated HTML', () => {
	it('still extracts the article and every comment before the cut when the page is truncated mid-thread', () => {
		const html = fixtureHtml(PHONEARENA_THREAD.file);
		const cut = html.indexOf('<li class="comment" id="comment-3290105"');
		const result = extract(pageFromHtml(html.slice(0, cut + 120), URL));
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.article.body.filter((block) => block.type === 'paragraph')).toHaveLength(5);
		expect(result.snapshot.comments.items.map((item) => item.number)).toEqual([1, 2, 3, 11, 6, 7, 14, 15, 16, 17, 19, 20, 21, 4]);
		expect(result.snapshot.comments.complete).toBe(false);
	});

	it('reads unclosed paragraphs, stray end tags and missing html/body elements', () => {
		const html = `<title>Broken</title><h1>Broken markup story</h1></span></div>
<div class="story-body"><p>First paragraph of a story whose markup never closes its paragraphs, which browsers accept without complaint and so must we.
<p>Second paragraph, with an <b>unclosed bold element and a <a href="/x">link</a> that still belongs to this sentence.
<p>Third paragraph that ends the story and has enough words to count as prose for the content scorer.</div></div></div>`;
		const result = extract(pageFromHtml(html, 'https://site.example/broken'));
		if (!result.ok) throw new Error(result.message);
		const texts = result.snapshot.article.body.map((block) => block.text);
		expect(texts).toHaveLength(3);
		expect(texts[1]).toContain('unclosed bold element and a link that still belongs');
		expect(result.snapshot.article.body[1]?.links).toEqual([{href: 'https://site.example/x', text: 'link'}]);
	});

	it('decodes entities and keeps non-Latin text', () => {
		const html = `<h1>Caf&eacute; &amp; Co</h1><article><p>${'Ünïcödé text — “quotes” and 中文字符 ok. '.repeat(8)}</p></article>`;
		const result = extract(pageFromHtml(html, 'https://site.example/u'));
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.article.title).toBe('Café & Co');
		expect(result.snapshot.article.body[0]?.text).toContain('“quotes” and 中文字符 ok.');
	});
});
