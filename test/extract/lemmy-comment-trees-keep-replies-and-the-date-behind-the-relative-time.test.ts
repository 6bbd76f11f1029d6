import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A Lemmy post page as lemmy-ui renders it: `li.comment` nodes holding their
 * `article.comment-node` and the list of their replies. The time shows "1 day ago"; its
 * tooltip attribute holds the full date, which is what a snapshot keeps.
 */

const node = (id: number, name: string, server: string, date: string, text: string, replies = ''): string => `<li class="comment list-unstyled"><article id="comment-${id}" class="details comment-node py-2 border-top border-light-subtle"><div class="ms-2">
<div class="row text-muted small" aria-label="collapse" role="group"><div class="col flex-grow-1"><a class="person-listing d-inline-flex align-items-baseline text-info" title="${name}" href="/u/${name}${server}"><span>${name}</span>${server ? `<small class="text-muted">${server}</small>` : ''}</a></div>
<div class="col-auto"><span class="moment-time pointer unselectable" data-tippy-content="${date}">1 day ago</span></div></div>
<div class="comment-content"><div class="md-div"><p>${text}</p></div></div>
<div class="row row-cols-auto align-items-center justify-content-end g-3 text-muted fw-bold mt-1"><div class="col"><button class="btn btn-link btn-animate text-muted py-0" aria-label="Upvote">12</button></div><div class="col"><button class="btn btn-link btn-animate text-muted py-0" data-tippy-content="reply">Reply</button></div></div></div></article>
${replies ? `<ul class="comments">${replies}</ul>` : ''}</li>`;

describe('a Lemmy post page', () => {
	const html = `<!doctype html><html lang="en"><head><title>Battery drains overnight - Lemmy</title></head><body><div id="root"><main class="container-lg">
<div class="post-listing mt-2"><h1 class="h5 d-inline text-break">Battery drains overnight</h1><div class="md-div"><p>Since the last update my phone loses forty percent of its battery overnight, even in flight mode. Has anyone found what keeps it awake? I have tried a reset of the network settings and turning off every sync account I have, without any change at all.</p></div></div>
<div class="comments"><ul class="comments">
${node(101, 'ann', '', 'Saturday, March 1st, 2025 at 10:00:00 AM GMT+00:00', 'Check the battery usage screen, a sync app is usually the culprit.', node(102, 'ben', '@lemmy.example', 'Saturday, March 1st, 2025 at 11:30:00 AM GMT+00:00', 'It was the mail app for me.'))}
${node(103, 'cat', '', 'Sunday, March 2nd, 2025 at 8:00:00 AM GMT+00:00', 'Same here since the update.')}
</ul></div></main></div></body></html>`;
	const snapshot = snapshotOf(html, 'https://lemmy.example/post/338');

	it('reads the tree with names without their instance, dates from the tooltip and text without the buttons', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:lemmy');
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.author.name, item.author.url, item.postedAt, item.text])).toEqual([
			['comment-101', null, 'ann', 'https://lemmy.example/u/ann', '2025-03-01T10:00:00Z', 'Check the battery usage screen, a sync app is usually the culprit.'],
			['comment-102', 'comment-101', 'ben', 'https://lemmy.example/u/ben@lemmy.example', '2025-03-01T11:30:00Z', 'It was the mail app for me.'],
			['comment-103', null, 'cat', 'https://lemmy.example/u/cat', '2025-03-02T08:00:00Z', 'Same here since the update.'],
		]);
	});

	it('leaves the post as the article', () => {
		const body = snapshot.article.body.map((block) => block.text).join('\n');
		expect(body).toContain('loses forty percent of its battery overnight');
		expect(body).not.toContain('sync app is usually the culprit');
	});
});
