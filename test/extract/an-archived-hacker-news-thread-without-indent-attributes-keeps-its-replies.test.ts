import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Hacker News pages from before about 2022 draw a reply's depth only as the width of the spacer
 * picture in its `td.ind` (`<img src="s.gif" height="1" width="80">`, 40px a level); later pages
 * also write it as `indent="2"`. An archived thread keeps its replies' parents from the width.
 */

function row(id: number, level: number, name: string, iso: string, text: string): string {
	return `<tr class='athing comtr ' id='${id}'><td><table border='0'><tr><td class='ind'><img src="s.gif" height="1" width="${level * 40}"></td>
<td valign="top" class="votelinks"><center><a id='up_${id}' href='vote?id=${id}&amp;how=up&amp;goto=item%3Fid%3D3000'><div class='votearrow' title='upvote'></div></a></center></td>
<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${name}" class="hnuser">${name}</a> <span class="age" title="${iso}"><a href="item?id=${id}">on Jan 15, 2019</a></span></span></div><br>
<div class="comment"><span class="commtext c00">${text}</span><div class='reply'><p><font size="1"><u><a href="reply?id=${id}&amp;goto=item%3Fid%3D3000">reply</a></u></font></p></div></div></td></tr></table></td></tr>`;
}

describe('an archived Hacker News thread without indent attributes', () => {
	it('rebuilds the replies from the spacer picture’s width', () => {
		const html = `<!doctype html><html lang="en"><head><title>Phone batteries in 2019 | Hacker News</title></head><body><center><table id="hnmain"><tr><td>
<table class="fatitem" border="0"><tr class='athing' id='3000'><td class="title"><a href="https://blog.example/battery/" class="storylink">Phone batteries in 2019</a></td></tr></table><br>
<table border='0' class='comment-tree'>
${row(3001, 0, 'commenter_one', '2019-01-15T10:00:00', 'Silicon anodes are the interesting part here.')}
${row(3002, 1, 'commenter_two', '2019-01-15T10:30:00', 'They swell less than the older cells, too.')}
${row(3003, 2, 'commenter_one', '2019-01-15T11:00:00', 'Citation needed on the swelling.')}
${row(3004, 0, 'commenter_three', '2019-01-15T10:15:00', 'Two days is still marketing.')}
</table></td></tr></table></center></body></html>`;
		const items = snapshotOf(html, 'https://news.ycombinator.com/item?id=3000').comments.items;
		expect(items.map((item) => [item.id, item.parentId, item.depth])).toEqual([
			['3001', null, 0],
			['3002', '3001', 1],
			['3003', '3002', 2],
			['3004', null, 0],
		]);
	});
});
