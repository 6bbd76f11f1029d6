import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * Phone-news sites with no profile, in the markup their article pages use (from public
 * scrapers and reader-mode rules written against the live sites; text written for the test):
 * the generic extractor gives each its headline, byline, date and a body without the
 * site's disclosures, byline lines, product cards, topic link lists and promos.
 */

function snapshotOf(html: string, url: string): Snapshot {
	const result = extract(pageFromHtml(html, url));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot;
}

const bodyText = (snapshot: Snapshot): string[] => snapshot.article.body.filter((block) => block.type !== 'image').map((block) => block.text);

const page = (head: string, body: string): string => `<!doctype html><html lang="en-US"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('9to5Mac (WordPress: post meta line, FTC disclosure, "More on" list, visitor promo)', () => {
	const paragraphs = [
		'Apple is working on bringing Live Translation to older AirPods models, according to a new report, which says the feature will no longer need this year\'s chip.',
		'The feature currently works only with the newest AirPods, and lets two people speaking different languages hold a conversation with each hearing the other in their own.',
		'According to the report, the processing would move to the paired iPhone, which would make the feature possible on any AirPods with a good enough microphone.',
	];
	const snapshot = snapshotOf(
		page(
			`<title>Apple could bring Live Translation to more AirPods next year - 9to5Mac</title>
<meta name="author" content="Ben Lovejoy"><meta property="og:site_name" content="9to5Mac">
<meta property="og:title" content="Apple could bring Live Translation to more AirPods next year">
<meta property="article:published_time" content="2026-12-05T14:21:00+00:00">`,
			`<header class="header"><nav><a href="https://9to5mac.com/">9to5Mac</a><a href="https://9to5mac.com/guides/iphone/">iPhone</a><a href="https://9to5mac.com/guides/airpods/">AirPods</a></nav></header>
<main><article class="post-content">
<header><h1>Apple could bring Live Translation to more AirPods next year</h1>
<div class="post-meta"><a href="https://9to5mac.com/author/benlovejoy/" rel="author">Ben Lovejoy</a> | <time datetime="2026-12-05T14:21:00+00:00">Dec 5 2026 - 6:21 am PT</time></div></header>
<figure class="wp-block-image size-large"><img src="https://9to5mac.com/wp-content/uploads/sites/6/2026/12/airpods.jpg?w=1024" alt="AirPods Pro in their case"></figure>
<p>${paragraphs[0]}</p><p>${paragraphs[1]}</p>
<div class="ad-disclaimer-container"><p class="disclaimer-affiliate"><em>FTC: We use income earning auto affiliate links.</em> <a href="https://9to5mac.com/about/#affiliate">More.</a></p></div>
<p>${paragraphs[2]}</p>
<h2>More on AirPods:</h2>
<ul><li><a href="https://9to5mac.com/2026/12/01/airpods-pro-3-review/">AirPods Pro 3 review: the best yet</a></li><li><a href="https://9to5mac.com/2026/11/20/airpods-4-deal/">AirPods 4 drop to a new low</a></li><li><a href="https://9to5mac.com/2026/11/11/airpods-firmware/">New AirPods firmware is out</a></li></ul>
<div id="after_disclaimer_placement"><div class="visitor-promo" data-nosnippet="true">You’re reading 9to5Mac — experts who break news about Apple and its surrounding ecosystem, day after day. Be sure to check out our homepage for all the latest news.</div></div>
</article></main><footer><p>&copy; 2026 9to5Mac</p></footer>`,
		),
		'https://9to5mac.com/2026/12/05/airpods-live-translation-older-models/',
	);

	it('reads the headline, the writer and the date', () => {
		expect(snapshot.article.title).toBe('Apple could bring Live Translation to more AirPods next year');
		expect(snapshot.article.authors.map((author) => author.name)).toEqual(['Ben Lovejoy']);
		expect(snapshot.article.publishedAt).toBe('2026-12-05T14:21:00+00:00');
	});

	it('keeps the picture and the paragraphs, and nothing else', () => {
		expect(snapshot.article.body[0]?.type).toBe('image');
		expect(bodyText(snapshot)).toEqual(paragraphs);
	});
});

describe('Android Authority (hashed classes: the affiliate disclosure opens the body)', () => {
	const snapshot = snapshotOf(
		page(
			`<title>The best new Android apps and games for December 2026 - Android Authority</title>
<meta property="og:title" content="The best new Android apps and games for December 2026"><meta property="og:site_name" content="Android Authority">
<meta property="article:published_time" content="2026-12-05T17:02:18+00:00">`,
			`<header><nav><a href="/">Android Authority</a><a href="/news/">News</a><a href="/reviews/">Reviews</a></nav></header>
<main><h1 class="d_cc">The best new Android apps and games for December 2026</h1>
<div><button class="d_ic" type="button">Andy Walker</button><span>&bull;</span><p>Published on December 5, 2026</p></div>
<div class="d_f"><picture class="d_nr"><img src="https://www.androidauthority.com/wp-content/uploads/2026/12/duck-icon.jpg" alt="Duck cleaning app icon"></picture><div>Andy Walker / Android Authority</div></div>
<div class="d_Dd">
<div><p>Affiliate links on Android Authority may earn us a commission. <a href="/affiliate-links/">Learn more.</a></p></div>
<p>Many new Android apps are out there, and keeping track of them is tough, so every month we round up the releases we actually kept on our phones after trying them.</p>
<h2>Clean as Duck</h2>
<p>Clean as Duck finds duplicate photos and large videos and asks before it deletes anything, which is more than most cleaners do; it has no ads and no subscription.</p>
</div></main><footer><p>&copy; 2026 Android Authority. All rights reserved.</p></footer>`,
		),
		'https://www.androidauthority.com/new-android-apps-658839/',
	);

	it('reads the headline and the date, and starts the body with the story, not the disclosure', () => {
		expect(snapshot.article.title).toBe('The best new Android apps and games for December 2026');
		expect(snapshot.article.publishedAt).toBe('2026-12-05T17:02:18+00:00');
		expect(bodyText(snapshot)).toEqual([
			'Many new Android apps are out there, and keeping track of them is tough, so every month we round up the releases we actually kept on our phones after trying them.',
			'Clean as Duck',
			'Clean as Duck finds duplicate photos and large videos and asks before it deletes anything, which is more than most cleaners do; it has no ads and no subscription.',
		]);
	});
});

describe('XDA / Android Police (Valnet: header aside, content blocks, product cards, tag list)', () => {
	const paragraphs = [
		'The app drawer search in the Pixel launcher now finds system settings as well as apps, so typing "dark" offers the dark theme switch directly instead of opening Settings.',
		'The change arrived with the second Android 17 beta, and it works for any setting that has a searchable entry in the Settings app, including ones other apps register.',
		'Google has not said whether other launchers will get the same access, but the interface that exposes the settings index is public in the beta\'s developer documentation.',
		'If you are on the beta, the setting results show up under the app results once you type three letters or more, and they open the exact screen of the Settings app.',
		'The search also learns: settings you open often move up the list, the same way apps you launch often do, and you can clear that history from the launcher\'s own settings.',
	];
	const snapshot = snapshotOf(
		page(
			`<title>Android 17 makes the launcher's app drawer searchable by setting</title>
<meta property="og:title" content="Android 17 makes the launcher's app drawer searchable by setting"><meta property="og:site_name" content="XDA">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Android 17 makes the launcher's app drawer searchable by setting","datePublished":"2026-12-05T11:00:00Z","author":[{"@type":"Person","name":"Rahul Naskar","url":"https://www.xda-developers.com/author/rahul-naskar/"}]}</script>`,
			`<header><nav><a href="/">XDA</a><a href="/news/">News</a><a href="/reviews/">Reviews</a></nav></header>
<main><header><h1>Android 17 makes the launcher's app drawer searchable by setting</h1></header>
<aside class="w-article-header-comp">
<div class="w-article-header-author-img"><img src="/avatars/rahul.jpg" alt="Rahul Naskar"></div>
<div class="w-author"><span>By</span> <a href="/author/rahul-naskar/">Rahul Naskar</a></div>
<div class="article-date"><span>Published</span> <time datetime="2026-12-05T11:00:00Z">Dec 5, 2026, 6:00 AM EST</time></div>
<div class="with-excerpt">I have eight years of experience covering Android, with a focus on apps, features, and platform updates.</div>
<div class="follow-container"><button class="w-follow-btn" type="button">Follow</button></div>
</aside>
<section id="article-body">
<div class="content-block-regular"><p>${paragraphs[0]}</p><p>${paragraphs[1]}</p></div>
<div class="display-card"><div class="display-card-title">Google Pixel 10</div><div class="w-display-card-rate"><span class="w-rating">8/10</span></div><div class="display-item-price">$799 at Amazon</div></div>
<div class="content-block-regular"><p>${paragraphs[2]}</p><p>${paragraphs[3]}</p><p>${paragraphs[4]}</p></div>
</section>
<ul class="article-tags-list"><li><a href="/tag/android-17/">Android 17</a></li><li><a href="/tag/pixel/">Pixel</a></li></ul>
</main><footer><p>Copyright 2026 Valnet Inc.</p></footer>`,
		),
		'https://www.xda-developers.com/android-17-app-drawer-settings-search/',
	);

	it('reads the headline, the writer and the date from the page\'s JSON-LD', () => {
		expect(snapshot.article.title).toBe('Android 17 makes the launcher\'s app drawer searchable by setting');
		expect(snapshot.article.authors).toEqual([{name: 'Rahul Naskar', url: 'https://www.xda-developers.com/author/rahul-naskar/'}]);
		expect(snapshot.article.publishedAt).toBe('2026-12-05T11:00:00Z');
	});

	it('keeps the content blocks\' paragraphs without the header aside, the product card or the tags', () => {
		expect(bodyText(snapshot)).toEqual(paragraphs);
	});
});
