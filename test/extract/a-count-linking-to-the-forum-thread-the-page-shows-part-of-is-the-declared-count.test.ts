import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A rumour site shows a few posts of the story's forum thread under the story ("Top Rated
 * Comments", then "Read All Comments" linking to the forum thread) and prints the thread's size
 * only in the article footer, as a link to that same thread ("[ 85 comments ]"), the forum
 * addressing it with its slug or by its id alone. That count is this thread's; a sidebar's count
 * linking to another story's forum thread is not, even when a comment links to that thread.
 */

function comment(name: string, post: number, text: string): string {
	return `<div class="comment"><div class="avatar"><a href="https://forums.example/members/${post - 7}"><img src="/avatar.png" alt="Avatar"></a></div>
<div class="comment_content"><div class="username"><a href="https://forums.example/posts/${post}">${name}</a></div><div class="date">Jan 18, 2017 at 11:46 am</div>
<div class="content">${text}</div><div class="rating"><strong>Rating:</strong> 16 Votes</div></div></div>`;
}

function declaredCount(footerHref: string, thirdComment = 'Or better yet, make it charge from the earbuds case, which could hold it too.'): number | null {
	const html = `<!doctype html><html lang="en"><head><title>Second-generation stylus rumored for March</title></head><body>
<div class="article"><h1 class="title">Second-generation stylus rumored for March</h1><div class="content">${ARTICLE_PARAGRAPHS}</div>
<div class="footer"><div class="comments">[ <a href="${footerHref}">85 comments</a> ]</div></div></div>
<div id="commentsContainer"><div id="comments"><h2>Top Rated Comments</h2><a href="https://forums.example/threads/2028236" class="view_all">(View all)</a>
${comment('jyen', 24208508, 'Let me guess: thinner, shorter battery life, a price bump, now in jet black.')}
${comment('Appleaker', 24208525, 'Hopefully it charges wirelessly from the side of the tablet, and gains an eraser.')}
${comment('sbailey4', 24208748, thirdComment)}
[ <a href="https://forums.example/threads/2028236" class="view_more">Read All Comments</a> ]</div></div>
<div id="right"><h2>More Blog Stories</h2><ul><li><h4><a href="/2017/01/18/streaming-profiles/">Streaming app adds profiles</a></h4>
<div class="comments"><a href="https://forums.example/threads/streaming-profiles.2028202/">12 comments</a></div></li></ul></div></body></html>`;
	return snapshotOf(html, 'https://rumors.example/2017/01/18/stylus-2-march-2017/').comments.declaredCount;
}

describe('a count linking to the forum thread the page shows part of', () => {
	it('is the declared count when it links to the same thread address', () => {
		expect(declaredCount('https://forums.example/threads/2028236')).toBe(85);
	});

	it('is the declared count when the forum names the thread with its slug before the id', () => {
		expect(declaredCount('https://forums.example/threads/stylus-2-march-2017.2028236/')).toBe(85);
	});

	it('is not when it links to another thread', () => {
		expect(declaredCount('https://forums.example/threads/streaming-profiles.2028202/')).toBeNull();
	});

	it('is not when a comment links to the other thread the count links to', () => {
		const citing = 'Same as in the <a href="https://forums.example/threads/streaming-profiles.2028202/">profiles thread</a>: people want an eraser.';
		expect(declaredCount('https://forums.example/threads/streaming-profiles.2028202/', citing)).toBeNull();
	});
});
