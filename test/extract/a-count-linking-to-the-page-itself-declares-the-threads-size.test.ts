import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * On a discussion site the thread is the page: the story's line ends in "19 comments" linking
 * to the story's own address, with no fragment (Hacker News, Lobsters). That count is this
 * thread's; a bare number linking here (a pager's "2") is not.
 */

function row(id: number, name: string, text: string): string {
	return `<tr class='athing comtr' id='${id}'><td><table border='0'><tr><td class='ind' indent='0'><img src="s.gif" height="1" width="0"></td>
<td class="default"><div><span class="comhead"><a href="user?id=${name}" class="hnuser">${name}</a> <span class="age" title="2024-03-02T10:00:00"><a href="item?id=${id}">2 hours ago</a></span></span></div>
<div class="comment"><span class="commtext c00">${text}</span></div></td></tr></table></td></tr>`;
}

function page(storyLine: string): string {
	return `<!doctype html><html lang="en"><head><title>Foldable hinge teardown | Hacker News</title></head><body><center><table id="hnmain"><tr><td>
<table class="fatitem" border="0"><tr class='athing submission' id='5000'><td class="title"><span class="titleline"><a href="https://teardown.example/hinge">Foldable hinge teardown</a></span></td></tr>
<tr><td class="subtext"><span class="subline"><span class="score" id="score_5000">57 points</span> by <a href="user?id=poster" class="hnuser">poster</a> <span class="age"><a href="item?id=5000">3 hours ago</a></span> | <a href="hide?id=5000&amp;goto=item%3Fid%3D5000">hide</a> | ${storyLine}</span></td></tr></table><br>
<table border='0' class='comment-tree'>
${row(5001, 'reader_one', 'The hinge has more parts than the phone.')}
${row(5002, 'reader_two', 'Still cheaper to repair than a screen.')}
</table></td></tr></table></center></body></html>`;
}

describe('a count linking to the page itself', () => {
	it('declares the thread’s size', () => {
		const {comments} = snapshotOf(page('<a href="item?id=5000">19&nbsp;comments</a>'), 'https://news.ycombinator.com/item?id=5000');
		expect(comments.declaredCount).toBe(19);
		expect(comments.complete).toBe(false);
	});

	it('does not when it links to another page or is a bare number', () => {
		expect(snapshotOf(page('<a href="item?id=4000">19&nbsp;comments</a>'), 'https://news.ycombinator.com/item?id=5000').comments.declaredCount).toBeNull();
		expect(snapshotOf(page('<a href="item?id=5000&amp;p=2">2</a>'), 'https://news.ycombinator.com/item?id=5000').comments.declaredCount).toBeNull();
	});
});
