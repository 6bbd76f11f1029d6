import {describe, expect, it} from 'vitest';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {articlePageWith, snapshotOf as extractedSnapshot} from '../helpers/snapshot-of.js';

/**
 * Comment widgets backed by GitHub, as the browser stage leaves them: their iframe's body
 * copied into a `div[data-newsvault-frame]` where the frame was. Each keeps its commenters,
 * times and replies, and the widget stays out of the article.
 */

function snapshotOf(frameUrl: string, frameBody: string): Snapshot {
	return extractedSnapshot(articlePageWith(`<section class="post-comments"><div data-newsvault-frame="${frameUrl}">${frameBody}</div></section>`), 'https://blog.example/battery/');
}

const bodyOf = (snapshot: Snapshot): string => snapshot.article.body.map((block) => block.text).join('\n');

describe('giscus', () => {
	const discussion = 'https://github.com/example/blog/discussions/12';
	const header = (kind: 'comment' | 'reply', login: string, iso: string, id: number): string => `<div class="gsc-${kind}-header"><div class="gsc-${kind}-author"><a rel="nofollow noopener noreferrer" target="_blank" href="https://github.com/${login}" class="${kind === 'comment' ? 'gsc-comment-author-avatar' : 'flex min-w-0 items-center'}">${kind === 'comment' ? `<img class="mr-2 rounded-full" src="https://avatars.githubusercontent.com/u/${id}?v=4" width="30" height="30" alt="@${login}" loading="lazy">` : ''}<span class="link-primary overflow-hidden text-ellipsis font-semibold">${login}</span></a><a rel="nofollow noopener noreferrer" target="_blank" href="${discussion}#discussioncomment-${id}" class="link-secondary overflow-hidden text-ellipsis"><time class="whitespace-nowrap" title="${iso}" datetime="${iso}">2 days ago</time></a></div></div>`;
	const reply = (login: string, iso: string, id: number, text: string): string => `<div class="gsc-reply"><div class="gsc-tl-line"></div><div class="flex"><div class="gsc-reply-author-avatar"><a rel="nofollow noopener noreferrer" target="_blank" href="https://github.com/${login}" class="flex items-center"><img class="rounded-full" src="https://avatars.githubusercontent.com/u/${id}?v=4" width="30" height="30" alt="@${login}" loading="lazy"></a></div><div class="w-full min-w-0 ml-2">${header('reply', login, iso, id)}<div dir="auto" class="markdown gsc-reply-content"><p>${text}</p></div><div class="gsc-reply-footer"><div class="gsc-reply-reactions"><button type="button" class="gsc-social-reaction-summary-item">👍 <span class="gsc-social-reaction-summary-item-count">1</span></button></div></div></div></div></div>`;
	const comment = (login: string, iso: string, id: number, upvotes: number, text: string, replies = ''): string => `<div class="gsc-comment"><div class="color-bg-primary w-full min-w-0 rounded-md border color-border-primary">${header('comment', login, iso, id)}<div dir="auto" class="markdown gsc-comment-content"><p>${text}</p></div>
<div class="gsc-comment-footer"><div class="gsc-comment-reactions"><button type="button" class="gsc-upvote-button gsc-social-reaction-summary-item" disabled aria-label="You must be signed in to upvote." title="${upvotes} upvotes"><svg class="gsc-direct-reaction-button-emoji"></svg><span class="gsc-social-reaction-summary-item-count" title="${upvotes} upvotes">${upvotes}</span></button></div><div class="gsc-comment-replies-count"><span class="color-text-tertiary text-xs">${replies ? '1 reply' : '0 replies'}</span></div></div>
${replies ? `<div class="color-bg-inset color-border-primary gsc-replies rounded-b-md">${replies}</div>` : ''}</div></div>`;
	const snapshot = snapshotOf('https://giscus.app/en/widget?origin=https%3A%2F%2Fblog.example%2Fbattery%2F', `<main class="w-full mx-auto" data-theme="light"><div class="color-text-primary gsc-main"><div class="gsc-comments"><div class="gsc-header"><div class="gsc-left-header"><h4 class="gsc-comments-count"><a href="${discussion}" target="_blank" rel="noreferrer noopener nofollow" class="color-text-primary underline">2 comments</a></h4></div></div>
<div class="gsc-timeline">
${comment('octo', '2025-03-01T10:15:00Z', 101, 4, 'Two days of battery sounds optimistic.', reply('hubot', '2025-03-01T12:00:00Z', 102, 'It is with the screen at half brightness.'))}
${comment('mona', '2025-03-02T08:30:00Z', 103, 0, 'Great write-up, thanks.')}
</div></div></div></main>`);

	it('reads comments and their nested replies with permalinks, GitHub logins, times and upvotes', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:giscus');
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.author.name, item.postedAt, item.score, item.text])).toEqual([
			[`${discussion}#discussioncomment-101`, null, 'octo', '2025-03-01T10:15:00Z', 4, 'Two days of battery sounds optimistic.'],
			[`${discussion}#discussioncomment-102`, `${discussion}#discussioncomment-101`, 'hubot', '2025-03-01T12:00:00Z', null, 'It is with the screen at half brightness.'],
			[`${discussion}#discussioncomment-103`, null, 'mona', '2025-03-02T08:30:00Z', 0, 'Great write-up, thanks.'],
		]);
		expect(snapshot.comments.items[0]?.author.url).toBe('https://github.com/octo');
	});

	it('leaves the widget out of the article', () => {
		expect(bodyOf(snapshot)).toContain('batteries that last two days');
		expect(bodyOf(snapshot)).not.toContain('sounds optimistic');
	});
});

describe('utterances', () => {
	const comment = (login: string, ago: string, text: string): string => `<article class="timeline-comment"><a class="avatar" href="https://github.com/${login}" target="_blank" tabindex="-1"><img alt="@${login}" src="https://avatars.githubusercontent.com/u/1?v=4&amp;s=88"></a>
<div class="comment"><header class="comment-header"><span class="comment-meta"><a class="text-link" href="https://github.com/${login}" target="_blank"><strong>${login}</strong></a> commented <a class="text-link" href="https://github.com/example/blog/issues/7#issuecomment-1" target="_blank">${ago}</a></span><div class="comment-actions"></div></header>
<div class="markdown-body markdown-body-scrollable"><p>${text}</p></div>
<div class="comment-footer" reaction-count="0" reaction-url="https://api.github.com/repos/example/blog/issues/comments/1/reactions"><form class="reaction-list BtnGroup" action="javascript:"></form></div></div></article>`;
	const snapshot = snapshotOf('https://utteranc.es/utterances.html?repo=example%2Fblog', `<main><section class="timeline"><h1 class="timeline-header"><a class="text-link" target="_blank" href="https://github.com/example/blog/issues/7">2 Comments</a> <em> - powered by <a class="text-link" href="https://utteranc.es" target="_blank">utteranc.es</a></em></h1>
${comment('octo', '3 days ago', 'Two days of battery sounds optimistic.')}
${comment('mona', '2 hours ago', 'Great write-up, thanks.')}
</section></main>`);

	it('reads the flat list with each login and its relative time resolved against the fetch', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:utterances');
		expect(snapshot.comments.items.map((item) => [item.author.name, item.postedAt, item.text])).toEqual([
			['octo', '2026-06-17T12:00:00.000Z', 'Two days of battery sounds optimistic.'],
			['mona', '2026-06-20T10:00:00.000Z', 'Great write-up, thanks.'],
		]);
		expect(bodyOf(snapshot)).not.toContain('Great write-up');
	});
});
