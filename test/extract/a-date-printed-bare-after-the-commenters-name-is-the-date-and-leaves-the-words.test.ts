import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Some blog themes print the commenter's name, a line break, the date as bare text, and then the
 * words in paragraphs, all in one box: `<span class="author">Ann</span><br>März 7, 2018 <p>…</p>`.
 * The date is the bare text right after the name; the box is not a "name and date" line (it holds
 * the words), so a short comment keeps its words and a long one does not open with the date.
 */

const item = (id: number, name: string, shown: string, words: string): string => `<li class="comment depth-1" id="li-comment-${id}">
<div id="comment-${id}" class="comment-body clearfix">
<div class="wrapper"><div class="comment-author vcard"><img alt="" src="https://gravatar.example/avatar/${id}?s=65" class="avatar avatar-65 photo" height="65" width="65"></div>
<div class="extra-wrap"><span class="author">${name}</span><br>
${shown}		${words}
</div></div>
<div class="wrapper"><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${id}">Reply</a></div></div>
</div></li>`;

const THREAD = `<div id="comments" class="comment-holder"><h5 class="comments-h">2 Comments</h5><ul class="commentlist">
${item(11, 'Miriam', 'März 7, 2018', '<p>Plantur kenne ich, aber dieses Shampoo noch nicht.<br>LG, Miriam</p>')}
${item(12, 'Jessi', 'August 24, 2018', '<p>Ich möchte gerne mein natürliches graues Haar wachsen lassen, mein früheres Haar war braun und so lasse ich es seit Jahren färben.</p><p>Sind dieses Shampoo und die Spülung wirklich auswaschbar? Dankeschön!</p>')}
</ul></div>`;

describe('a date printed as bare text after the commenter\'s name', () => {
	const snapshot = snapshotOf(articlePageWith(THREAD), 'https://blog.example/2018/03/07/im-test/');

	it('dates the comment and leaves the words whole', () => {
		expect(snapshot.comments.items.map((c) => [c.author.name, c.postedAt?.slice(0, 10), c.text])).toEqual([
			['Miriam', '2018-03-07', 'Plantur kenne ich, aber dieses Shampoo noch nicht. LG, Miriam'],
			['Jessi', '2018-08-24', 'Ich möchte gerne mein natürliches graues Haar wachsen lassen, mein früheres Haar war braun und so lasse ich es seit Jahren färben. Sind dieses Shampoo und die Spülung wirklich auswaschbar? Dankeschön!'],
		]);
	});
});
