import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * vBulletin 3 threads (the default postbit_legacy) lay each post out as a `table#postN` in
 * `#posts`: the date in the head row beside the number, the poster (`a.bigusername`) above the
 * "Join Date:" and "Posts:" lines, the words in `div#post_message_N`, the signature after them.
 * The first post opens the thread and is the article.
 */

function post(id: number, n: number, name: string, date: string, posts: number, words: string): string {
	return `<!-- post #${id} --><div id="edit${id}" style="padding:0px 0px 6px 0px">
<table id="post${id}" class="tborder" cellpadding="6" cellspacing="0" border="0" width="100%" align="center">
<tr><td class="thead"><a name="post${id}"><img class="inlineimg" src="images/statusicon/post_old.gif" alt="Old" border="0" /></a> ${date}</td>
<td class="thead" align="right">&nbsp;#<a href="showpost.php?p=${id}&amp;postcount=${n}" target="new" rel="nofollow" id="postcount${id}" name="${n}"><strong>${n}</strong></a></td></tr>
<tr valign="top"><td class="alt2" width="175"><div id="postmenu_${id}"><a class="bigusername" href="member.php?u=${id}">${name}</a></div>
<div class="smallfont">Junior Member</div><div class="smallfont">&nbsp;<br /><div>Join Date: Jan 2019</div><div>Posts: ${posts}</div></div></td>
<td class="alt1" id="td_post_${id}"><div class="smallfont"><strong>Battery drains overnight</strong></div><hr size="1" />
<div id="post_message_${id}">${words}</div>
<div>__________________<br />Two phones, one charger.</div></td></tr>
<tr><td class="alt2"><img class="inlineimg" src="images/statusicon/user_offline.gif" alt="${name} is offline" border="0" /></td>
<td class="alt1" align="right"><a href="newreply.php?do=newreply&amp;p=${id}" rel="nofollow"><img src="images/buttons/quote.gif" alt="Reply With Quote" border="0" /></a></td></tr>
</table></div><!-- / post #${id} -->`;
}

const OPENING = 'Since the update my phone loses about twenty percent overnight with nothing running. Safe mode shows the same drain, so which service keeps it awake?';

describe('a vBulletin 3 thread', () => {
	it('takes the first post as the article and the later ones as comments with number, poster, post count and time', () => {
		const html = `<!doctype html><html lang="en"><head><title>Battery drains overnight - Phone Owners Forums</title></head><body>
<table class="tborder"><tr><td class="alt1"><span class="navbar"><a href="index.php">Phone Owners Forums</a></span> <span class="navbar">&gt; <a href="forumdisplay.php?f=3">Phones</a></span></td></tr></table>
<div id="posts">
${post(101, 1, 'opener', '03-02-2020, 09:15 PM', 12, OPENING)}
${post(144, 2, 'helper', '03-02-2020, 10:40 PM', 1534, 'Check the wakelocks in the battery statistics.')}
${post(217, 3, 'third', 'Today, 07:45 AM', 48, 'Same here, a reset fixed it for two days.')}
<div id="lastpost"></div></div>
<div class="smallfont" align="center">All times are GMT. The time now is <span class="time">12:00 PM</span>.</div></body></html>`;
		const snapshot = snapshotOf(html, 'https://forum.example.com/showthread.php?t=4821', {profiles: [], now: new Date('2020-03-05T12:00:00Z')});
		expect(snapshot.extractor.stages?.comments).toBe('platform:vbulletin3');
		expect(snapshot.article.body.map((block) => block.text)).toEqual([OPENING]);
		expect(snapshot.article.authors.map((author) => author.name)).toEqual(['opener']);
		expect(snapshot.comments.items.map((item) => [item.id, item.number, item.author.name, item.author.postCount, item.postedAt, item.text])).toEqual([
			['post144', 2, 'helper', 1534, '2020-03-02T22:40:00Z', 'Check the wakelocks in the battery statistics.'],
			['post217', 3, 'third', 48, '2020-03-05T07:45:00Z', 'Same here, a reset fixed it for two days.'],
		]);
	});

	it('reads every post of a later page, which opens with #11, as a comment', () => {
		const html = `<!doctype html><html lang="en"><head><title>Battery drains overnight - Page 2 - Phone Owners Forums</title></head><body><div id="posts">
${post(301, 11, 'helper', '03-04-2020, 10:40 PM', 1534, 'Check the wakelocks in the battery statistics.')}
${post(317, 12, 'third', '03-04-2020, 11:45 PM', 48, 'Same here, a reset fixed it for two days.')}
</div></body></html>`;
		const snapshot = snapshotOf(html, 'https://forum.example.com/showthread.php?t=4821&page=2');
		expect(snapshot.comments.items.map((item) => [item.number, item.author.name])).toEqual([
			[11, 'helper'],
			[12, 'third'],
		]);
	});
});
