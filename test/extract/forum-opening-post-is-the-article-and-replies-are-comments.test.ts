import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * A home-grown forum thread (no profile, no platform): the opening post and the replies share
 * one markup, a "Replies" heading separates them, and the sidebars hold more text than the
 * opening post does.
 */

const post = (id: string, name: string, when: string, text: string): string =>
	`<div class="ForumPost" id="post${id}"><div class="ForumPostInfo"><span class="ForumPostUserName">${name}</span> <span class="ForumPostTime">${when}</span></div><div class="ForumPostText">${text}</div><div class="ForumPostTools"><a href="#reply${id}">Quote</a> <a href="#report${id}">Report</a></div></div>`;

const sidebarItem = (n: number): string => `<li><span class="time">12:${10 + n}</span> <a href="/forum/t${n}">Battery drains overnight after the latest update on my phone (${n})</a></li>`;
const sidebar = `<aside class="panel"><h3>Latest threads</h3><ul>${Array.from({length: 15}, (_, n) => sidebarItem(n)).join('')}</ul><div class="events"><p>Meetup in Berlin on 15.11.19, 18:00: bring your devices, questions and old cables, we will help with setups, backups and repairs.</p><p>After-work session on 03.12.19, 18:30: photo editing, slideshows and printing, for beginners and anyone who wants to learn more.</p></div></aside>`;

function read(): Snapshot {
	const thread = [
		post('1', 'opener', '28.09.19 12:44', 'Since the update to version 13 none of my phones can reach the app store over mobile data.<br>Everything else works over LTE, and the store loads fine on Wi-Fi. Any idea what to change?'),
		'<h2>Replies</h2>',
		post('2', 'helper', '28.09.19 13:39', 'Works for me on 13.1.1 over mobile data, so it may be your carrier.'),
		post('3', 'opener', '28.09.19 14:02', 'Thanks, I will ask the carrier and report back here.'),
		post('4', 'third', '29.09.19 09:15', 'Same problem here since yesterday, on two different carriers.'),
	].join('');
	const html = `<!doctype html><html lang="en"><head><title>No app store over mobile data - Forum</title></head><body><main><h1>No app store over mobile data</h1><div class="ForumThread">${thread}</div></main>${sidebar}</body></html>`;
	const result = extract(pageFromHtml(html, 'https://forum.example/thread/338679'), {profiles: []});
	if (!result.ok) throw new Error(result.message);
	return result.snapshot;
}

describe('a forum thread without a profile', () => {
	const snapshot = read();
	const body = snapshot.article.body.map((block) => block.text).join('\n');

	it('takes the opening post as the article, not the longer sidebar', () => {
		expect(snapshot.extractor.stages?.article).toBe('opening-post');
		expect(body).toContain('none of my phones can reach the app store');
		expect(body).toContain('Any idea what to change?');
		expect(body).not.toContain('Meetup in Berlin');
		expect(body).not.toContain('Battery drains overnight');
	});

	it('names the opening poster as the author and their post\'s date as the published time', () => {
		expect(snapshot.article.authors).toEqual([{name: 'opener', url: null}]);
		expect(snapshot.article.publishedAt).toBe('2019-09-28T12:44:00Z');
	});

	it('leaves the poster\'s name, date and tools out of the article', () => {
		expect(body).not.toContain('28.09.19');
		expect(body).not.toContain('Report');
	});

	it('reads the replies after the heading as the comments, without the opening post', () => {
		expect(snapshot.comments.items.map((item) => item.author.name)).toEqual(['helper', 'opener', 'third']);
		expect(snapshot.comments.items.some((item) => item.text.includes('none of my phones'))).toBe(false);
		expect(body).not.toContain('Works for me');
	});
});

describe('a blog post whose thread starts with a pinned comment above its heading', () => {
	it('keeps the post as the article: the first item is no opening post when an article stands out', () => {
		const paragraph = (n: number): string => `<p>Part ${n}. The phone ships with a larger battery, a brighter display and a faster chip, and its price stays the same as last year, which reviewers welcomed.</p>`;
		const html = `<!doctype html><html lang="en"><head><title>Phone review</title></head><body><article class="post"><h1>Phone review</h1>${Array.from({length: 6}, (_, n) => paragraph(n + 1)).join('')}</article>`
			+ `<div class="ForumThread">${post('1', 'editor', '28.09.19 12:44', 'Pinned: please keep the discussion about the phone, not about the carriers.')}<h2>Comments</h2>${post('2', 'reader', '28.09.19 13:39', 'The battery numbers look great, can not wait to try it.')}${post('3', 'other', '28.09.19 14:02', 'Same price as last year is a pleasant surprise.')}</div></body></html>`;
		const result = extract(pageFromHtml(html, 'https://blog.example/phone-review'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		const body = result.snapshot.article.body.map((block) => block.text).join('\n');
		expect(result.snapshot.extractor.stages?.article).toBe('scored');
		expect(body).toContain('Part 6. The phone ships');
		expect(body).not.toContain('Pinned: please keep');
	});
});
