import {describe, expect, it} from 'vitest';
import {snapshotText} from '../../src/cli/snapshot-text.js';
import {nameFromLine} from '../../src/extract/comments/quotes.js';
import {versionPage} from '../../src/serve/pages.js';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A reply that quotes another post (a forum's quote box, a `<blockquote>` in a blog comment)
 * shows someone else's words: they go to the comment's `quotes`, with the quoted poster when the
 * attribution line names them ("Ann said:", "Ann wrote:"), and the comment's `text` keeps the
 * replier's own words. A comment that is nothing but a quote keeps it as its text.
 */

const X = 'https://forum.example.net/';

function xf2Post(id: number, name: string, words: string): string {
	return `<article class="message message--post js-post" data-author="${name}" data-content="post-${id}" id="js-post-${id}">
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><div class="message-userDetails"><h4 class="message-name"><a href="/members/${name}.${id}/" class="username">${name}</a></h4></div></section></div>
<div class="message-cell message-cell--main"><div class="message-main"><header class="message-attribution"><ul class="message-attribution-main listInline"><li><a href="/threads/battery.338/post-${id}"><time class="u-dt" datetime="2024-05-0${id % 9}T21:05:00+0000">May ${id % 9}, 2024</time></a></li></ul></header>
<div class="message-content js-messageContent"><article class="message-body js-selectToQuote"><div class="bbWrapper">${words}</div></article></div></div></div></div></article>`;
}

function xf2Thread(posts: string): string {
	return `<!doctype html><html lang="en"><head><title>Battery drains overnight | Phone Forum</title></head><body><div class="p-body-pageContent"><div class="block-container"><div class="block-body js-replyNewMessageContainer">
${xf2Post(801, 'opener', 'Since the update the phone loses twenty percent overnight with nothing running in the background.')}
${posts}
</div></div></div></body></html>`;
}

const xf2Quote = (name: string, words: string): string =>
	`<blockquote data-quote="${name}" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=801" class="bbCodeBlock-sourceJump">${name} said:</a></div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent">${words}</div></div></blockquote>`;

function phpbbPost(id: number, name: string, words: string): string {
	return `<div id="p${id}" class="post has-profile bg${(id % 2) + 1}"><div class="inner">
<dl class="postprofile" id="profile${id}"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=${id}" class="username">${name}</a></dt><dd class="profile-posts"><strong>Posts:</strong> 12</dd></dl>
<div class="postbody"><div id="post_content${id}"><h3><a href="#p${id}">Re: Battery drains overnight</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${id}" class="username">${name}</a></strong> &raquo; </span>Sat Mar 0${id % 9}, 2025 9:05 pm </p>
<div class="content">${words}</div></div></div></div></div><hr class="divider">`;
}

describe('a reply quoting another post', () => {
	it('XenForo: the quote box gives the quoted poster and words, the reply only its own words', () => {
		const snapshot = snapshotOf(xf2Thread(xf2Post(802, 'helper', `${xf2Quote('opener', 'It loses twenty percent overnight.')}Remove the weather widget from the lock screen.`)), `${X}threads/battery.338/`);
		expect(snapshot.comments.items.map((item) => [item.author.name, item.text, item.quotes])).toEqual([
			['helper', 'Remove the weather widget from the lock screen.', [{author: 'opener', text: 'It loses twenty percent overnight.'}]],
		]);
	});

	it('XenForo: a quote of a quote stays whole in the outer quote', () => {
		const nested = xf2Quote('helper', `${xf2Quote('opener', 'It loses twenty percent overnight.')}Remove the weather widget.`);
		const snapshot = snapshotOf(xf2Thread(xf2Post(803, 'third', `${nested}That fixed it for me too.`)), `${X}threads/battery.338/`);
		expect(snapshot.comments.items[0]?.text).toBe('That fixed it for me too.');
		expect(snapshot.comments.items[0]?.quotes).toEqual([{author: 'helper', text: 'opener said: It loses twenty percent overnight. Remove the weather widget.'}]);
	});

	it('XenForo: a post that is only a quote keeps the quote as its text', () => {
		const snapshot = snapshotOf(xf2Thread(xf2Post(804, 'fourth', xf2Quote('opener', 'It loses twenty percent overnight.'))), `${X}threads/battery.338/`);
		expect(snapshot.comments.items[0]?.text).toBe('opener said: It loses twenty percent overnight.');
		expect(snapshot.comments.items[0]?.quotes).toBeUndefined();
	});

	it('phpBB: the blockquote\'s "Ann wrote:" cite names the quoted poster and leaves both texts', () => {
		const quote = `<blockquote cite="./viewtopic.php?p=101#p101"><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=101">opener</a> wrote: <a href="./viewtopic.php?p=101#p101">↑</a><span class="responsive-hide">Sat Mar 01, 2025 9:05 pm</span></cite>It loses twenty percent overnight.</div></blockquote>`;
		const html = `<div id="wrap" class="wrap"><div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="./viewtopic.php?t=338">Battery drains overnight</a></h2>
${phpbbPost(101, 'opener', 'Since the last update my phone loses forty percent of its battery overnight, even in flight mode. Has anyone found what keeps it awake?')}
${phpbbPost(102, 'helper', `${quote}Check the battery usage screen, a sync app is usually the culprit.`)}
</div></div>`;
		const snapshot = snapshotOf(html, 'https://forum.example/viewtopic.php?t=338');
		expect(snapshot.extractor.stages?.comments).toBe('platform:phpbb');
		expect(snapshot.comments.items.map((item) => [item.author.name, item.text, item.quotes])).toEqual([
			['helper', 'Check the battery usage screen, a sync app is usually the culprit.', [{author: 'opener', text: 'It loses twenty percent overnight.'}]],
		]);
	});

	it('WordPress: an inline blockquote in a comment is a quote without a named poster', () => {
		const thread = `<div id="comments" class="comments-area"><h2 class="comments-title">One comment</h2><ol class="comment-list">
<li id="comment-7" class="comment"><article id="div-comment-7" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Ben</b> <span class="says">says:</span></div><div class="comment-metadata"><time datetime="2024-05-02T10:00:00+00:00">May 2, 2024</time></div></footer>
<div class="comment-content"><p>You wrote:</p><blockquote><p>The battery lasts two days.</p></blockquote><p>Mine lasts one, with the screen at half brightness.</p></div></article></li></ol></div>`;
		const snapshot = snapshotOf(articlePageWith(thread), 'https://blog.example/2024/05/battery/');
		const [comment] = snapshot.comments.items;
		expect(comment?.text).toBe('You wrote: Mine lasts one, with the screen at half brightness.');
		expect(comment?.quotes).toEqual([{author: null, text: 'The battery lasts two days.'}]);
	});

	it('text output shows the quote as a "> poster: words" line before the reply\'s words', () => {
		const snapshot = snapshotOf(xf2Thread(xf2Post(802, 'helper', `${xf2Quote('opener', 'It loses twenty percent overnight.')}Remove the weather widget from the lock screen.`)), `${X}threads/battery.338/`);
		expect(snapshotText(snapshot)).toContain('helper · 2024-05-01T21:05:00+00:00\n  > opener: It loses twenty percent overnight.\n  Remove the weather widget from the lock screen.');
	});

	it('the viewer shows the quote as a box naming its poster, before the reply\'s words', () => {
		const snapshot = snapshotOf(xf2Thread(xf2Post(802, 'helper', `${xf2Quote('opener', 'It loses twenty percent overnight.')}Remove the weather widget from the lock screen.`)), `${X}threads/battery.338/`);
		const version = {id: 'v1', firstSeen: snapshot.source.fetchedAt, lastSeen: snapshot.source.fetchedAt, status: 200, snapshotSha256: null, rawSha256: '', contentSha256: null, summary: null, visits: 1, attachments: {}};
		expect(versionPage(snapshot.source.url, version, snapshot)).toContain('<blockquote class="quote"><p class="by">opener:</p><p class="text">It loses twenty percent overnight.</p></blockquote><p class="text">Remove the weather widget from the lock screen.</p>');
	});
});

describe('the attribution line of a quote', () => {
	it.each([
		['opener said:', 'opener'],
		['Squashman wrote: ↑ 05 Sep 2018 18:17', 'Squashman'],
		['Quote from: batterytester on March 02, 2020, 09:15:32 PM', 'batterytester'],
		['Zitat von Anna', 'Anna'],
		['Originally Posted by opener', 'opener'],
		['On 1/2/2020 at 10:00 AM, Ann said:', 'Ann'],
		['roadwarrior, on 18 July 2011 - 07:07, said:', 'roadwarrior'],
		['— Steve Jobs', 'Steve Jobs'],
		['Quote:', null],
	])('"%s" names %s', (line, name) => {
		expect(nameFromLine(line)).toBe(name);
	});
});
