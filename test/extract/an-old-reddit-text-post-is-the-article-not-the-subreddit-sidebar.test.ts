import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * Old reddit sets a text post (`.thing.link.self`) in the link listing above the comment area,
 * its words in a usertext box like a comment's; the sidebar beside them holds the subreddit's
 * rules, often longer than the post. The post is the article and its comments the thread; a
 * link post, with no words of its own, leaves the article to the page.
 */

const SIDEBAR = `<div class="side"><div class="titlebox"><h1 class="redditname"><a href="/r/GooglePixel/">GooglePixel</a></h1><div class="usertext-body may-blank-within md-container"><div class="md">
<p>This is the place to discuss Google's Pixel phones, tablets, watches and earbuds. Please read the rules below before you post, and search first: most battery and update questions have been answered many times.</p>
<ol><li><p>Be civil. Personal attacks, slurs and harassment will be removed and may lead to a ban.</p></li><li><p>No buying, selling or trading posts; use the weekly marketplace thread instead.</p></li><li><p>Tech support questions belong in the weekly help thread unless you have tried the steps in the wiki.</p></li></ol></div></div></div></div>`;

function page(postClass: string): Snapshot {
	const html = `<!doctype html><html lang="en"><head><title>Pixel 8 battery drains overnight : r/GooglePixel</title></head><body class="listing-page comments-page">${SIDEBAR}
<div class="content" role="main"><div class="sitetable linklisting" id="siteTable"><div class=" thing id-t3_1b9xyz1 odd ${postClass}" data-fullname="t3_1b9xyz1">
<div class="entry unvoted"><p class="title"><a class="title may-blank" href="/r/GooglePixel/comments/1b9xyz1/pixel_8_battery/">Pixel 8 battery drains overnight</a></p>
<p class="tagline">submitted <time datetime="2024-03-08T21:05:00+00:00" class="live-timestamp">2 years ago</time> by <a href="https://old.reddit.com/user/steveo" class="author may-blank">steveo</a></p>
${postClass.includes('self') ? '<div class="expando"><form action="#" class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md"><p>Since the March update my Pixel 8 loses about twenty percent overnight with nothing running.</p><p>Adaptive battery is on and no new apps are installed. Should I factory reset?</p></div></div></form></div>' : ''}</div></div></div>
<div class="commentarea"><div class="sitetable nestedlisting"><div class=" thing id-t1_kty1a01 comment " data-fullname="t1_kty1a01"><div class="entry unvoted"><p class="tagline"><a href="https://old.reddit.com/user/helper" class="author may-blank">helper</a> <span class="score unvoted" title="24">24 points</span> <time datetime="2024-03-08T22:10:00+00:00" class="live-timestamp">2 years ago</time></p>
<form action="#" class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md"><p>Turn off adaptive connectivity and reboot.</p></div></div></form></div><div class="child"></div></div></div></div></div></body></html>`;
	const result = extract(pageFromHtml(html, 'https://old.reddit.com/r/GooglePixel/comments/1b9xyz1/pixel_8_battery/'), {profiles: []});
	if (!result.ok) throw new Error(result.message);
	return result.snapshot;
}

describe('an old reddit comments page', () => {
	it('takes a text post as the article, by its poster, and the comments as the thread', () => {
		const snapshot = page('link self');
		expect(snapshot.article.body.map((block) => block.text)).toEqual([
			'Since the March update my Pixel 8 loses about twenty percent overnight with nothing running.',
			'Adaptive battery is on and no new apps are installed. Should I factory reset?',
		]);
		expect(snapshot.article.authors.map((author) => author.name)).toEqual(['steveo']);
		expect(snapshot.comments.items.map((item) => [item.id, item.author.name, item.score])).toEqual([['t1_kty1a01', 'helper', 24]]);
	});

	it('keeps a link post in the page: its byline still names the poster', () => {
		const snapshot = page('link');
		expect(snapshot.article.authors.map((author) => author.name)).toEqual(['steveo']);
		expect(snapshot.comments.items.map((item) => item.id)).toEqual(['t1_kty1a01']);
	});
});
