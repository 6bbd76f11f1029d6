import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A Hacker News text story ("Ask HN") prints its words in the story table's `.toptext`, under
 * the subtext line that names the poster and the time: that story is the article, by its
 * poster; the comment tree after it is the thread. A link story has no words and leaves the
 * page as it is.
 */

function row(id: number, name: string, iso: string, text: string): string {
	return `<tr class='athing comtr' id='${id}'><td><table border='0'><tr><td class='ind' indent='0'><img src="s.gif" height="1" width="0"></td>
<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${name}" class="hnuser">${name}</a> <span class="age" title="${iso}"><a href="item?id=${id}">2 hours ago</a></span></span></div><br>
<div class="comment"><div class="commtext c00">${text}</div><div class='reply'><p><font size="1"><u><a href="reply?id=${id}" rel="nofollow">reply</a></u></font></div></div></td></tr></table></td></tr>`;
}

describe('a Hacker News text story', () => {
	it('is the article, by the poster its subtext names, and the comments stay the thread', () => {
		const html = `<!doctype html><html lang="en" op="item"><head><title>Ask HN: Which phone do you keep your 2FA codes on? | Hacker News</title></head><body><center><table id="hnmain"><tr><td><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b> <a href="newest">new</a> | <a href="submit">submit</a></span></td></tr><tr id="pagespace" title="Ask HN"></tr><tr><td>
<table class="fatitem" border="0"><tr class='athing submission' id='4000'><td class="title"><span class="titleline"><a href="item?id=4000">Ask HN: Which phone do you keep your 2FA codes on?</a></span></td></tr>
<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_4000">57 points</span> by <a href="user?id=asker" class="hnuser">asker</a> <span class="age" title="2024-05-07T14:28:37"><a href="item?id=4000">3 hours ago</a></span> | <a href="hide?id=4000">hide</a> | <a href="item?id=4000">2&nbsp;comments</a></span></td></tr>
<tr style="height:2px"></tr><tr><td colspan="2"></td><td><div class="toptext">I keep my authenticator on an old phone in a drawer. Is that sensible, or does everyone just use the phone in their pocket?<p>Curious what people here do when the phone dies.</p></div></td></tr>
<tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="4000"><textarea name="text" rows="8" cols="80"></textarea><br><br><input type="submit" value="add comment"></form></td></tr></table><br><br>
<table border='0' class='comment-tree'>
${row(4001, 'first', '2024-05-07T15:00:00', 'A hardware key for the important accounts, the phone for the rest.')}
${row(4002, 'second', '2024-05-07T15:30:00', 'Export the seeds to paper once; then the drawer phone is a convenience.')}
</table></td></tr></table></center></body></html>`;
		const snapshot = snapshotOf(html, 'https://news.ycombinator.com/item?id=4000');
		expect(snapshot.article.body.map((block) => block.text)).toEqual([
			'I keep my authenticator on an old phone in a drawer. Is that sensible, or does everyone just use the phone in their pocket?',
			'Curious what people here do when the phone dies.',
		]);
		expect(snapshot.article.authors.map((author) => author.name)).toEqual(['asker']);
		expect(snapshot.article.publishedAt).toBe('2024-05-07T14:28:37Z');
		expect(snapshot.comments.items.map((item) => [item.id, item.author.name])).toEqual([['4001', 'first'], ['4002', 'second']]);
		expect(snapshot.comments.declaredCount).toBe(2);
	});
});
