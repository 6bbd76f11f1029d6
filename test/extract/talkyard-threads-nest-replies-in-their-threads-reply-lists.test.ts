import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Talkyard embedded comments as its script renders them (copied from the frame into the page):
 * the original post's thread `.dw-ar-t` (an empty stand-in for the embedding article) holds,
 * in `ol.dw-res`, one `.dw-t` thread per comment; each holds its post `.dw-p#post-N` (header
 * with the name parts and the time, body in `.dw-p-bd-blk`), its action links, and in its own
 * `ol.dw-res` the threads of its replies.
 */

const thread = (depth: number, nr: number, username: string, fullName: string, ago: string, text: string, replies = ''): string => `<div class="dw-t dw-depth-${depth}">
<div class="dw-p" id="post-${nr}"><div class="dw-p-hd"><span class="n_ByAt"><a class="dw-p-by esP_By" href="/-/users/${username}"><span class="esP_By_F">${fullName}</span> <span class="esP_By_U"><span class="esP_By_U_at">@</span>${username}</span></a><span class="n_EdAt"><span class="esP_H_At">${ago}</span></span></span></div>
<div class="dw-p-bd"><div class="dw-p-bd-blk"><p>${text}</p></div></div></div>
<div class="dw-p-as esPA"><a class="dw-a dw-a-reply icon-reply">Reply</a><a class="dw-a dw-a-like icon-heart">Like</a></div>
<div class="dw-single-and-multireplies"><ol class="dw-res dw-singlereplies">${replies ? `<li>${replies}</li>` : ''}</ol></div></div>`;

describe('a Talkyard comment tree', () => {
	const comments = `<div id="comments"><div data-newsvault-frame="https://comments.example/-/embedded-comments"><div class="dw-t dw-depth-0 dw-ar-t"><div class="dw-p dw-ar-p" id="post-1"><div class="dw-p-bd dw-ar-p-bd"><div class="dw-p-bd-blk"></div></div></div>
<div class="dw-single-and-multireplies"><ol class="dw-res dw-singlereplies">
<li>${thread(1, 2, 'ann', 'Ann Lee', '2 hours ago', 'Two days of battery sounds optimistic.', thread(2, 3, 'ben', 'Ben Ito', '1 hour ago', 'Not with dark mode on.'))}</li>
<li>${thread(1, 4, 'cat', 'Cat Ray', '3 hours ago', 'Is there a charger in the box?')}</li>
</ol></div></div></div></div>`;
	const snapshot = snapshotOf(articlePageWith(comments), 'https://blog.example/battery-life');

	it('nests each reply under the thread whose reply list holds it, with its name, time and words', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:talkyard');
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.author.name, item.postedAt, item.text])).toEqual([
			['post-2', null, 'Ann Lee', '2026-06-20T10:00:00.000Z', 'Two days of battery sounds optimistic.'],
			['post-3', 'post-2', 'Ben Ito', '2026-06-20T11:00:00.000Z', 'Not with dark mode on.'],
			['post-4', null, 'Cat Ray', '2026-06-20T09:00:00.000Z', 'Is there a charger in the box?'],
		]);
	});

	it('leaves the thread out of the article body', () => {
		expect(snapshot.article.body.map((block) => block.text).join('\n')).not.toMatch(/optimistic|dark mode|charger in the box|Reply/);
	});
});

describe('a Talkyard forum topic', () => {
	const html = `<!doctype html><html lang="en"><head><title>Battery life</title></head><body><div class="esPage"><div class="dw-t" id="dw-t-0"><div class="dw-p dw-p-ttl" id="post-0"><div class="dw-p-bd"><div class="dw-p-bd-blk"><h1 class="dw-p-ttl">Battery life</h1></div></div></div></div>
<div class="dw-t dw-depth-0 dw-ar-t"><div class="dw-p dw-ar-p" id="post-1"><div class="dw-p-bd dw-ar-p-bd"><div class="dw-p-bd-blk">${ARTICLE_PARAGRAPHS}</div></div></div>
<div class="dw-single-and-multireplies"><ol class="dw-res dw-singlereplies"><li>${thread(1, 2, 'ann', 'Ann Lee', '2 hours ago', 'Two days of battery sounds optimistic.')}</li></ol></div></div></div></body></html>`;
	const snapshot = snapshotOf(html, 'https://forum.example/-2/battery-life');

	it('keeps the original post as the article: only its reply lists are the thread', () => {
		expect(snapshot.comments.items.map((item) => item.text)).toEqual(['Two days of battery sounds optimistic.']);
		const body = snapshot.article.body.map((block) => block.text).join('\n');
		expect(body).toContain('A third paragraph closes the story');
		expect(body).not.toContain('optimistic');
	});
});
