import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * IP.Board 3 topics list `div.post_block#post_id_N` posts in `div.topic`: the poster in the head
 * row's `span.author.vcard` with the number ("#2") at its right, the post count in the author
 * column, the time an `abbr.published` titled with the ISO instant, the words in
 * `div.post.entry-content` above the post's buttons. The first post is the article.
 */

const I = 'https://forum.example.org/index.php';

function post(id: number, n: number, name: string, iso: string, count: number, words: string): string {
	return `<div class='post_block hentry clear clearfix  ' id='post_id_${id}'><a id='entry${id}'></a><div class='post_wrap' >
<h3 class='row2'><span class='author vcard'><a hovercardref="member" data-hcid="${id}" class="_hovertrigger url fn name " href='${I}?/user/${id}-${name}/' title='View Profile'><span itemprop="name">${name}</span></a></span>
<span class='post_id right ipsType_small desc blend_links'><a itemprop="replyToUrl" href='${I}?/topic/4821-battery/#entry${id}' rel='bookmark' title='Link to post #${n}'>#${n}</a></span></h3>
<div class='author_info'><div class='user_details'><ul class='basic_info'><p class='desc member_title'>Member</p>
<li class='avatar'><a href='${I}?/user/${id}-${name}/' class='ipsUserPhotoLink'><img src='${I}/uploads/profile/photo-thumb-${id}.jpg' class='ipsUserPhoto ipsUserPhoto_large' /></a></li>
<li class='group_title'>Members</li><li class='post_count desc lighter'>${count} posts</li></ul></div></div>
<div class='post_body'><p class='posted_info desc lighter ipsType_small'><img src='${I}/public/style_images/master/to_post_off.png' alt='Posted Image' class='small' /> Posted <abbr class="published" title="${iso}">02 March 2020 - 09:15 PM</abbr></p>
<div itemprop="commentText" class='post entry-content '><p>${words}</p></div><br />
<ul id='postControlsNormal_${id}' class='post_controls clear clearfix'><li id='multiq_${id}' class='multiquote' style='display: none'><a href="#" title='MultiQuote'>MultiQuote</a></li><li id='quote_${id}'><a href="${I}?app=forums&amp;do=reply_post&amp;qpid=${id}" title='Reply directly to this post' class='ipsButton_secondary'>Quote</a></li></ul>
</div></div></div><hr />`;
}

const OPENING = 'Since the update my phone loses about twenty percent overnight with nothing running. Safe mode shows the same drain, so which service keeps it awake?';

describe('an IP.Board 3 topic', () => {
	it('takes the first post as the article and the replies as comments with number, poster, post count and time', () => {
		const html = `<!doctype html><html lang="en"><head><title>Battery drains overnight - Phones - Phone Owners Forum</title></head><body id='ipboard_body'>
<div id='content' class='clearfix'><h1 class='ipsType_pagetitle'>Battery drains overnight</h1>
<div class='topic hfeed clear clearfix'>
${post(101, 1, 'opener', '2020-03-02T21:15:32+00:00', 312, OPENING)}
${post(144, 2, 'helper', '2020-03-02T22:40:05+00:00', 1534, 'Check the wakelocks in the battery statistics.')}
${post(217, 3, 'third', '2020-03-03T07:45:10+00:00', 48, 'Same here, a reset fixed it for two days.')}
</div></div></body></html>`;
		const snapshot = snapshotOf(html, `${I}?/topic/4821-battery/`);
		expect(snapshot.extractor.stages?.comments).toBe('platform:invision3');
		expect(snapshot.article.body.map((block) => block.text)).toEqual([OPENING]);
		expect(snapshot.article.authors.map((author) => author.name)).toEqual(['opener']);
		expect(snapshot.comments.items.map((item) => [item.id, item.number, item.author.name, item.author.url, item.author.postCount, item.postedAt, item.text])).toEqual([
			['post_id_144', 2, 'helper', `${I}?/user/144-helper/`, 1534, '2020-03-02T22:40:05+00:00', 'Check the wakelocks in the battery statistics.'],
			['post_id_217', 3, 'third', `${I}?/user/217-third/`, 48, '2020-03-03T07:45:10+00:00', 'Same here, a reset fixed it for two days.'],
		]);
	});

	it('IP.Board 3.0–3.1: reads the post count among the author column\'s labelled fields', () => {
		const oldPost = (id: number, name: string, count: string, words: string): string => `<div class="post_block hentry clear" id="post_id_${id}"><a id="entry${id}"></a><div class="post_wrap">
<h3><span class="post_id"><a href="${I}?showtopic=4821&amp;view=findpost&amp;p=${id}" rel="bookmark" title="Link to post #${id}">#${id}</a></span> <span class="author vcard"><a class="url fn" href="${I}?showuser=${id}">${name}</a></span></h3>
<div class="author_info"><ul class="user_details"><li class="title">Member</li></ul><ul class="user_fields"><li><span class="ft">Posts:</span> <span class="fc">${count}</span></li><li><span class="ft">Joined:</span> <span class="fc">25-May 02</span></li></ul></div>
<div class="post_body"><p class="posted_info">Posted <abbr class="published" title="2011-07-17T23:12:52+00:00">18 July 2011 - 07:12</abbr></p><div class="post entry-content ">${words}</div></div><ul class="post_controls"></ul></div></div>`;
		const html = `<!doctype html><html lang="en"><head><title>Battery drains overnight - Phones</title></head><body id='ipboard_body'><div id='content'><div class='topic hfeed clear clearfix'>
${oldPost(101, 'opener', '1,208', OPENING)}
${oldPost(144, 'helper', '55', 'Check the wakelocks in the battery statistics.')}
</div></div></body></html>`;
		const snapshot = snapshotOf(html, `${I}?showtopic=4821`);
		expect(snapshot.extractor.stages?.comments).toBe('platform:invision3');
		expect(snapshot.comments.items.map((item) => [item.author.name, item.author.postCount])).toEqual([['helper', 55]]);
	});
});
