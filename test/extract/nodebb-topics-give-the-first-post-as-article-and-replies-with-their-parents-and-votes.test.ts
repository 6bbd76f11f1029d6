import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A NodeBB topic as its Harmony theme renders it, for crawlers and browsers alike: one
 * `li[component="post"]` per post with its id, index and schema.org Comment microdata, a
 * datePublished meta, the poster's `a[data-username]` in the header beside "wrote …" (or
 * "replied to NAME …", linking the answered post by `data-topid`), the words in
 * `[component="post/content"]`, a signature and the vote count in the footer.
 */

const OPENING = 'Since the last update my phone loses forty percent of its battery overnight, even in flight mode. Has anyone found what keeps it awake?';

const post = (index: number, pid: number, name: string, iso: string, votes: number, text: string, toPid?: number): string => `<li component="post" class="pt-4" data-index="${index}" data-pid="${pid}" data-uid="${pid}" data-timestamp="${Date.parse(iso)}" data-username="${name}" data-userslug="${name}" itemprop="comment" itemtype="http://schema.org/Comment" itemscope>
<a component="post/anchor" data-index="${index}" id="${index + 1}"></a>
<meta itemprop="datePublished" content="${iso}">
<div class="d-flex align-items-start gap-3"><div class="bg-body d-none d-sm-block rounded-circle"><a class="d-inline-block position-relative text-decoration-none" href="/user/${name}" aria-label="User avatar for ${name}"><span title="${name}" class="avatar avatar-rounded" component="user/picture" style="background-color: #e65100;">${name[0]?.toUpperCase()}</span><span component="user/status" class="status online"><span class="visually-hidden">Online</span></span></a></div>
<div class="post-container d-flex flex-grow-1 flex-column w-100"><div class="d-flex align-items-center gap-1 flex-wrap w-100 post-header mt-1" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="${name}"><meta itemprop="url" content="/user/${name}">
<a class="fw-bold text-nowrap" href="/user/${name}" data-username="${name}" data-uid="${pid}">${name}</a>
<div class="d-flex gap-1 align-items-center"><span class="text-muted">${toPid ? `replied to <a component="post/parent" data-topid="${toPid}" href="/post/${toPid}">an earlier post</a> ` : 'wrote '}<a href="/post/${pid}" class="timeago text-muted" title="${iso}">${iso.slice(0, 10)}</a></span></div>
<div class="d-flex align-items-center gap-1 flex-grow-1 justify-content-end"><a href="/post/${pid}" class="post-index text-muted d-none d-md-inline">#${index + 1}</a></div></div>
<div class="content mt-2 text-break" component="post/content" itemprop="text"><p dir="auto">${text}</p></div></div></div>
<div component="post/footer" class="post-footer border-bottom pb-2"><div component="post/signature" data-uid="${pid}" class="text-xs text-muted mt-2">Sent from my phone</div>
<div component="post/actions" class="d-flex justify-content-end gap-1 post-tools"><a component="post/reply" href="#" class="btn-ghost-sm" title="Reply"><i class="fa fa-fw fa-reply text-primary"></i></a><div class="d-flex votes align-items-center"><a component="post/upvote" href="#" class="btn-ghost-sm" title="Upvote post"><i class="fa fa-fw fa-chevron-up text-primary"></i></a><meta itemprop="upvoteCount" content="${votes}"><meta itemprop="downvoteCount" content="0"><a href="#" class="px-2 mx-1 btn-ghost-sm" component="post/vote-count" data-votes="${votes}" title="Voters">${votes}</a></div></div></div>
</li>`;

describe('a NodeBB topic', () => {
	const html = `<!doctype html><html lang="en-GB"><head><title>Battery drains overnight | Phone Forum</title></head><body><nav class="sidebar"><a href="/categories">Categories</a></nav><main id="panel"><div itemid="/topic/338/battery-drains-overnight" itemscope itemtype="https://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="Battery drains overnight">
<h1 component="post/header" class="tracking-tight fw-semibold fs-3 mb-0 text-break"><span class="topic-title" component="topic/title">Battery drains overnight</span></h1>
<div class="posts-container"><ul component="topic" class="posts timeline list-unstyled mt-sm-2 p-0 py-3" data-tid="338" data-cid="4">
${post(0, 1001, 'opener', '2025-03-01T21:05:00.000Z', 4, OPENING)}
${post(1, 1002, 'helper', '2025-03-01T22:10:00.000Z', 2, 'Check the battery usage screen, a sync app is usually the culprit.')}
${post(2, 1003, 'third', '2025-03-02T07:45:00.000Z', 0, 'That was it, thanks: the sync app kept it awake.', 1002)}
</ul></div></div></main></body></html>`;
	const snapshot = snapshotOf(html, 'https://forum.example/topic/338/battery-drains-overnight');

	it('takes the first post as the article, its poster as the author', () => {
		expect(snapshot.extractor.stages?.article).toBe('opening-post');
		expect(snapshot.article.body.map((block) => block.text).join('\n')).toBe(OPENING);
		expect(snapshot.article.authors.map((author) => author.name)).toEqual(['opener']);
		expect(snapshot.article.publishedAt).toBe('2025-03-01T21:05:00.000Z');
	});

	it('reads the replies with their poster, time, votes and words, and the post a reply answers as its parent', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:nodebb');
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.author.name, item.postedAt, item.score, item.text])).toEqual([
			['1002', null, 'helper', '2025-03-01T22:10:00.000Z', 2, 'Check the battery usage screen, a sync app is usually the culprit.'],
			['1003', '1002', 'third', '2025-03-02T07:45:00.000Z', 0, 'That was it, thanks: the sync app kept it awake.'],
		]);
	});
});
