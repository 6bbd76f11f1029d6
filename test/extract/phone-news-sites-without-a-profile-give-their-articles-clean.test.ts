import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * Phone-news sites with no profile, in the markup their article pages use (9to5Google and
 * Android Authority shaped after pages saved in 2026 by a public reader-mode test corpus, XDA /
 * Android Police after public scrapers' selectors; text written for the test): the generic
 * extractor gives each its headline, byline, date and a body without the site's disclosures,
 * byline leftovers, product cards, topic link lists, prompts and promos.
 */

function snapshotOf(html: string, url: string): Snapshot {
	const result = extract(pageFromHtml(html, url));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot;
}

const bodyText = (snapshot: Snapshot): string[] => snapshot.article.body.filter((block) => block.type !== 'image').map((block) => block.text);

const page = (head: string, body: string): string => `<!doctype html><html lang="en-US"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('9to5Google / 9to5Mac (WordPress: header outside the post, top-comment teaser, "More on" list, FTC disclosure, promo)', () => {
	const paragraphs = [
		'Following the usage change in May, Google will soon limit which Gemini models free users and AI Plus subscribers can access in the app.',
		'According to an updated support document this week, users without a subscription will be limited to the smallest model, starting later this month.',
		'Meanwhile, AI Plus subscribers will be limited to the two smaller models, with Pro no longer available to them after the change.',
	];
	const snapshot = snapshotOf(
		page(
			`<title>Gemini app limits which models free users can access - 9to5Google</title>
<meta name="author" content="Abner Li"><meta property="og:site_name" content="9to5Google">
<meta property="og:title" content="Gemini app limits which models free users can access">
<meta property="article:published_time" content="2026-10-03T20:57:00+00:00">`,
			`<header><nav><ul><li><a href="https://9to5google.com/guides/pixel/">Pixel</a></li><li><a href="https://9to5google.com/guides/android/">Android</a></li></ul></nav></header>
<main id="main" role="main" tabindex="-1"><div class="container"><div class="container med left">
<ul class="article__meta-guides fs-xs"><li class="meta__guide"><a href="https://9to5google.com/guides/gemini/">Gemini</a></li></ul>
<h1 class="h1">Gemini app limits which models free users can access</h1>
<div class="post-meta flex fs-sm"><a class="plain author-image flex center" href="https://9to5google.com/author/technacity/"><img alt="Avatar for Abner Li" src="https://secure.gravatar.com/avatar/x?s=30" class="avatar avatar-30 photo author-gravatar"></a>
<span class="author-name"><a href="https://9to5google.com/author/technacity/" rel="author">Abner Li</a></span>&nbsp;|&nbsp;Oct 3 2026 - 1:57 pm PT
<div class="meta__comment-count"><a href="#comments" id="single-comments-link" class="comments flex">17 Comments</a></div></div>
</div></div>
<div id="river" class="river"><div id="content" class="container flex-lg"><div class="container med post-content">
<figure class="img-border featured-image"><img src="https://9to5google.com/wp-content/uploads/sites/4/2026/03/gemini-logo.jpg?w=1600" class="skip-lazy wp-post-image" alt=""></figure>
<p class="wp-block-paragraph">${paragraphs[0]}</p><p class="wp-block-paragraph">${paragraphs[1]}</p>
<div class="top-comment"><h2 class="h4 top-comment__heading">Top comment by <a href="#comments">Glitter Guru</a></h2><span class="top_comment__meta">Liked by 31 people</span>
<div class="top-comment__body"><p>The new model had better replace Pro, otherwise I am cancelling my plan if the old one stays their top model.</p></div><a href="#comments">View all comments</a></div>
<p class="wp-block-paragraph">${paragraphs[2]}</p>
<h2 id="h-more-on-gemini-app" class="wp-block-heading">More on Gemini app:</h2>
<ul class="wp-block-list"><li><a href="https://9to5google.com/2026/10/02/gemini-app-map-tool/">Gemini app gains a new Map tool</a></li><li><a href="https://9to5google.com/2026/09/30/gemini-announcement/">Google announces its new frontier model</a></li><li><a href="https://9to5google.com/2026/09/30/gemini-skills-free/">Google details the skills migration</a></li></ul>
<div class="google-preferred-source-badge"><a rel="nofollow" href="https://google.com/preferences/source?q=https://9to5google.com" aria-label="Add 9to5Google as a preferred source on Google"><img src="https://9to5google.com/wp-content/themes/ninetofive/dist/images/google-preferred-source-badge-dark.png" alt="Add 9to5Google as a preferred source on Google"></a></div>
<div class="ad-disclaimer-container"><p class="disclaimer-affiliate"><em>FTC: We use income earning auto affiliate links.</em> <a href="https://9to5mac.com/about/#affiliate">More.</a></p></div><div id="after_disclaimer_placement"><div class="visitor-promo" data-nosnippet="true">You’re reading 9to5Google — experts who break news about Google and its surrounding ecosystem, day after day. Be sure to check out <a href="http://9to5google.com/">our homepage</a> for all the latest news.</div></div>
</div>
<aside class="sidebar container xs"><div class="featured-items"><h2>Featured</h2><ul class="featured-items__list"><li><article class="article feature sidebar flex is-clickable-card"><div class="article__content"><h3><a class="article__title-link" href="https://9to5google.com/2026/10/04/pixel-at-10/">Google Pixel at 10</a></h3><div class="post-meta flex"><span class="author__link"><a href="https://9to5google.com/author/damien9to5/" rel="author">Damien Wilde</a></span> <span class="meta__post-date">Oct 4 2026</span></div></div></article></li></ul></div></aside>
</div></div></main>`,
		),
		'https://9to5google.com/2026/10/03/gemini-model-limits-oct-26/',
	);

	it('reads the headline, the writer, the date and the thread size the header states', () => {
		expect(snapshot.article.title).toBe('Gemini app limits which models free users can access');
		expect(snapshot.article.authors.map((author) => author.name)).toEqual(['Abner Li']);
		expect(snapshot.article.publishedAt).toBe('2026-10-03T20:57:00+00:00');
		expect(snapshot.comments.declaredCount).toBe(17);
		expect(snapshot.comments.complete).toBe(false);
	});

	it('keeps the picture and the paragraphs, and nothing else', () => {
		expect(snapshot.article.body[0]?.type).toBe('image');
		expect(bodyText(snapshot)).toEqual(paragraphs);
	});
});

describe('Android Authority (Next.js, hashed classes: disclosure first, byline a button, Viafoura thread loaded by script)', () => {
	const snapshot = snapshotOf(
		page(
			`<title>Google TV users are starting to get sports in 4K HDR</title>
<meta property="og:title" content="Sports 4K HDR is showing up on Google TV, but users aren&#x27;t impressed"/><meta property="og:site_name" content="Android Authority"/>
<meta property="article:published_time" content="2026-10-06T09:57:42+00:00"/><meta name="twitter:label1" content="Written by"/><meta name="twitter:data1" content="Hillary Keverenge"/>`,
			`<div id="__next"><header role="button" tabindex="0" class="e_Mf"><a class="e_Qf" href="https://www.androidauthority.com/"></a><a class="e_Sf" href="https://www.androidauthority.com/deals/">Best daily deals</a><button type="button" class="e_Uf">Login</button></header>
<main class="e_jb e_o"><div class="e_wc e_d"><p>Affiliate links on Android Authority may earn us a commission. <a style="color:inherit" href="https://www.androidauthority.com/external-links/">Learn more.</a></p></div>
<div class="e_d"><div class="e_8c e_v"><a class="e_9c" href="https://www.androidauthority.com/streaming-entertainment/">Streaming and entertainment</a></div>
<div><h1 class="e_sd">Sports 4K HDR is showing up on Google TV, but users aren&#x27;t impressed</h1></div>
<div class="e_Pc e_z"><div class="e_Qc"><div class="e_Rc"><span>By </span><button type="button" class="e_Rc e_Lo">Hillary Keverenge</button></div><div class="e_Uc">•</div><p class="e_Sc">Oct 6, 2026<span class="e_Tc"> — 5:57 AM ET</span></p><div class="e_Uc">•</div><button class="e_Vc" type="button"><div><div>0</div></div></button></div></div>
<div class="e_le e_B"><div data-content-wrapper="true" class="e_ke">
<div class="e_7c"><div class="e_2c"><div class="e_6c">Add Android Authority on Google: </div><div class="e_3c"><a class="e_4c" href="https://andauth.co/AAGooglePreferredSource"><span>Preferred Source</span></a><a class="e_4c" href="https://andauth.co/AAGoogleDiscoverSource"><span>Google Discover</span></a></div></div></div>
<div class="e_e e_N"><p>The network launched its upgraded 4K HDR streams on iOS and Apple TV last month, promising more TV platforms would follow this fall, and Google TV users now see the badges.</p></div>
<div class="e_e e_N"><p>In a recent Reddit thread, a Google TV owner said an app update added 4K HDR labels to supported programming, but their TV never switched into HDR at all.</p></div>
<div class="viafoura e_e e_rn"><vf-conversation-starter vf-container-id="aa_3719472" target="comments-section"></vf-conversation-starter></div>
<div class="e_e e_N"><p>The company said more platforms would come online through the fall, so the Google TV addition is still a welcome step for sports fans.</p></div>
<div class="e_Zc e_x"><div class="e__c"><a class="e_0c" href="https://www.androidauthority.com/tag/android-tv/">Android TV</a><a class="e_0c" href="https://www.androidauthority.com/tag/google-tv/">Google TV</a></div></div>
<div class="e_mc e_w"><div class="e_nc">Follow</div><div class="e_oc"></div></div>
<div data-container-type="content"><div class="e_vc e_N"><p>Thank you for being part of our community. Read our <a href="https://www.androidauthority.com/android-authority-comment-policy/">Comment Policy</a> before posting.</p></div><div data-container-type="content" class="e_uc e_t" id="comments-section"></div></div>
</div></div></div></main><footer class="e_6f"></footer></div>`,
		),
		'https://www.androidauthority.com/sports-4k-hdr-google-tv-3719472/',
	);

	it('reads the headline, the writer from the Twitter card pair, and the date', () => {
		expect(snapshot.article.title).toBe('Sports 4K HDR is showing up on Google TV, but users aren\'t impressed');
		expect(snapshot.article.authors.map((author) => author.name)).toEqual(['Hillary Keverenge']);
		expect(snapshot.article.publishedAt).toBe('2026-10-06T09:57:42+00:00');
	});

	it('leaves the disclosure, the "By" and bullets, the Google prompt, "Follow" and the comment policy out of the body', () => {
		const text = bodyText(snapshot).join('\n');
		expect(text).toContain('The network launched its upgraded 4K HDR streams');
		expect(text).toContain('still a welcome step for sports fans');
		for (const snippet of ['Affiliate links', 'Add Android Authority', 'Follow', 'Comment Policy', '•']) expect(text).not.toContain(snippet);
		expect(bodyText(snapshot)).not.toContain('By');
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
