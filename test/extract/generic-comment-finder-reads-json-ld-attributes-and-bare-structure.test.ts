import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const ARTICLE = `<h1>Foldables are finally getting cheaper</h1>
<div class="article-text"><p>Prices of book-style foldables have dropped by a third in two years, and the next wave of models is expected to push them lower still, according to analysts who track the supply chain.</p>
<p>Hinge costs fell as more suppliers entered the market, and ultra-thin glass is now made at a scale that was unthinkable when the first Galaxy Fold shipped with a plastic screen that creased after a few weeks.</p>
<p>Whether buyers follow is another question: foldables still make up less than two percent of phones sold worldwide, a share that has barely moved since 2021.</p></div>`;

function snapshotOf(html: string, url = 'https://news.example/foldables-cheaper'): Snapshot {
	const result = extract(pageFromHtml(`<!doctype html><html lang="en"><head><title>Foldables</title></head><body>${html}</body></html>`, url), {profiles: []});
	if (!result.ok) throw new Error(result.message);
	return result.snapshot;
}

describe('comments described in JSON-LD', () => {
	const ld = {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: 'Foldables are finally getting cheaper',
		commentCount: 3,
		comment: [
			{
				'@type': 'Comment',
				'@id': 'https://news.example/foldables-cheaper#comment-71',
				author: {'@type': 'Person', name: 'Ines', url: 'https://news.example/u/ines'},
				dateCreated: '2024-02-01T10:00:00+01:00',
				text: 'Still waiting for a <b>sub-$800</b> Fold &amp; a warranty that covers the hinge.',
				upvoteCount: 7,
				comment: [{'@type': 'Comment', '@id': 'https://news.example/foldables-cheaper#comment-72', author: 'Marc', dateCreated: '2024-02-01T11:30:00+01:00', text: 'The Razr already is under $800.'}],
			},
			{'@type': 'Comment', author: {'@type': 'Person', name: 'Lea'}, datePublished: '2024-02-02', text: 'Two percent is more than I expected.'},
		],
	};
	const snapshot = snapshotOf(`<script type="application/ld+json">${JSON.stringify(ld)}</script>${ARTICLE}`);

	it('reads every comment, nested replies included, in order', () => {
		expect(snapshot.extractor.stages?.comments).toBe('json-ld');
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.depth, item.author.name])).toEqual([
			['comment-71', null, 0, 'Ines'],
			['comment-72', 'comment-71', 1, 'Marc'],
			[snapshot.comments.items[2]?.id, null, 0, 'Lea'],
		]);
	});

	it('turns HTML in the text into plain text and keeps times, author links and votes', () => {
		const [ines, , lea] = snapshot.comments.items;
		expect(ines?.text).toBe('Still waiting for a sub-$800 Fold & a warranty that covers the hinge.');
		expect(ines?.author.url).toBe('https://news.example/u/ines');
		expect(ines?.postedAt).toBe('2024-02-01T10:00:00+01:00');
		expect(ines?.score).toBe(7);
		expect(lea?.postedAt).toBe('2024-02-02T00:00:00Z');
		expect(lea?.id).toMatch(/^h[0-9a-f]{12}$/);
		expect(snapshot.comments.declaredCount).toBe(3);
	});
});

describe('comments threaded by a parent-id attribute (Kinja)', () => {
	const reply = (id: string, parent: string, name: string, text: string): string =>
		`<article class="js_reply reply" data-id="${id}" data-parentid="${parent}"><header><span class="display-name"><a class="fn" href="https://${name}.kinja.com">${name}</a><span class="reply-author replyto-author">someone</span></span><span class="publish-time" data-publishtime="1425913955940"><a>3/09/15 8:12am</a></span></header><div class="reply-content"><p>${text}</p></div><div class="reply-tools js_reply-tools"><a class="js_like"><span class="js_like_count">4</span></a><a class="reply-link">Reply</a></div></article>`;
	const snapshot = snapshotOf(`${ARTICLE}<section class="js_replies" data-replycount="9">${[
		reply('501', '9999', 'jnovo22', 'This is one of my hardest habits to break.'),
		reply('502', '501', 'patrick', 'I do the cash-only thing too.'),
		reply('503', '502', 'jnovo22', 'Yup. Each week I give myself cash.'),
	].join('')}</section>`);

	it('links replies by data-parentid; a parent outside the thread (the post itself) means top level', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:kinja');
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.depth])).toEqual([
			['501', null, 0],
			['502', '501', 1],
			['503', '502', 2],
		]);
	});

	it('takes the shown name, not the person replied to, and the epoch timestamp', () => {
		expect(snapshot.comments.items.map((item) => item.author.name)).toEqual(['jnovo22', 'patrick', 'jnovo22']);
		expect(snapshot.comments.items[0]?.postedAt).toBe('2015-03-09T15:12:35.940Z');
		expect(snapshot.comments.items[0]?.text).toBe('This is one of my hardest habits to break.');
		expect(snapshot.comments.items[0]?.score).toBe(4);
	});

	it('reads the declared count from data-replycount and says the thread is incomplete', () => {
		expect(snapshot.comments.declaredCount).toBe(9);
		expect(snapshot.comments.complete).toBe(false);
		expect(snapshot.extractor.warnings.some((warning) => warning.includes('declares 9'))).toBe(true);
	});
});

describe('an unknown comment markup (hashed class names)', () => {
	const card = (hash: string, name: string, when: string, text: string): string =>
		`<div class="cmt--${hash}"><div class="meta--9fQ2"><span class="username--2Y8Y">${name}</span> <span class="date--1IyX">${when}</span></div><div class="content--2GFZ">${text}</div><div class="score--x81">Score: 3 Votes</div></div>`;
	const snapshot = snapshotOf(`${ARTICLE}<div class="panel--a1"><h3>Top Rated Comments</h3><div class="list--k2">${[
		card('2g6i', 'jyen', '73 months ago', 'Let me guess... thinner, shorter battery life and more expensive.'),
		card('8h1a', 'Return Zero', '73 months ago', 'Introducing Apple Pencil Pro. Features: just the same pencil again.'),
		card('0pq3', 'Appleaker', '72 months ago', 'Hopefully becoming more like the Surface pen with an eraser on top.'),
	].join('')}</div></div>`);

	it('is found by the structural fallback with authors, texts and scores', () => {
		expect(snapshot.extractor.stages?.comments).toBe('structural');
		expect(snapshot.comments.items.map((item) => item.author.name)).toEqual(['jyen', 'Return Zero', 'Appleaker']);
		expect(snapshot.comments.items[0]?.text).toBe('Let me guess... thinner, shorter battery life and more expensive.');
		expect(snapshot.comments.items.every((item) => item.score === 3)).toBe(true);
	});

	it('resolves "73 months ago" against the fetch time and marks it relative', () => {
		expect(snapshot.comments.items[0]?.postedAt).toBe('2020-05-20T12:00:00.000Z');
		expect(snapshot.comments.items[0]?.postedAtRelative).toBe(true);
	});

	it('keeps the thread out of the body and the body out of the thread', () => {
		const bodyText = snapshot.article.body.map((block) => block.text).join(' ');
		expect(bodyText).not.toContain('Let me guess');
		expect(bodyText).not.toContain('Top Rated Comments');
		expect(snapshot.comments.items.some((item) => item.text.includes('Hinge costs'))).toBe(false);
	});
});

describe('a comment section whose notice sits beside the list', () => {
	it('takes the section\'s heading and login notice out of the body along with the thread', () => {
		const card = (id: string, name: string, when: string, text: string): string =>
			`<div class="commentsCon" id="${id}"><div class="leftCon"><span class="username">${name}</span> <span class="date">${when}</span></div><div class="rightCon"><p>${text}</p></div></div>`;
		const paragraphs = ARTICLE.replace(/<\/?div[^>]*>/g, '');
		const snapshot = snapshotOf(`<div class="post">${paragraphs}<div id="kommentarModul" class="kommentarModul"><div class="kommentarContent"><h3>3 Kommentare</h3><p class="strong">Sie sind aktuell nicht eingeloggt.</p><p>Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.</p></div><div class="commentConWrap">${[
			card('6963', 'Holzwerker1956', '21.01.2022 10:15', 'Super Tipp, das probiere ich an meiner Kreissäge gleich aus.'),
			card('6964', 'Anna', '21.01.2022 11:40', 'Genau so mache ich es seit Jahren, funktioniert prima.'),
			card('6965', 'Bernd', '22.01.2022 08:05', 'Mit einer Schablone geht es noch schneller und sicherer.'),
		].join('')}</div></div></div>`);
		const bodyText = snapshot.article.body.map((block) => block.text).join(' ');
		expect(snapshot.comments.items.map((item) => item.author.name)).toEqual(['Holzwerker1956', 'Anna', 'Bernd']);
		expect(bodyText).toContain('Hinge costs fell');
		expect(bodyText).not.toContain('nicht eingeloggt');
		expect(bodyText).not.toContain('3 Kommentare');
	});
});

describe('pages without comments', () => {
	it('gives an empty, complete thread and takes no story tiles for comments', () => {
		const tiles = ['Galaxy A16 5G Takeover', 'Galaxy S26+ Dial Pad', 'Huawei Mate XT on T-Mobile'].map(
			(title, index) => `<div class="discussion-tile"><div class="title"><a href="/d/${index}">${title}</a></div><div class="info"><span class="info-meta">by user${index} • <time datetime="2026-06-13T23:19:16-05:00">2d ago</time></span><span class="info-comments">${index + 1}</span></div></div>`,
		);
		const snapshot = snapshotOf(`${ARTICLE}<div class="discussions-latest"><div class="title">Latest Discussions</div>${tiles.join('')}</div>`);
		expect(snapshot.comments).toEqual({declaredCount: null, notices: [], complete: true, items: [], gaps: []});
		expect(snapshot.extractor.stages?.comments).toBe('none');
	});

	it('takes no related-post cards for comments, though each has a writer, a date and an excerpt', () => {
		const card = (slug: string, date: string, title: string, excerpt: string, writer: string): string => `<div class="related-posts__post col-12 col-md-4"><article class="post-item d-flex"><div class="post-item__content">
<div class="post__meta"><p class="post__date"><time datetime="${date}" pubdate>${date}</time></p><div class="post__categories"><a href="/category/community/">Community</a></div></div>
<h4 class="post-item__title"><a href="/${slug}/">${title}</a></h4><div class="post-item__excerpt"><p>${excerpt}</p></div>
<a href="/author/${slug}/" class="author-block"><img alt="Image of ${writer}" src="/avatars/${slug}.png" height="35" width="35"><p class="hero-post__author-name">${writer}</p></a></div></article></div>`;
		const snapshot = snapshotOf(`${ARTICLE}<section class="related-posts px-3 py-6"><div class="container-xl"><strong class="section-label">Related posts</strong></div><div class="container-xl d-flex">${[
			card('phones-at-the-fair', '2019-11-25', 'Phones at the trade fair', 'Join us at the fair from December 2-6 to see how the new phones work together.', 'Samantha Rose'),
			card('battery-week', '2019-11-14', 'Battery week', 'As we celebrate a week of batteries, check out some of the ways teams made chargers faster this year.', 'Jeremy Ellis'),
		].join('')}</div></section>`);
		expect(snapshot.comments.items).toEqual([]);
		expect(snapshot.extractor.stages?.comments).toBe('none');
	});

	it('reads a "N thoughts on" heading as the declared count of an empty list', () => {
		const snapshot = snapshotOf(`${ARTICLE}<div id="comments" class="comments-area"><h2 class="comments-title">12 thoughts on “Foldables”</h2></div>`);
		expect(snapshot.comments.declaredCount).toBe(12);
		expect(snapshot.comments.complete).toBe(false);
	});
});

describe('theme markup that splits or wraps one comment in two items', () => {
	it('reads a <dt> author line and its <dd> text as one comment', () => {
		const pair = (id: string, name: string, text: string): string =>
			`<dt class="comment" id="comment-${id}"><span class="comment_author">${name}</span> <span class="comment_time"><a href="#comment-${id}">June 28, 2015 at 10:25 pm</a></span></dt><dd class="comment"><div class="format_text" id="comment-body-${id}"><p>${text}</p></div></dd>`;
		const snapshot = snapshotOf(`${ARTICLE}<div id="comments"><dl id="comment_list">${pair('1', 'Armanox', 'Really, no Shagrath? Mustaine at 89?')}${pair('2', 'Leo', 'Where is Mike Patton on this list?')}</dl></div>`);
		expect(snapshot.comments.items.map((item) => [item.id, item.author.name, item.text, item.postedAt])).toEqual([
			['comment-1', 'Armanox', 'Really, no Shagrath? Mustaine at 89?', '2015-06-28T22:25:00Z'],
			['comment-2', 'Leo', 'Where is Mike Patton on this list?', '2015-06-28T22:25:00Z'],
		]);
	});

	it('reads a wrapper <li> and the <article> inside it as one comment, and keeps real replies nested', () => {
		const comment = (id: string, name: string, text: string, replies = ''): string =>
			`<li class="comment" id="li-comment-${id}"><article id="comment-${id}"><div class="content"><header><span class="author">${name}</span> <time datetime="2018-12-0${id}T10:00:00+05:30">Dec ${id}</time><span class="reply"><a class="comment-reply-link" href="#">Reply</a></span></header><p>${text}</p></div></article>${replies ? `<ol class="children">${replies}</ol>` : ''}</li>`;
		const snapshot = snapshotOf(`${ARTICLE}<ol class="commentlist">${comment('1', 'Sabrina K.', 'Who wrote this definition?', comment('2', 'Megha M', 'The author is Megha M.'))}${comment('3', 'Kwame', 'Very succinct, thank you.')}</ol>`);
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.author.name, item.text])).toEqual([
			['li-comment-1', null, 'Sabrina K.', 'Who wrote this definition?'],
			['li-comment-2', 'li-comment-1', 'Megha M', 'The author is Megha M.'],
			['li-comment-3', null, 'Kwame', 'Very succinct, thank you.'],
		]);
	});

	it('reads a comment whose text box also matches the item selector as one comment', () => {
		const snapshot = snapshotOf(`${ARTICLE}<div class="ce_comments block"><h3>Was sagst Du dazu?</h3><div class="comment_default first" id="c170"><p class="info"><span>Nicolai11</span> schrieb:<br><time datetime="2014-11-05T14:25:40+00:00" class="date">05.11.2014 um 14:25 Uhr</time></p><div class="comment"><p>Sehr cooles Thema!</p></div><div class="report_comment"><a href="/melden">Kommentar melden</a></div></div></div>`);
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.text, item.postedAt])).toEqual([['c170', null, 'Sehr cooles Thema!', '2014-11-05T14:25:40+00:00']]);
	});
});
