import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A how-to site folds its thread away under a link that opens it ("JOIN THE DISCUSSION (7
 * REPLIES)", its `onclick` toggling `#discusscomments`), and shows 3 of the 7 replies; another
 * site opens its thread with a "Show comments (12)" button whose `aria-controls` names the box.
 * The control labels the thread it opens: its count is the declared count. A control opening
 * something else (a menu) says nothing of the thread.
 */

function comment(name: string, text: string): string {
	return `<li class="comment-def"><div class="commentmetadata date"><a href="#">December 9, 2016</a></div><div class="commentauthor"><div class="ca2">${name}</div></div><div class="commenttext"><p>${text}</p></div></li>`;
}

const THREAD = `<ul class="commentlist">
${comment('Jason Dagless', 'I have a Dot and an Echo here in the UK and the launch was a bit of a disappointment, many services have not arrived.')}
${comment('Tim', 'The Echo Dot can also connect to bluetooth speakers, which the article does not mention at all.')}
${comment('Tony Schlisser', 'The article does not mention that the Echo also reads audio books and Kindle books aloud on demand.')}
</ul>`;

function declaredCount(control: string, boxId = 'discusscomments'): number | null {
	const html = articlePageWith(`<div class="discuss">${control}</div><div id="${boxId}" style="display:none;">${THREAD}</div>`);
	return snapshotOf(html, 'https://howto.example/282568/echo-vs-home/').comments.declaredCount;
}

describe('the control that opens the thread', () => {
	it('gives the declared count from its onclick handler', () => {
		expect(declaredCount(`<a id="discusslink" href="#" onclick="$('#discusscomments').toggle();return false;">JOIN THE DISCUSSION (7 REPLIES)</a>`)).toBe(7);
	});

	it('gives the declared count from its aria-controls', () => {
		expect(declaredCount('<button type="button" aria-controls="thread-box" aria-expanded="false">Show comments (12)</button>', 'thread-box')).toBe(12);
	});

	it('does not when it opens something else', () => {
		expect(declaredCount('<button type="button" aria-controls="site-menu">Top stories (12 replies today)</button><nav id="site-menu"></nav>')).toBeNull();
	});
});
