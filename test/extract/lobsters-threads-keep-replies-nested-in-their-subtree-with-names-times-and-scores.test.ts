import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Lobsters (lobste.rs and the other sites running its code) opens each comment's subtree with
 * an `li.comments_subtree` holding the comment's `div.comment`, then its replies in an
 * `ol.comments`; the byline links the name twice (first around the avatar), the time carries
 * the absolute moment in its `title`, and the upvote link's text is the score.
 */

function comment(id: string, name: string, at: string, ago: string, score: string, words: string, replies = ''): string {
	return `<li class="comments_subtree">
<input id="comment_folder_${id}" class="comment_folder_button" type="checkbox">
<div class=" score_shown"></div>
<div id="c_${id}" data-shortid="${id}" class="comment">
  <div class="voters"><label for="comment_folder_${id}" class="comment_folder"></label><a class="upvoter" title="${score}" href="/login">${score}</a></div>
  <div class="details">
    <div class="byline">
      <a name="c_${id}"></a>
      <span class="">
        <a href="/~${name}"><img class="avatar" alt="${name} avatar" src="/avatars/${name}-16.png" width="16" height="16"></a>
        <a href="/~${name}" class="">${name}</a>
        <a href="/c/${id}"><time title="${at}" datetime="${at}">${ago}</time></a>
      </span>
      <span class="flagger flagger_stub"></span>
      <span class="reason"></span>
    </div>
    <div role="heading" aria-level="3" class="comment_text">${words}</div>
  </div>
</div>
<ol class="comments">${replies}</ol>
</li>`;
}

describe('a Lobsters story page', () => {
	it('reads each comment with its name, time and score, and its replies under it', () => {
		const html = `<!doctype html><html lang="en"><head><title>Charging curves of three phones | Lobsters</title></head><body>
<header id="nav"><a href="/" id="logo">Lobsters</a> <a href="/active">Active</a> <a href="/recent">Recent</a> <a href="/login">Login</a></header>
<div id="inside">
<ol class="stories"><li id="story_st0ry1" class="story"><div class="story_liner h-entry"><div class="details">
<span role="heading" aria-level="1" class="link"><a class="u-url" href="https://blog.example/charging-curves">Charging curves of three phones</a></span>
<div class="byline"><a href="/~poster">poster</a> <time title="2024-05-07 09:00:00" datetime="2024-05-07 09:00:00">10 hours ago</time>
<span class="comments_label"> | <a href="/s/st0ry1/charging_curves_of_three_phones">3 comments</a></span></div>
</div></div></li></ol>
<ol class="comments comments1">
${comment('aa11bb', 'first_reader', '2024-05-07 10:11:12', '9 hours ago', '17', '<p>The curve flattens at 80% on all three, which is the interesting part.</p>', comment('cc22dd', 'second_reader', '2024-05-07 11:30:00', '8 hours ago', '5', '<p>That is the charger backing off, not the battery.</p>'))}
${comment('ee33ff', 'third_reader', '2024-05-07 14:02:45', '5 hours ago', '~', '<p>Previous discussion: <a href="https://lobste.rs/s/zz11yy">https://lobste.rs/s/zz11yy</a></p>')}
</ol>
</div></body></html>`;
		const {comments} = snapshotOf(html, 'https://lobste.rs/s/st0ry1/charging_curves_of_three_phones');
		expect(comments.items.map((item) => [item.id, item.author.name, item.postedAt, item.score, item.parentId, item.depth, item.text])).toEqual([
			['c_aa11bb', 'first_reader', '2024-05-07T10:11:12Z', 17, null, 0, 'The curve flattens at 80% on all three, which is the interesting part.'],
			['c_cc22dd', 'second_reader', '2024-05-07T11:30:00Z', 5, 'c_aa11bb', 1, 'That is the charger backing off, not the battery.'],
			['c_ee33ff', 'third_reader', '2024-05-07T14:02:45Z', null, null, 0, 'Previous discussion: https://lobste.rs/s/zz11yy'],
		]);
		expect(comments.items[0]?.author.url).toBe('https://lobste.rs/~first_reader');
	});
});
