import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

/**
 * IntenseDebate as its script renders into `#idc-container`: each comment an `.idc-c#IDCommentN`
 * followed by its `#IDCommentSubThreadN` box, which holds the replies (the comment itself holds
 * none). The header's info line has the name and a time link, the vote total sits beside it,
 * the words are in `.idc-c-t-inner`, and the reply button follows them.
 */

const comment = (id: number, name: string, ago: string, votes: number, text: string, replies = ''): string => `<div id="IDComment${id}" class="idc-c">
<div class="idc-c-h"><div class="idc-c-h-inner"><a class="idc-a" href="https://intensedebate.com/people/${name}"><img class="idc-avatar" src="https://avatars.example/${name}.png" alt=""></a>
<p class="idc-i"><span><a href="https://intensedebate.com/people/${name}">${name}</a></span> <em class="idc-time"> · <a class="IDCommentTime" href="#IDComment${id}">${ago}</a></em></p>
<div class="idc-v"><a href="javascript: voteUp(${id})" class="idc-v-up">+</a><span class="idc-v-total">${votes}</span><a href="javascript: voteDown(${id})" class="idc-v-down">-</a></div></div></div>
<div class="idc-c-t"><div class="idc-c-t-inner">${text}</div></div>
<div class="idc-c-b"><a class="idc-btn_s" href="javascript: showReply(${id})"><span></span><span class="idc-r">Reply</span></a></div>
</div><div id="IDCommentSubThread${id}">${replies}</div>`;

describe('an IntenseDebate thread', () => {
	const thread = `<div id="idc-container"><div id="IDCommentsHead"><h3><span id="idc-commentcount_label">3 comments</span></h3></div>
<div id="idc-cover" class="idc-comments">
<div id="IDThread101" class="idc-thread">${comment(101, 'ann', '2 hours ago', 3, 'Two days of battery sounds optimistic.', comment(102, 'ben', '1 hour ago', -1, 'Not with dark mode on.'))}</div>
<div id="IDThread103" class="idc-thread">${comment(103, 'cat', '3 hours ago', 0, 'Is there a charger in the box?')}</div>
</div></div>`;
	const snapshot = snapshotOf(articlePageWith(thread), 'https://blog.example/battery-life');

	it('takes a reply\'s parent from the box it sits in, with its name, time, votes and words', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:intensedebate');
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.author.name, item.postedAt, item.score, item.text])).toEqual([
			['IDComment101', null, 'ann', '2026-06-20T10:00:00.000Z', 3, 'Two days of battery sounds optimistic.'],
			['IDComment102', 'IDComment101', 'ben', '2026-06-20T11:00:00.000Z', -1, 'Not with dark mode on.'],
			['IDComment103', null, 'cat', '2026-06-20T09:00:00.000Z', 0, 'Is there a charger in the box?'],
		]);
	});

	it('leaves none of the thread in the article body', () => {
		expect(snapshot.article.body.map((block) => block.text).join('\n')).not.toMatch(/optimistic|dark mode|charger in the box|Reply|3 comments/);
	});
});
