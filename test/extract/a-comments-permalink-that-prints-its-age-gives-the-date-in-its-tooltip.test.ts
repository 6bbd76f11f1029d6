import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A newsletter platform's comments under a post, in hashed class names no rule knows: the name
 * links to the commenter's profile, and the comment's permalink prints its age ("6d") while its
 * tooltip spells out the date ("Jun 9, 2026, 11:38 AM"). The tooltip is the comment's date.
 */
const comment = (id: number, name: string, date: string, text: string): string => `<div class="comment"><div id="comment-${id}" class="comment-anchor"></div>
<div role="article" aria-label="Comment by ${name}" class="pc-display-flex pc-gap-12 comment-content"><div class="pc-flexDirection-column"><a href="https://platform.example/profile/${id}-${name.toLowerCase()}" aria-label="View ${name}'s profile"><img src="https://cdn.example/avatars/${id}.png" alt="${name}'s avatar" width="32" height="32"></a></div>
<div class="flex-grow-rzmknG"><div class="pc-display-flex pc-gap-8"><span class="weight-medium-fw81nC"><a href="https://platform.example/profile/${id}-${name.toLowerCase()}" class="link-LIBpto">${name}</a></span>
<a href="https://letter.example/p/issue-500/comment/${id}" rel="nofollow" title="${date}" class="color-secondary-ls1g8s"><span class="size-13-hZTUKr">6d</span></a></div>
<div class="comment-body expanded"><p><span>${text}</span></p></div>
<div class="comment-actions"><a class="link-_X6et2"><div class="meta-EgzBVA">Reply</div></a><a class="link-_X6et2"><div class="meta-EgzBVA">Share</div></a></div></div></div></div>`;

describe('a comment\'s permalink that prints its age', () => {
	it('gives the date in its tooltip', () => {
		const html = `<!doctype html><html lang="en"><head><title>Issue 500</title></head><body><article><h1>Issue 500</h1><div class="body markup">${ARTICLE_PARAGRAPHS}</div></article>
<div id="discussion"><h4>Discussion about this post</h4><div class="comment-list"><div class="comment-list-items">
${comment(273187905, 'Ess', 'Jun 9, 2026, 11:38 AM', 'Congratulations on the five hundredth issue, and thanks for every one of them!')}
${comment(273267365, 'Light', 'Jun 9, 2026, 2:15 PM', 'The court got this one right, and the drivers will find a way around it anyway.')}
</div></div></div></body></html>`;
		const snapshot = snapshotOf(html, 'https://letter.example/p/issue-500', {profiles: [], now: new Date('2026-06-15T12:00:00Z')});
		expect(snapshot.comments.items.map((item) => [item.author.name, item.postedAt])).toEqual([
			['Ess', '2026-06-09T11:38:00Z'],
			['Light', '2026-06-09T14:15:00Z'],
		]);
	});
});
