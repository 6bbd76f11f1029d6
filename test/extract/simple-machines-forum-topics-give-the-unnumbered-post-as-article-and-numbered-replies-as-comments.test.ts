import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Simple Machines Forum topics (2.0 and 2.1 default themes): each post's `.post_wrapper` holds
 * the poster column, a key line with the time, and the words in `.inner#msg_N`. Only replies
 * are numbered ("Reply #1", "#1"): the unnumbered post opened the topic and is the article; on
 * a later page every post is numbered, so every post is a comment.
 */

const S = 'https://forum.example.org/index.php';
const OPENING = 'Since the update my phone loses about twenty percent overnight with nothing running. Safe mode shows the same drain, so which service keeps it awake?';
const FIRST_REPLY = 'Check the wakelocks in the battery statistics; the radio was the culprit on mine.';
const SECOND_REPLY = 'Same here. A full reset fixed it for two days, then it came back.';

/** SMF 2.0: the number and time in the key line ("« Reply #1 on: date »"), the signature under the words. */
function post20(id: number, counter: number, name: string, when: string, words: string): string {
	return `<a id="msg${id}"></a><div class="windowbg"><span class="topslice"><span></span></span><div class="post_wrapper">
<div class="poster"><h4><a href="${S}?action=profile;u=${id}" title="View the profile of ${name}">${name}</a></h4>
<ul class="reset smalltext" id="msg_${id}_extra_info"><li class="postgroup">Full Member</li><li class="postcount">Posts: ${id % 1000}</li></ul></div>
<div class="postarea"><div class="flow_hidden"><div class="keyinfo"><h5 id="subject_${id}"><a href="${S}?topic=48.msg${id}#msg${id}" rel="nofollow">${counter ? 'Re: ' : ''}Battery drains overnight</a></h5>
<div class="smalltext">&#171; <strong>${counter ? `Reply #${counter} ` : ''}on:</strong> ${when} &#187;</div></div>
<ul class="reset smalltext quickbuttons"><li class="quote_button"><a href="${S}?action=post;quote=${id};topic=48.0">Quote</a></li></ul></div>
<div class="post"><div class="inner" id="msg_${id}">${words}</div></div></div>
<div class="moderatorbar"><div class="smalltext reportlinks"><a href="${S}?action=reporttm;topic=48.${counter};msg=${id}">Report to moderator</a> Logged</div>
<div class="signature" id="msg_${id}_signature">Two phones, one charger.</div></div>
</div><span class="botslice"><span></span></span></div><hr class="post_separator" />`;
}

/** SMF 2.1: the box carries the anchor, the number is `.page_number`, the time the permalink's text. */
function post21(id: number, counter: number, name: string, when: string, words: string): string {
	return `<div class="windowbg" id="msg${id}"><div class="post_wrapper">
<div class="poster"><h4><span class="off" title="Offline"></span> <a href="${S}?action=profile;u=${id}" title="View the profile of ${name}">${name}</a></h4>
<ul class="user_info"><li class="membergroup">Member</li><li class="postcount">Posts: ${id % 1000}</li></ul></div>
<div class="postarea"><div class="keyinfo"><div id="subject_${id}" class="subject_title subject_hidden"><a href="${S}?msg=${id}" rel="nofollow">Battery drains overnight</a></div>
<span class="page_number floatright">${counter ? `#${counter}` : ''}</span>
<div class="postinfo"><span class="messageicon"><img src="${S}/Themes/default/images/post/xx.png" alt=""></span><a href="${S}?msg=${id}" rel="nofollow" title="Battery drains overnight" class="smalltext">${when}</a></div></div>
<div class="post"><div class="inner" data-msgid="${id}" id="msg_${id}">${words}</div></div></div>
<div class="moderatorbar"><div class="signature" id="msg_${id}_signature">Two phones, one charger.</div></div>
</div></div><hr class="post_separator">`;
}

function page(posts: string): string {
	return `<!doctype html><html lang="en"><head><title>Battery drains overnight</title></head><body><div id="wrapper">
<div id="header"><h1 class="forumtitle"><a href="${S}">Phone Owners Forum</a></h1><ul class="dropmenu" id="menu_nav"><li><a href="${S}">Home</a></li><li><a href="${S}?action=search">Search</a></li></ul></div>
<div class="navigate_section"><ul><li><a href="${S}"><span>Phone Owners Forum</span></a> &#187;</li><li class="last"><a href="${S}?topic=48.0"><span>Battery drains overnight</span></a></li></ul></div>
<div id="forumposts"><div class="cat_bar"><h3 class="catbg">Topic: Battery drains overnight &nbsp;(Read 1,204 times)</h3></div>
<form action="${S}?action=quickmod2;topic=48.0" method="post" id="quickModForm">${posts}</form></div>
</div></body></html>`;
}

describe('a Simple Machines Forum topic', () => {
	for (const [version, post] of [['2.0', post20], ['2.1', post21]] as const) {
		it(`takes the unnumbered post as the article and the numbered replies as comments (${version})`, () => {
			const snapshot = snapshotOf(page(`${post(101, 0, 'opener', 'March 02, 2020, 09:15:32 PM', OPENING)}
${post(144, 1, 'helper', 'March 02, 2020, 10:40:05 PM', FIRST_REPLY)}
${post(217, 2, 'third', 'March 03, 2020, 07:45:10 AM', SECOND_REPLY)}`), `${S}?topic=48.0`);
			expect(snapshot.extractor.stages?.comments).toBe('platform:smf');
			expect(snapshot.article.body.map((block) => block.text).join('\n')).toBe(OPENING);
			expect(snapshot.article.authors.map((author) => author.name)).toEqual(['opener']);
			expect(snapshot.article.publishedAt).toBe('2020-03-02T21:15:32Z');
			expect(snapshot.comments.items.map((item) => [item.id, item.number, item.author.name, item.author.postCount, item.postedAt, item.text])).toEqual([
				['msg_144', 1, 'helper', 144, '2020-03-02T22:40:05Z', FIRST_REPLY],
				['msg_217', 2, 'third', 217, '2020-03-03T07:45:10Z', SECOND_REPLY],
			]);
		});
	}

	it('reads every post of a later page, all numbered, as a comment', () => {
		const snapshot = snapshotOf(page(`${post20(144, 15, 'helper', 'March 02, 2020, 10:40:05 PM', FIRST_REPLY)}
${post20(217, 16, 'third', 'March 03, 2020, 07:45:10 AM', SECOND_REPLY)}`), `${S}?topic=48.15`);
		expect(snapshot.comments.items.map((item) => [item.number, item.author.name, item.text])).toEqual([
			[15, 'helper', FIRST_REPLY],
			[16, 'third', SECOND_REPLY],
		]);
		expect(snapshot.article.authors.map((author) => author.name)).not.toContain('helper');
	});
});
