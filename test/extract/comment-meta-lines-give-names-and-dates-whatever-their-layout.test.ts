import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * WordPress themes lay out a comment's meta line in many ways; whatever the layout, the
 * commenter's name is their name alone and the date is read wherever the theme prints it.
 */

const ARTICLE = `<article class="post"><h1>Foldables are finally getting cheaper</h1><div class="entry-content"><p>Prices of book-style foldables have dropped by a third in two years, and the next wave of models is expected to push them lower still, according to analysts who track the supply chain.</p><p>Hinge costs fell as more suppliers entered the market, and ultra-thin glass is now made at a scale that was unthinkable when the first foldable shipped with a plastic screen.</p></div></article>`;

function threadOf(items: string): Snapshot {
	const html = `<!doctype html><html lang="de"><head><title>Foldables</title></head><body>${ARTICLE}<div id="comments"><ol class="comment-list">${items}</ol></div></body></html>`;
	const result = extract(pageFromHtml(html, 'https://blog.example/foldables/'), {profiles: []});
	if (!result.ok) throw new Error(result.message);
	return result.snapshot;
}

const TEXT = 'Still waiting for one under 800 euros with a warranty that covers the hinge.';

describe('comment meta lines', () => {
	it('reads the date after a reply link that comes first in the meta list', () => {
		const item = (id: number, name: string, when: string): string =>
			`<li class="comment" id="li-comment-${id}"><article id="comment-${id}" class="comment"><div class="comment-content"><ul class="comment-meta"><li class="comment-reply"><a class="comment-reply-link" href="#comment-${id}">Antworten</a></li><li class="comment-author">${name}</li><li class="comment-time"><a href="#comment-${id}">${when}</a></li></ul><div class="comment-text"><p>${TEXT}</p></div></div></article></li>`;
		const snapshot = threadOf(item(1, 'Dietmar', '8. April 2019 @ 11:38') + item(2, 'Henning', '9. April 2019 @ 08:05'));
		expect(snapshot.comments.items.map((c) => [c.author.name, c.postedAt, c.text])).toEqual([
			['Dietmar', '2019-04-08T11:38:00Z', TEXT],
			['Henning', '2019-04-09T08:05:00Z', TEXT],
		]);
	});

	it('splits an author box holding the name, a bare date and the reply link', () => {
		const item = (id: number, name: string, when: string): string =>
			`<li class="comment" id="comment-${id}"><div class="the-comment"><div class="comment-box"><div class="comment-author meta"><strong>${name}</strong> ${when} <a rel="nofollow" class="comment-reply-link" href="/foldables/?replytocom=${id}#respond">- Antworten</a></div><div class="comment-text"><p>${TEXT}</p></div></div></div></li>`;
		const snapshot = threadOf(item(114, 'Ben', '19. Juni 2018 um 15:28 Uhr') + item(115, 'Swen denkt', '21. Juni 2018 um 23:00 Uhr'));
		expect(snapshot.comments.items.map((c) => [c.author.name, c.author.url, c.postedAt])).toEqual([
			['Ben', null, '2018-06-19T15:28:00Z'],
			['Swen denkt', null, '2018-06-21T23:00:00Z'],
		]);
	});

	it('takes the name, not the date, from a header that holds the author link, a date box and a permalink', () => {
		const item = (id: number, name: string, when: string): string =>
			`<li class="comment" id="li-comment-${id}"><article id="comment-${id}" class="comment"><header class="comment-meta comment-author vcard"><div class="comment-author-link"><a href="https://martin.example" class="url">${name}</a></div><div class="comment-date-time">${when}</div><a class="comment-permalink" href="#comment-${id}">Permalink</a></header><section class="comment-content comment"><p>${TEXT}</p></section></article></li>`;
		const snapshot = threadOf(item(34240, 'Martin Mair', '3. Februar 2020 um 9:46') + item(34241, 'Eva', '4. Februar 2020 um 10:02'));
		expect(snapshot.comments.items.map((c) => [c.author.name, c.author.url, c.postedAt])).toEqual([
			['Martin Mair', 'https://martin.example/', '2020-02-03T09:46:00Z'],
			['Eva', 'https://martin.example/', '2020-02-04T10:02:00Z'],
		]);
	});

	it('reads a date printed in a meta line without a date class', () => {
		const item = (id: number, name: string, when: string): string =>
			`<div class="comment" id="comment-${id}"><p class="comment-author">${name}</p><header class="comment-meta"><small> ${when} <a class="comment-reply-login" href="/login">Zum Antworten anmelden</a></small></header><div class="comment-content"><p>${TEXT}</p></div></div>`;
		const html = `<!doctype html><html lang="de"><head><title>Foldables</title></head><body>${ARTICLE}<div class="comments">${item(1550498, 'Montana', '18.10.2019, 16:18')}${item(1550499, 'gerda11', '18.10.2019, 17:02')}</div></body></html>`;
		const result = extract(pageFromHtml(html, 'https://deals.example/foldables/'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items.map((c) => [c.author.name, c.postedAt, c.text])).toEqual([
			['Montana', '2019-10-18T16:18:00Z', TEXT],
			['gerda11', '2019-10-18T17:02:00Z', TEXT],
		]);
	});

	it('reads the date from the line around the name and keeps that line out of the text', () => {
		const item = (id: number, name: string, day: string, time: string): string =>
			`<li id="comment-${id}" class="comment"><div id="div-comment-${id}"><div class="comment_author vcard"><img alt="" src="/avatar.png"> <strong class="fn"><a href="https://${name}.example/" class="url">${name}</a></strong> said, on ${day} at <a href="#comment-${id}">${time}</a></div><p>${TEXT}</p><div class="reply"><a class="comment-reply-link" href="?replytocom=${id}#respond">Reply</a></div></div></li>`;
		const snapshot = threadOf(item(1361, 'stephan', 'August 3, 2019', '3:12 pm') + item(1362, 'damian', 'August 3, 2019', '3:19 pm'));
		expect(snapshot.comments.items.map((c) => [c.author.name, c.postedAt, c.text])).toEqual([
			['stephan', '2019-08-03T15:12:00Z', TEXT],
			['damian', '2019-08-03T15:19:00Z', TEXT],
		]);
	});

	it('takes the name property of a schema.org Person box and the date the item declares', () => {
		const item = (id: number, name: string, day: string): string =>
			`<div class="comment" id="comment-${id}" itemscope itemtype="http://schema.org/Review"><meta itemprop="datePublished" content="${day}"><div class="comment-author" itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="author-picture"><a href="/u/${name}"><img src="/nophoto.jpg" alt="${name}"></a></span><span class="author-name" itemprop="name"><a href="/u/${name}">${name}</a></span><span class="comment-posted">Le 12/02 à 11:30</span></div><div class="comment-story"><p>${TEXT}</p></div></div>`;
		const html = `<!doctype html><html lang="fr"><head><title>Foldables</title></head><body>${ARTICLE}<div class="comments">${item(1, 'link78', '2019-02-12')}${item(2, 'Ines', '2019-02-13')}</div></body></html>`;
		const result = extract(pageFromHtml(html, 'https://mag.example/foldables/'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items.map((c) => [c.author.name, c.postedAt])).toEqual([
			['link78', '2019-02-12T00:00:00Z'],
			['Ines', '2019-02-13T00:00:00Z'],
		]);
	});
});
