import {describe, expect, it} from 'vitest';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {articlePageWith, snapshotOf as extractedSnapshot} from '../helpers/snapshot-of.js';

/**
 * Comment systems as they render into an article page, with no site profile: each keeps its
 * commenters, absolute times, scores and reply structure, and leaves its controls ("Reply",
 * "Guest", vote arrows) out of what the commenter wrote.
 */

function snapshotOf(thread: string, url: string): Snapshot {
	return extractedSnapshot(articlePageWith(thread), url);
}

const fields = (snapshot: Snapshot): unknown[] => snapshot.comments.items.map((item) => [item.id, item.parentId, item.author.name, item.postedAt, item.score, item.text]);
const bodyOf = (snapshot: Snapshot): string => snapshot.article.body.map((block) => block.text).join('\n');

describe('wpDiscuz', () => {
	const comment = (id: number, parent: number, level: number, name: string, date: string, votes: number, text: string, replies = ''): string => `<div id="wpd-comm-${id}_${parent}" class="comment even depth-${level} wpd-comment${level > 1 ? ' wpd-reply' : ''} wpd_comment_level-${level}"><div class="wpd-comment-wrap wpd-blog-guest">
<div class="wpd-comment-left"><div class="wpd-avatar"><img alt="${name}" src="https://secure.gravatar.com/avatar/x?s=64" class="avatar avatar-64 photo" height="64" width="64"></div></div>
<div id="comment-${id}" class="wpd-comment-right"><div class="wpd-comment-header"><div class="wpd-comment-author"> ${name}</div><div class="wpd-space"></div><div class="wpd-comment-link wpd-hidden"><span wpd-tooltip="Comment Link"><i class="fas fa-link" data-wpd-clipboard="https://blog.example/battery/#comment-${id}"></i></span></div></div>
${parent ? `<div class="wpd-reply-to"><i class="far fa-comments"></i> Reply to&nbsp; <a href="#comment-${parent}"> someone </a> <div class="wpd-comment-date" title="${date}"><i class="far fa-clock"></i> 2 days ago</div></div>` : `<div class="wpd-comment-subheader"><div class="wpd-comment-label" wpd-tooltip="Guest"><span>Guest</span></div><div class="wpd-comment-date" title="${date}"><i class="far fa-clock"></i> 3 days ago</div></div>`}
<div class="wpd-comment-text"><p>${text}</p></div>
<div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-up wpd_not_clicked"><svg viewBox="0 0 24 24"></svg></div><div class="wpd-vote-result" title="${votes}">${votes}</div><div class="wpd-vote-down wpd_not_clicked"><svg viewBox="0 0 24 24"></svg></div></div><div class="wpd-reply-button"><svg viewBox="0 0 24 24"></svg> <span>Reply</span></div></div></div></div>
<div id="wpdiscuz_form_anchor-${id}_${parent}"></div>${replies}</div>`;
	const snapshot = snapshotOf(`<div class="wpdiscuz_top_clearing"></div><div id="comments" class="comments-area"><div id="respond" style="width: 0;height: 0;clear: both;margin: 0;padding: 0;"></div><div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-2">
<div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head"><div class="wpd-thread-info" data-comments-count="3"><span class="wpdtc" title="3">3</span> Comments</div></div>
<div class="wpd-thread-list">
${comment(101, 0, 1, 'Rendy', '30 January, 2025 7:55 pm', 11, 'Does the battery still last two days?', comment(102, 101, 2, 'Frieren', '31 January, 2025 7:56 pm', -2, 'Mine lasts about a day and a half.'))}
${comment(103, 0, 1, 'Sam', '1 February, 2025 8:18 am', 0, 'The charger is not in the box anymore.')}
<div class="wpdiscuz-comment-pagination"></div></div></div></div></div>`, 'https://blog.example/battery/');

	it('reads each comment with its anchor id, the absolute date from the title, its vote result and its nesting', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:wpdiscuz');
		expect(fields(snapshot)).toEqual([
			['comment-101', null, 'Rendy', '2025-01-30T19:55:00Z', 11, 'Does the battery still last two days?'],
			['comment-102', 'comment-101', 'Frieren', '2025-01-31T19:56:00Z', -2, 'Mine lasts about a day and a half.'],
			['comment-103', null, 'Sam', '2025-02-01T08:18:00Z', 0, 'The charger is not in the box anymore.'],
		]);
		expect(snapshot.comments.declaredCount).toBe(3);
	});

	it('leaves the thread out of the article', () => {
		expect(bodyOf(snapshot)).toContain('batteries that last two days');
		expect(bodyOf(snapshot)).not.toContain('Does the battery still last');
	});
});

describe('Isso', () => {
	const comment = (id: number, name: string, iso: string, votes: number, text: string, replies = ''): string => `<div class="isso-comment" id="isso-${id}" data-hash="a1b2c3${id}"><div class="isso-avatar"><svg data-hash="a1b2c3${id}"></svg></div><div class="isso-text-wrapper">
<div class="isso-comment-header" role="meta"><span class="isso-author">${name}</span><span class="isso-spacer">&bull;</span><a class="isso-permalink" href="#isso-${id}"><time title="a week ago" datetime="${iso}">a week ago</time></a><span class="isso-note"></span></div>
<div class="isso-text"><p>${text}</p></div>
<div class="isso-comment-footer"><span class="isso-votes">${votes}</span><a class="isso-upvote" href="#">▲</a><span class="isso-spacer">|</span><a class="isso-downvote" href="#">▼</a><a class="isso-reply" href="#">Reply</a><a class="isso-edit" href="#">Edit</a><a class="isso-delete" href="#">Delete</a></div></div>
<div class="isso-follow-up">${replies}</div></div>`;
	const snapshot = snapshotOf(`<section id="isso-thread" data-isso-id="/battery/"><h4 class="isso-thread-heading">2 Comments</h4><div id="isso-root">
${comment(7, 'Ann', '2025-03-02T10:15:00Z', 3, 'Two days is optimistic with the screen at full brightness.', comment(9, 'Ben', '2025-03-02T11:40:00Z', 0, 'Agreed, I get a day and a half.'))}
</div></section>`, 'https://blog.example/battery/');

	it('reads the replies nested in their follow-up box, with machine-readable times and votes', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:isso');
		expect(fields(snapshot)).toEqual([
			['isso-7', null, 'Ann', '2025-03-02T10:15:00Z', 3, 'Two days is optimistic with the screen at full brightness.'],
			['isso-9', 'isso-7', 'Ben', '2025-03-02T11:40:00Z', 0, 'Agreed, I get a day and a half.'],
		]);
	});
});

describe('Hacker News item page', () => {
	const row = (id: number, indent: number, name: string, iso: string, text: string): string => `<tr class="athing comtr" id="${id}"><td><table border="0"><tr>
<td class="ind" indent="${indent}"><img src="s.gif" height="1" width="${indent * 40}"></td>
<td valign="top" class="votelinks"><center><a id="up_${id}" href="vote?id=${id}&amp;how=up&amp;goto=item%3Fid%3D4000"><div class="votearrow" title="upvote"></div></a></center></td>
<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${name}" class="hnuser">${name}</a> <span class="age" title="${iso} 1715092117"><a href="item?id=${id}">2 hours ago</a></span> <span id="unv_${id}"></span><span class="navs"> | <a href="#${id + 1}" class="clicky" aria-hidden="true">next</a> <a class="togg clicky" id="${id}" n="1" href="javascript:void(0)">[–]</a></span></span></div><br>
<div class="comment"><div class="commtext c00">${text}</div><div class="reply"><p><font size="1"><u><a href="reply?id=${id}&amp;goto=item%3Fid%3D4000%23${id}" rel="nofollow">reply</a></u></font></p></div></div></td></tr></table></td></tr>`;
	const html = `<!doctype html><html lang="en"><head><title>Phone batteries in 2025 | Hacker News</title></head><body><center><table id="hnmain"><tr><td><table class="fatitem" border="0"><tr class="athing submission" id="4000"><td class="title"><span class="titleline"><a href="https://blog.example/battery/">Phone batteries in 2025</a></span></td></tr></table><br>
<table border="0" class="comment-tree">
${row(4001, 0, 'pg', '2025-05-07T14:28:37', 'Silicon-carbon anodes are the interesting part here.')}
${row(4002, 1, 'dang', '2025-05-07T14:40:00', 'They swell less than the older cells, too.')}
${row(4003, 2, 'tptacek', '2025-05-07T15:02:11', 'Citation needed on the swelling.')}
${row(4004, 0, 'jl', '2025-05-07T16:00:00', 'Two days is still marketing.')}
</table></td></tr></table></center></body></html>`;
	const snapshot = snapshotOf(html, 'https://news.ycombinator.com/item?id=4000');

	it('rebuilds the replies from each row\'s indent and takes the absolute time from the title', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:hackernews');
		expect(fields(snapshot)).toEqual([
			['4001', null, 'pg', '2025-05-07T14:28:37Z', null, 'Silicon-carbon anodes are the interesting part here.'],
			['4002', '4001', 'dang', '2025-05-07T14:40:00Z', null, 'They swell less than the older cells, too.'],
			['4003', '4002', 'tptacek', '2025-05-07T15:02:11Z', null, 'Citation needed on the swelling.'],
			['4004', null, 'jl', '2025-05-07T16:00:00Z', null, 'Two days is still marketing.'],
		]);
		expect(snapshot.comments.items.map((item) => item.depth)).toEqual([0, 1, 2, 0]);
	});
});
