import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * bbPress (the WordPress forum plugin) prints each post as two boxes: a header with the date and
 * the "#id" permalink, then the box with the poster and the words. Both are the post. The
 * topic's own post (typed `type-topic`) is the article; threaded replies sit in a
 * `ul.bbp-threaded-replies` right after their parent's box.
 */

const F = 'https://blog.example.org/forums';
const OPENING = 'Since the update my phone loses about twenty percent overnight with nothing running. Safe mode shows the same drain, so which service keeps it awake?';

function post(id: number, kind: 'topic' | 'reply', name: string, date: string, words: string, replies = ''): string {
	return `<li><div id="post-${id}" class="bbp-reply-header"><div class="bbp-meta"><span class="bbp-reply-post-date">${date}</span>
<a href="${F}/topic/battery-drains/#post-${id}" class="bbp-reply-permalink">#${id}</a><span class="bbp-admin-links"></span></div></div>
<div class="loop-item-0 user-id-${id % 50} bbp-parent-forum-12 bbp-parent-topic-4821 odd post-${id} ${kind} type-${kind} status-publish hentry">
<div class="bbp-reply-author"><a href="${F}/users/${name}/" title="View ${name}&#039;s profile" class="bbp-author-link"><span class="bbp-author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/${id}?s=80" class="avatar avatar-80 photo" height="80" width="80"></span><br><span class="bbp-author-name">${name}</span></a><br><div class="bbp-author-role">Participant</div></div>
<div class="bbp-reply-content"><p>${words}</p></div></div>
${replies ? `<ul class='bbp-threaded-replies'>${replies}</ul>` : ''}</li>`;
}

describe('a bbPress topic', () => {
	it('reads each header with the box after it, the topic’s post as the article and threaded replies under their parent', () => {
		const html = `<!doctype html><html lang="en-US"><head><title>Battery drains overnight – Phone Owners Blog</title></head>
<body class="topic bbpress single single-topic"><header class="site-header"><a href="https://blog.example.org/">Phone Owners Blog</a></header>
<main><article class="post-4821 topic type-topic status-publish hentry"><h1 class="entry-title">Battery drains overnight</h1><div class="entry-content">
<div id="bbpress-forums" class="bbpress-wrapper">
<div class="bbp-template-notice info"><ul><li class="bbp-topic-description">This topic has 3 replies, 3 voices, and was last updated 2 days ago by <a href="${F}/users/third/" class="bbp-author-link"><span class="bbp-author-name">third</span></a>.</li></ul></div>
<ul id="topic-4821-replies" class="forums bbp-replies">
<li class="bbp-header"><div class="bbp-reply-author">Author</div><div class="bbp-reply-content">Posts</div></li>
<li class="bbp-body"><ul>
${post(4821, 'topic', 'opener', 'March 2, 2020 at 9:15 pm', OPENING)}
${post(4826, 'reply', 'helper', 'March 2, 2020 at 10:40 pm', 'Check the wakelocks in the battery statistics.', post(4829, 'reply', 'opener', 'March 2, 2020 at 11:02 pm', 'The radio it is, thanks.'))}
${post(4830, 'reply', 'third', 'March 3, 2020 at 7:45 am', 'Same here, a reset fixed it for two days.')}
</ul></li>
<li class="bbp-footer"><div class="bbp-reply-author">Author</div><div class="bbp-reply-content">Posts</div></li>
</ul></div></div></article></main></body></html>`;
		const snapshot = snapshotOf(html, `${F}/topic/battery-drains/`);
		expect(snapshot.extractor.stages?.comments).toBe('platform:bbpress');
		expect(snapshot.article.body.map((block) => block.text)).toEqual([OPENING]);
		expect(snapshot.article.authors.map((author) => author.name)).toEqual(['opener']);
		expect(snapshot.article.publishedAt).toBe('2020-03-02T21:15:00Z');
		expect(snapshot.comments.items.map((item) => [item.id, item.author.name, item.author.url, item.postedAt, item.parentId, item.text])).toEqual([
			['post-4826', 'helper', `${F}/users/helper/`, '2020-03-02T22:40:00Z', null, 'Check the wakelocks in the battery statistics.'],
			['post-4829', 'opener', `${F}/users/opener/`, '2020-03-02T23:02:00Z', 'post-4826', 'The radio it is, thanks.'],
			['post-4830', 'third', `${F}/users/third/`, '2020-03-03T07:45:00Z', null, 'Same here, a reset fixed it for two days.'],
		]);
	});
});
