import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * XenForo sets a quoted post in the reply as "Ann said:" and the quoted words, closed by a
 * "Click to expand..." button that unfolds a long quote (XenForo 2: `.bbCodeBlock-expandLink`,
 * XenForo 1: `.quoteExpand`, after an "Ann said: ↑" line whose arrow links back): neither is a
 * word of the reply, nor of the quote (the reply's `quotes`, with "Ann" as the quoted poster). XenForo 2 prints the
 * poster's "Joined" and "Messages" pairs under the name (`.message-userExtras`).
 */

const X = 'https://forum.example.net/';

function xf2Post(id: number, n: number, name: string, iso: string, words: string): string {
	return `<article class="message message--post js-post js-inlineModContainer" data-author="${name}" data-content="post-${id}" id="js-post-${id}">
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user">
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${name}.${id}/" class="username" dir="auto" itemprop="name">${name}</a></h4><h5 class="userTitle message-userTitle">Member</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>Jan 5, 2012</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>1,2${n}4</dd></dl></div></section></div>
<div class="message-cell message-cell--main"><div class="message-main"><header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/battery.338/post-${id}" rel="nofollow"><time class="u-dt" datetime="${iso}" title="Dec 13, 2023 at 9:05 PM">Dec 13, 2023</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="/threads/battery.338/post-${id}" rel="nofollow">#${n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent"><article class="message-body js-selectToQuote"><div class="bbWrapper">${words}</div></article></div></div></div></div></div></article>`;
}

describe('XenForo quotes and poster counts', () => {
	it('XenForo 2: a reply quoting a post gives the quoted poster and words as its quote, without the expand button; each poster has a message count and join date', () => {
		const quote = `<blockquote data-quote="opener" data-source="post: 801" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=801" class="bbCodeBlock-sourceJump" rel="nofollow">opener said:</a></div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">It loses twenty percent overnight.</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`;
		const html = `<!doctype html><html lang="en"><head><title>Battery drains overnight | Phone Forum</title></head><body><div class="p-body-pageContent"><div class="block block--messages"><div class="block-container"><div class="block-body js-replyNewMessageContainer">
${xf2Post(801, 1, 'opener', '2023-12-13T21:05:00+0000', 'Since the update the phone loses twenty percent overnight with nothing running in the background.')}
${xf2Post(802, 2, 'helper', '2023-12-13T22:10:00+0000', `${quote}Remove the weather widget from the lock screen.`)}
</div></div></div></div></body></html>`;
		const snapshot = snapshotOf(html, `${X}threads/battery.338/`);
		expect(snapshot.extractor.stages?.comments).toBe('platform:xenforo-forum');
		const [reply] = snapshot.comments.items;
		expect(reply?.text).toBe('Remove the weather widget from the lock screen.');
		expect(reply?.quotes).toEqual([{author: 'opener', text: 'It loses twenty percent overnight.'}]);
		expect(reply?.author).toEqual({name: 'helper', url: `${X}members/helper.802/`, postCount: 1224, memberSince: '2012-01-05'});
	});

	it('XenForo 1: the quote gives its poster and words, not its expand button or the arrow back to the quoted post', () => {
		const post = (id: number, n: number, name: string, words: string): string => `<li id="post-${id}" class="message" data-author="${name}">
<div class="messageUserInfo"><div class="messageUserBlock"><h3 class="userText"><a href="members/${name}.${id}/" class="username" dir="auto" itemprop="name">${name}</a></h3>
<div class="extraUserInfo"><dl class="pairsJustified"><dt>Messages:</dt><dd>31${n}</dd></dl></div></div></div>
<div class="messageInfo primaryContent"><div class="messageContent"><article><blockquote class="messageText SelectQuoteContainer ugc baseHtml">${words}<div class="messageTextEndMarker">&nbsp;</div></blockquote></article></div>
<div class="messageMeta"><div class="privateControls"><span class="item muted"><a href="threads/battery.4821/#post-${id}" title="Permalink" class="datePermalink"><span class="DateTime" title="Mar 3, 2020 at 7:45 AM">Mar 3, 2020</span></a></span></div>
<div class="publicControls"><a href="threads/battery.4821/#post-${id}" class="item muted postNumber hashPermalink">#${n}</a></div></div></div></li>`;
		const quote = `<div class="bbCodeBlock bbCodeQuote" data-author="opener"><aside><div class="attribution type">opener said: <a href="goto/post?id=101#post-101" class="AttributionLink">&uarr;</a></div><blockquote class="quoteContainer"><div class="quote">It loses twenty percent overnight.</div><div class="quoteExpand">Click to expand...</div></blockquote></aside></div>`;
		const html = `<!doctype html><html id="XenForo" lang="en-US"><head><base href="${X}" /><title>Battery drains overnight | Phone Forum</title></head><body><div id="content" class="thread_view"><ol class="messageList" id="messageList">
${post(101, 1, 'opener', 'Since the update the phone loses twenty percent overnight with nothing running in the background.')}
${post(144, 2, 'helper', `${quote}Remove the weather widget from the lock screen.`)}
</ol></div></body></html>`;
		const snapshot = snapshotOf(html, `${X}threads/battery.4821/`);
		expect(snapshot.extractor.stages?.comments).toBe('platform:xenforo1');
		expect(snapshot.comments.items.map((item) => [item.text, item.quotes])).toEqual([['Remove the weather widget from the lock screen.', [{author: 'opener', text: 'It loses twenty percent overnight.'}]]]);
	});
});
