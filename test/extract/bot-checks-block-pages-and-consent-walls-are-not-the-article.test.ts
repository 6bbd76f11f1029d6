import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const URL = 'https://news.example/2026/phones/story-123';

/** A page as the platforms serve their interstitials: a title, a line or two, their script and footer. */
const page = (title: string, body: string) => `<!DOCTYPE html><html lang="en-US"><head><title>${title}</title><meta name="robots" content="noindex,nofollow"></head><body>${body}</body></html>`;

const CLOUDFLARE_CHALLENGE = page(
	'Just a moment...',
	`<div class="main-wrapper" role="main"><div class="main-content"><h1 class="zone-name-title h1">news.example</h1>
<h2 id="challenge-running" class="h2">Checking if the site connection is secure</h2>
<div id="challenge-body-text" class="core-msg spacer">news.example needs to review the security of your connection before proceeding.</div>
<form id="challenge-form" action="/2026/phones/story-123?__cf_chl_f_tk=q1w2e3" method="POST"><input type="hidden" name="md" value="abc"></form></div></div>
<script>(function(){window._cf_chl_opt={cvId: '3',cZone: 'news.example',cType: 'managed'};var s=document.createElement('script');s.src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8a1b';document.head.appendChild(s);}());</script>
<div class="footer" role="contentinfo"><div class="ray-id">Ray ID: <code>8a1b2c3d4e5f6071</code></div><div id="footer-text">Performance &amp; security by <a href="https://www.cloudflare.com">Cloudflare</a></div></div>`,
);

const CLOUDFLARE_BLOCK = page(
	'Attention Required! | Cloudflare',
	`<div id="cf-wrapper"><div id="cf-error-details" class="cf-error-details-wrapper"><h1>Sorry, you have been blocked</h1><h2>You are unable to access news.example</h2>
<p>This website is using a security service to protect itself from online attacks.</p>
<p class="text-13">Cloudflare Ray ID: <strong>8a1b2c3d4e5f6071</strong> • Your IP: 203.0.113.7</p></div></div>`,
);

const DATADOME = page(
	'news.example',
	`<p id="cmsg">Please enable JS and disable any ad blocker</p><script data-cfasync="false">var dd={'rt':'c','cid':'AHrlqAAAAAMA','hsh':'2211F','t':'fe','s':1234,'host':'geo.captcha-delivery.com'}</script><script data-cfasync="false" src="https://ct.captcha-delivery.com/c.js"></script>`,
);

const PERIMETERX = page(
	'Access to this page has been denied',
	`<div class="px-container"><h1>Press &amp; Hold to confirm you are a human (and not a bot).</h1><div id="px-captcha"></div><p>Reference ID 3c1a7e90-5b2d-11ee-9a4f</p></div>`,
);

const INCAPSULA = page(
	'',
	`<iframe id="main-iframe" src="/_Incapsula_Resource?SWUDNSAI=31&amp;xinfo=5-1234&amp;incident_id=0-123" frameborder="0" width="100%" height="100%">Request unsuccessful. Incapsula incident ID: 0-1234567890</iframe>`,
);

const AKAMAI = page(
	'Access Denied',
	`<h1>Access Denied</h1>You don't have permission to access "http&#58;&#47;&#47;news&#46;example&#47;2026&#47;phones&#47;story&#45;123" on this server.<p>Reference&#32;&#35;18&#46;6f2e1002&#46;1701990000&#46;3a4b5c</p>`,
);

const SUCURI = page(
	'Sucuri WebSite Firewall - Access Denied',
	`<div id="main-container"><h2>Access Denied - Sucuri Website Firewall</h2><table><tr><td>Your IP:</td><td>203.0.113.7</td></tr><tr><td>Block reason:</td><td>Access from your area has been temporarily limited for security reasons.</td></tr></table>
<p>If you are the site owner, please contact cloudproxy@sucuri.net.</p></div>`,
);

const GENERIC = page('One more step', '<h1>One more step</h1><p>Please verify you are human to continue reading.</p><div class="captcha-box"></div>');

const GOOGLE_CONSENT = page(
	'Before you continue',
	`<h1>Before you continue to Google</h1><p>We use cookies and data to deliver and maintain Google services, track outages and protect against spam, fraud and abuse, and measure audience engagement and site statistics to understand how our services are used and enhance the quality of those services.</p>
<p>If you choose to "Accept all", we will also use cookies and data to develop and improve new services, deliver and measure the effectiveness of ads, and show personalised content, depending on your settings. If you choose to "Reject all", we will not use cookies for these additional purposes.</p>
<p>Non-personalised content is influenced by things like the content that you're currently viewing, activity in your active Search session, and your location. Personalised content and ads can also include more relevant results, recommendations and tailored ads based on past activity from this browser.</p>
<form action="https://consent.google.com/save" method="POST"><button>Reject all</button><button>Accept all</button></form>`,
);

describe('a bot check, block page or consent wall served with status 200 is not the article', () => {
	it.each([
		['a Cloudflare challenge', CLOUDFLARE_CHALLENGE, 'a Cloudflare bot check'],
		['a Cloudflare firewall block', CLOUDFLARE_BLOCK, 'a Cloudflare block page'],
		['a DataDome captcha', DATADOME, 'a DataDome bot check'],
		['a PerimeterX press-and-hold', PERIMETERX, 'a PerimeterX bot check'],
		['an Incapsula refusal', INCAPSULA, 'an Incapsula block page'],
		['an Akamai Access Denied', AKAMAI, 'an Akamai block page'],
		['a Sucuri firewall block', SUCURI, 'a Sucuri block page'],
		['an unbranded "verify you are human" page', GENERIC, 'a bot check'],
	])('refuses %s with a one-line reason that names it', (_name, html, what) => {
		const result = extract(pageFromHtml(html, URL));
		expect(result).toEqual({ok: false, reason: 'blocked', message: `"${URL}" served ${what}, not the article: nothing stored; try --render always, or later`});
	});

	it('refuses a consent service the article URL was redirected to, however long its text, and names the URL asked for', () => {
		const result = extract(pageFromHtml(GOOGLE_CONSENT, URL, {finalUrl: 'https://consent.google.com/ml?continue=https://news.example/2026/phones/story-123&gl=DE&hl=en'}));
		expect(result).toMatchObject({ok: false, reason: 'blocked'});
		expect(!result.ok && result.message).toBe(`"${URL}" served a Google consent wall, not the article: nothing stored; try --render always, or later`);
	});

	it.each([
		['Yahoo', 'https://consent.yahoo.com/v2/collectConsent?sessionId=3_cc-session_0a1b'],
		['DPG Media', 'https://myprivacy.dpgmedia.nl/consent?siteKey=Uqxf9TXhjmaG4pbQ&callbackUrl=https%3A%2F%2Fnews.example'],
	])('refuses a redirect to %s\'s consent service', (platform, finalUrl) => {
		const wall = page('Privacy', '<h1>We value your privacy</h1><p>Choose how we and our partners use your data.</p><button>Accept</button>');
		const result = extract(pageFromHtml(wall, URL, {finalUrl}));
		expect(!result.ok && result.message).toContain(`served a ${platform} consent wall`);
	});

	it('refuses a consent platform\'s full-page wall served at the article\'s own URL', () => {
		const wall = page('Privacy settings', '<div id="cmp-wall"><h1>Your privacy matters</h1><p>We and our 842 partners store and access information on your device. Accept to read on, or subscribe to read without ads.</p><button>Accept all</button><button>Subscribe</button></div><script src="https://cmp.news.example/wrapperMessagingWithoutDetection.js"></script>');
		const result = extract(pageFromHtml(wall, URL));
		expect(result).toMatchObject({ok: false, reason: 'blocked', message: expect.stringContaining('served a consent wall, not the article')});
	});

	it('keeps an article that quotes "Just a moment" and names Cloudflare, on a site whose pages carry Cloudflare\'s own script', () => {
		const html = page(
			'Cloudflare outage: "Just a moment..." pages everywhere',
			`<article><h1>Cloudflare outage: "Just a moment..." pages everywhere</h1>
<p>Readers saw Cloudflare's "Just a moment..." page with "Checking if the site connection is secure" and were asked to verify you are human before every click, ray ID and all.</p>
${ARTICLE_PARAGRAPHS}</article>
<script>(function(){var a=document.createElement('script');a.src='/cdn-cgi/challenge-platform/h/b/scripts/jsd/e0c9ef8e1d9b/main.js';document.head.appendChild(a);})();</script>`,
		);
		const result = extract(pageFromHtml(html, URL));
		expect(result.ok).toBe(true);
		expect(result.ok && result.snapshot.article.body.map((block) => block.type === 'paragraph' && block.text).join(' ')).toContain('Just a moment...');
	});

	it('keeps a short story whose comment form asks to verify you are human: only the body\'s own words say bot check', () => {
		const html = page(
			'Pixel 11 leak: the price',
			`<article><h1>Pixel 11 leak: the price</h1><p>A retailer listed the Pixel 11 at $699, a hundred dollars under last year's launch price, before pulling the page.</p></article>
<section id="respond"><h3>Leave a reply</h3><form action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea><p class="captcha-note">Please verify you are human before posting.</p><button>Post comment</button></form></section>`,
		);
		const result = extract(pageFromHtml(html, URL));
		expect(result.ok).toBe(true);
	});

	it('keeps a short page that carries a challenge marker when it holds a comment thread', () => {
		const comments = [1, 2, 3].map((n) => `<li class="comment" id="comment-${n}"><div class="comment-author">reader${n}</div><div class="comment-body"><p>Comment number ${n} says the firewall was a pain this week, and the captcha loop too.</p></div></li>`).join('');
		const html = page('Forum: captcha loops', `<article><h1>Captcha loops</h1><p>Anyone else asked to verify you are human on every page?</p></article><section id="comments"><ol class="comment-list">${comments}</ol></section>`);
		const result = extract(pageFromHtml(html, URL));
		expect(result.ok).toBe(true);
	});
});
