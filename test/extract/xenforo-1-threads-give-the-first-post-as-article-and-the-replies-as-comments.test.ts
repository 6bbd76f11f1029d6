import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * XenForo 1 threads list `li.message#post-N` posts in `ol#messageList`: the poster's
 * `a.username` in the user block above the "Messages:" count, the words in
 * `blockquote.messageText` (a box for the post, not a quotation), the time in the meta line's
 * `abbr.DateTime` (its instant in `data-time`) or, on older posts, a `span.DateTime` titled with
 * the full date; the number "#2" beside it. The first post is the article.
 */

const X = 'https://forum.example.net/';

function post(id: number, n: number, name: string, messages: number, time: string, words: string): string {
	return `<li id="post-${id}" class="message   " data-author="${name}">
<div class="messageUserInfo" itemscope="itemscope" itemtype="http://data-vocabulary.org/Person"><div class="messageUserBlock ">
<div class="avatarHolder"><span class="helper"></span><a href="members/${name}.${id}/" class="avatar Av${id}m" data-avatarhtml="true"><img src="data/avatars/m/0/${id}.jpg" width="96" height="96" alt="${name}" /></a></div>
<h3 class="userText"><a href="members/${name}.${id}/" class="username" dir="auto" itemprop="name">${name}</a><em class="userTitle" itemprop="title">New Member</em></h3>
<div class="extraUserInfo"><dl class="pairsJustified"><dt>Messages:</dt><dd><a href="search/member?user_id=${id}" class="concealed" rel="nofollow">${messages}</a></dd></dl></div></div></div>
<div class="messageInfo primaryContent"><div class="messageContent"><article><blockquote class="messageText SelectQuoteContainer ugc baseHtml">
${words}
<div class="messageTextEndMarker">&nbsp;</div></blockquote></article></div>
<div class="messageMeta ToggleTriggerAnchor"><div class="privateControls"><span class="item muted"><span class="authorEnd"><a href="members/${name}.${id}/" class="username author" dir="auto">${name}</a>,</span>
<a href="threads/battery-drains.4821/#post-${id}" title="Permalink" class="datePermalink">${time}</a></span></div>
<div class="publicControls"><a href="threads/battery-drains.4821/#post-${id}" title="Permalink" class="item muted postNumber hashPermalink OverlayTrigger">#${n}</a>
<a href="posts/${id}/reply?quote=${id}" class="MessageQuote item control reply" title="Reply, quoting this message"><span></span>Reply</a></div></div></div></li>`;
}

describe('a XenForo 1 thread', () => {
	it('takes the first post, read as paragraphs, as the article and the replies as comments', () => {
		const html = `<!doctype html><html id="XenForo" lang="en-US"><head><base href="${X}" /><title>Battery drains overnight | Phone Owners Forum</title></head><body>
<div id="content" class="thread_view"><div class="titleBar"><h1>Battery drains overnight</h1><p id="pageDescription" class="muted">Discussion in '<a href="forums/phones.3/">Phones</a>' started by <a href="members/opener.101/" class="username">opener</a>.</p></div>
<form action="inline-mod/post/switch" method="post" class="InlineModForm section"><ol class="messageList" id="messageList">
${post(101, 1, 'opener', 7, '<abbr class="DateTime" data-time="1583183732" data-datestring="Mar 2, 2020" data-timestring="9:15 PM">Mar 2, 2020 at 9:15 PM</abbr>', 'Since the update my phone loses about twenty percent overnight.<br />\n<br />\nSafe mode shows the same drain.')}
${post(144, 2, 'helper', 1534, '<abbr class="DateTime" data-time="1583188805" data-datestring="Mar 2, 2020" data-timestring="10:40 PM">Mar 2, 2020 at 10:40 PM</abbr>', 'Check the wakelocks in the battery statistics.')}
${post(217, 3, 'third', 48, '<span class="DateTime" title="Mar 3, 2020 at 7:45 AM">Mar 3, 2020</span>', 'Same here, a reset fixed it for two days.')}
</ol></form></div></body></html>`;
		const snapshot = snapshotOf(html, `${X}threads/battery-drains.4821/`);
		expect(snapshot.extractor.stages?.comments).toBe('platform:xenforo1');
		expect(snapshot.article.body.map((block) => [block.type, block.text])).toEqual([
			['paragraph', 'Since the update my phone loses about twenty percent overnight.'],
			['paragraph', 'Safe mode shows the same drain.'],
		]);
		expect(snapshot.article.authors.map((author) => author.name)).toEqual(['opener']);
		expect(snapshot.comments.items.map((item) => [item.id, item.number, item.author.name, item.author.postCount, item.postedAt, item.text])).toEqual([
			['post-144', 2, 'helper', 1534, '2020-03-02T22:40:05.000Z', 'Check the wakelocks in the battery statistics.'],
			['post-217', 3, 'third', 48, '2020-03-03T07:45:00Z', 'Same here, a reset fixed it for two days.'],
		]);
	});
});
