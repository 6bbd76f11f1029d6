import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * GSMArena's reader threads (phone opinion pages "…-reviews-NNNN.php" and the box under a news
 * article), in the markup its pages use: flat `div.user-thread` boxes with an avatar initial,
 * the name, an encoded location and the date in `ul.uinfo2`, the text in `p.uopin`, where a
 * reply first quotes its parent. Synthetic text; the markup is shaped like the real pages.
 */

interface Opinion {
	name: string;
	member?: boolean;
	location: string;
	time: string;
	text: string;
	id: number;
	quote?: {name: string; time: string; text: string};
}

const opinion = ({name, member, location, time, text, id, quote}: Opinion): string => `<div class="user-thread">
<div class="uavatar"><span class="avatar-box" style="background-color: #71a273">${name[0]}</span></div>
<ul class="uinfo2">
${member ? `<li class="uname"><b>${name}</b></li>` : `<li class="uname2">${name}</li>`}
<li class="ulocation"><i class="head-icon icon-location"></i><span title="Encoded anonymized location">${location}</span></li>
<li class="upost"><time>${time}</time></li>
</ul>
<p class="uopin">${quote ? `<a class="uinreply" href="#">${quote.name}, ${quote.time}</a><span class="uinreply-msg">${quote.text}... <a href="#">more</a></span>` : ''}${text}</p>
<ul class="uinfo"><li class="ureply"><span title="Reply to this post"><a href="postopinion.php3?idPhone=14379&amp;idOpinion=${id}">Reply</a></span></li></ul>
</div>`;

const page = (title: string, h1: string, main: string): string => `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="GSMArena.com"></head><body>
<header id="header" class="row"><div id="logo"><a href="/"><span>GSMArena.com</span></a></div>
<ul id="menu" class="main-menu-list"><li><a href="/">Home</a></li><li><a href="news.php3">News</a></li><li><a href="reviews.php3">Reviews</a></li></ul></header>
<div id="wrapper" class="l-container"><div id="outer" class="row"><div id="body"><div class="main main-review right l-box col">
<div class="review-header hreview"><div class="article-info"><div class="article-info-line page-specs light border-bottom"><div class="blur review-background"></div>${h1}</div></div></div>
${main}
</div><aside class="sidebar col left"><div class="brandmenu-v2 light l-box clearfix"><ul><li><a href="samsung-phones-9.php">Samsung</a></li><li><a href="apple-phones-48.php">Apple</a></li></ul></div></aside>
</div></div></div><div id="footer"><div id="footmenu"><p><a href="/">Home</a> <a href="contact.php3">Contact us</a></p><p>&copy; 2000-2026 GSMArena.com</p></div></div></body></html>`;

const footer = (read: string, total: string): string => `<div class="sub-footer"><div class="button-links"><ul>
<li><a class="button" href="samsung_galaxy_a57-reviews-14379.php">${read}</a></li><li><a class="button" href="postopinion.php3?idPhone=14379">Post your opinion</a></li></ul></div>
<div id="opinions-total">${total}</div></div>`;

function snapshotOf(html: string, url: string): Snapshot {
	const result = extract(pageFromHtml(html, url));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot;
}

const fields = (snapshot: Snapshot): unknown[] => snapshot.comments.items.map((item) => [item.author.name, item.postedAt, item.parentId, item.text]);

describe('a GSMArena opinion page', () => {
	const battery = 'Battery went from 100 to 40 in a day of maps and music, which is fine for a phone at this price.';
	const charging = 'Does anyone know if the European model gets the 45W charging or only 25W? The box says nothing.';
	const snapshot = snapshotOf(
		page(
			'Samsung Galaxy A57 - User opinions and reviews - page 2',
			'<h1 class="specs-phone-name-title">Samsung Galaxy A57 - User opinions and reviews</h1>',
			`<div id="user-comments" class="box s3 nobg"><div id="all-opinions">
${opinion({name: 'Anonymous', location: '3kQ', time: '05 Dec 2026', text: battery, id: 6102544})}
${opinion({name: 'tomasz_k', member: true, location: 'pX9', time: '06 Dec 2026', text: 'Mine does the same with the screen at full brightness, so it is not a bad unit.', id: 6102611, quote: {name: 'Anonymous', time: '05 Dec 2026', text: battery.slice(0, 70)}})}
${opinion({name: 'Rena', location: 'm2T', time: '06 Dec 2026', text: charging, id: 6102702})}
${opinion({name: 'Anonymous', location: 'a8Z', time: '7 hours ago', text: 'Only 25W here in Germany, the 45W one is for Korea.', id: 6102790, quote: {name: 'Rena', time: '06 Dec 2026', text: charging.slice(0, 80)}})}
</div>${footer('Read all opinions', 'Total user opinions: <b>212</b>')}</div>`,
		),
		'https://www.gsmarena.com/samsung_galaxy_a57-reviews-14379p2.php',
	);

	it('reads every opinion with its name, date and only its own words: no initial, location or quoted parent', () => {
		expect(snapshot.extractor.profile).toBe('gsmarena');
		expect(fields(snapshot)).toEqual([
			['Anonymous', '2026-12-05T00:00:00Z', null, battery],
			['tomasz_k', '2026-12-06T00:00:00Z', null, 'Mine does the same with the screen at full brightness, so it is not a bad unit.'],
			['Rena', '2026-12-06T00:00:00Z', null, charging],
			['Anonymous', '2026-06-20T05:00:00.000Z', null, 'Only 25W here in Germany, the 45W one is for Korea.'],
		]);
	});

	it('takes the whole headline and the thread\'s total from the box\'s foot', () => {
		expect(snapshot.article.title).toBe('Samsung Galaxy A57 - User opinions and reviews');
		expect(snapshot.comments.declaredCount).toBe(212);
		expect(snapshot.comments.complete).toBe(false);
	});
});

describe('a GSMArena news article with its reader comments', () => {
	const paragraphs = [
		'Samsung has put the Galaxy A57 on sale in Europe today, and the headline change over last year\'s model is the battery, which grows from 5,000 to 5,500 mAh without making the phone any thicker.',
		'The display is still a 6.7-inch OLED panel at 120Hz, now rated for 1,900 nits at peak, and the frame is aluminum for the first time in the A5x line.',
		'Charging goes up to 45W in Korea, while the European units are limited to 25W, according to the spec sheet Samsung published alongside the announcement.',
	];
	const snapshot = snapshotOf(
		page(
			'Samsung Galaxy A57 arrives with a bigger battery and 45W charging - GSMArena.com news',
			'<h1 class="article-info-name">Samsung Galaxy A57 arrives with a bigger battery and 45W charging</h1>',
			`<div id="review-body" class="review-body">
<p>${paragraphs[0]}</p>
<p><img src="https://fdn.gsmarena.com/imgroot/news/26/12/galaxy-a57/inline/gsmarena_001.jpg" alt="Samsung Galaxy A57 in its four colors"></p>
<p>${paragraphs[1]}</p><p>${paragraphs[2]}</p></div>
<div class="article-tags"><ul class="float-left"><li class="article-tag"><a href="news.php3?sTag=Samsung">Samsung</a></li><li class="article-tag"><a href="news.php3?sTag=Android">Android</a></li></ul></div>
<div id="user-comments" class="box s3 nobg"><h2><a href="samsung_galaxy_a57-comments-70111.php">Reader comments</a></h2>
${opinion({name: 'Rena', location: 'm2T', time: '3 hours ago', text: 'Same price as the A56 and an aluminum frame, that is a good deal for once.', id: 1})}
${opinion({name: 'Anonymous', location: 'a8Z', time: '5 hours ago', text: '25W in Europe again. Why do we always get the slower charger?', id: 2})}
${footer('Read all comments', 'Total reader comments: <b>57</b>')}</div>`,
		),
		'https://www.gsmarena.com/samsung_galaxy_a57_arrives-news-70111.php',
	);

	it('keeps the article to its paragraphs and picture, without tags or comments', () => {
		expect(snapshot.article.title).toBe('Samsung Galaxy A57 arrives with a bigger battery and 45W charging');
		expect(snapshot.article.body.map((block) => block.type)).toEqual(['paragraph', 'image', 'paragraph', 'paragraph']);
		expect(snapshot.article.body.filter((block) => block.type === 'paragraph').map((block) => block.text)).toEqual(paragraphs);
	});

	it('reads the latest comments shown and knows the thread holds more', () => {
		expect(fields(snapshot)).toEqual([
			['Rena', '2026-06-20T09:00:00.000Z', null, 'Same price as the A56 and an aluminum frame, that is a good deal for once.'],
			['Anonymous', '2026-06-20T07:00:00.000Z', null, '25W in Europe again. Why do we always get the slower charger?'],
		]);
		expect(snapshot.comments.declaredCount).toBe(57);
		expect(snapshot.comments.complete).toBe(false);
	});
});

describe('a GSMArena opinion page after a redesign renamed its thread boxes', () => {
	const snapshot = snapshotOf(
		page(
			'Samsung Galaxy A57 - User opinions and reviews',
			'<h1 class="specs-phone-name-title">Samsung Galaxy A57 - User opinions and reviews</h1>',
			`<div id="user-comments" class="box s3 nobg"><div id="all-opinions">
${[1, 2, 3].map((id) => opinion({name: `reader${id}`, member: true, location: 'pX9', time: `0${id} Dec 2026`, text: `Opinion number ${id} about the phone, long enough to read as a comment.`, id}).replace('user-thread', 'opinion-card')).join('\n')}
</div></div>`,
		),
		'https://www.gsmarena.com/samsung_galaxy_a57-reviews-14379.php',
	);

	it('falls back to the generic thread finder and says the profile drifted', () => {
		expect(snapshot.extractor.stages?.comments).not.toBe('profile');
		expect(snapshot.comments.items.map((item) => item.author.name)).toEqual(['reader1', 'reader2', 'reader3']);
		expect(snapshot.extractor.warnings.some((warning) => warning.includes('matched no comments'))).toBe(true);
	});
});
