import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A Slashdot discussion as Slash renders it: `li.comment#tree_N` items, each reply nested in its
 * parent's `ul#commtree_N`; the subject with its score "(Score:5, Insightful)", a details line
 * "by NAME" (the account's number after a member's name, no link for an Anonymous Coward) and
 * "on DATE (#N)", the words in `#comment_body_N`, the signature below them, and the reply links.
 */

const comment = (cid: number, by: string, date: string, score: string, text: string, replies = ''): string => `<li id="tree_${cid}" class="comment contain">
<div id="comment_status_${cid}" class="commentstatus"></div>
<div id="comment_${cid}" class="full">
	<div id="comment_top_${cid}" class="commentTop newcomment">
		<div class="title">
			<h4><a id="comment_link_${cid}" name="comment_link_${cid}" href="//slashdot.org/comments.pl?sid=1234&amp;cid=${cid}">Re:Battery life</a>
		 	<span id="comment_score_${cid}" class="score">(<a href="#">Score:${score}</a>)</span></h4>
		</div>
		<div class="details">
			<span class="by">by ${by}</span>
			<span class="otherdetails" id="comment_otherdetails_${cid}">on ${date} (<a href="//slashdot.org/comments.pl?sid=1234&amp;cid=${cid}">#${cid}</a>)<small></small></span>
		</div>
	</div>
	<div class="commentBody">
		<div id="comment_body_${cid}">${text}</div>
		<div id="comment_sig_${cid}" class="sig">--<br>Sent from my other phone</div>
	</div>
	<div class="commentSub" id="comment_sub_${cid}"><span class="nbutton"><p><b><a href="//slashdot.org/comments.pl?sid=1234&amp;op=Reply&amp;pid=${cid}">Reply to This</a></b></p></span></div>
</div>
${replies ? `<ul id="commtree_${cid}">${replies}</ul>` : ''}
</li>`;

describe('a Slashdot discussion', () => {
	const thread = `<div id="comments"><ul id="commentlisting" class="d2">
${comment(64500001, '<a href="//slashdot.org/~ann">ann (101025)</a>', 'Saturday March 01, 2025 @09:05PM', '5, Insightful', 'Two days of battery sounds optimistic.',
		comment(64500002, 'Anonymous Coward', 'Saturday March 01, 2025 @10:10PM', '-1, Troll', 'Not with dark mode on.'))}
${comment(64500003, '<a href="//slashdot.org/~cat">cat (2718)</a>', 'Sunday March 02, 2025 @07:45AM', '2', '<p>Is there a charger in the box?</p><blockquote>Quoted text</blockquote>')}
</ul></div>`;
	const snapshot = snapshotOf(articlePageWith(thread), 'https://hardware.slashdot.org/story/25/03/01/1234/battery-life');

	it('nests the replies, reads the score, and names members without their number and Anonymous Cowards without "by"', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:slashdot');
		const index = (id: string | null): number | null => (id === null ? null : snapshot.comments.items.findIndex((other) => other.id === id));
		expect(snapshot.comments.items.map((item) => [item.id, index(item.parentId), item.author.name, item.postedAt, item.score])).toEqual([
			['tree_64500001', null, 'ann', '2025-03-01T21:05:00Z', 5],
			['tree_64500002', 0, 'Anonymous Coward', '2025-03-01T22:10:00Z', -1],
			['tree_64500003', null, 'cat', '2025-03-02T07:45:00Z', 2],
		]);
	});

	it('keeps the words, not the signature, the subject or the reply links, and a quoted passage as a quote', () => {
		expect(snapshot.comments.items.map((item) => item.text)).toEqual(['Two days of battery sounds optimistic.', 'Not with dark mode on.', 'Is there a charger in the box?']);
		expect(snapshot.comments.items[2]?.quotes).toEqual([{author: null, text: 'Quoted text'}]);
		expect(snapshot.article.body.map((block) => block.text).join('\n')).not.toMatch(/optimistic|Anonymous Coward|Reply to This/);
	});
});
