import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Forums and blogs draw the smileys their writers type as pictures in the line (`img.smilie`,
 * `img.wp-smiley`, WordPress's `img.emoji`, IP.Board's `img.bbc_emoticon`), the typed
 * characters in `alt`. Such a picture is a word of its line: the paragraph goes on around it,
 * it is no picture of the story (nor its lead picture), and a comment keeps it too.
 */

const OPENING = '<p>The update landed overnight and the phone has been noticeably cooler since, even with the camera running for a long stretch outdoors.</p>';

describe('a smiley in a line of text', () => {
	it('is written as its characters inside the paragraph, in the article and in a comment', () => {
		const html = `<!doctype html><html lang="en"><head><title>Cooler after the update</title></head><body>
<article class="post"><h1 class="entry-title">Cooler after the update</h1><div class="entry-content">${OPENING}
<p>Battery life is up as well <img src="https://blog.example/wp-includes/images/smilies/icon_smile.gif" alt=":)" class="wp-smiley" /> and charging stays quick.</p>
<p>Thanks to everyone who tested the beta <img draggable="false" role="img" class="emoji" alt="🙏" src="https://s.w.org/images/core/emoji/14.0.0/svg/1f64f.svg"> with us.</p></div></article>
<div id="comments"><ol class="commentlist"><li class="comment" id="comment-7"><div class="comment-author vcard"><cite class="fn">Ann</cite></div>
<div class="comment-meta commentmetadata"><a href="#comment-7">May 3, 2021 at 9:15 am</a></div>
<div class="comment-content"><p>Same here <img class="smilies" src="/images/smilies/icon_e_biggrin.gif" alt=":D" title="Very Happy" /> mine runs cooler too.</p></div></li></ol></div>
</body></html>`;
		const snapshot = snapshotOf(html, 'https://blog.example/2021/05/cooler-after-the-update/');
		expect(snapshot.article.body.map((block) => [block.type, block.text])).toEqual([
			['paragraph', 'The update landed overnight and the phone has been noticeably cooler since, even with the camera running for a long stretch outdoors.'],
			['paragraph', 'Battery life is up as well :) and charging stays quick.'],
			['paragraph', 'Thanks to everyone who tested the beta 🙏 with us.'],
		]);
		expect(snapshot.article.image).toBeNull();
		expect(snapshot.comments.items.map((item) => item.text)).toEqual(['Same here :D mine runs cooler too.']);
	});

	it('is told by its class: another icon set in a line (vBulletin\'s "View Post" arrow, `img.inlineimg`) is not written', () => {
		const html = `<!doctype html><html lang="en"><head><title>Cooler after the update</title></head><body>
<article class="post"><h1 class="entry-title">Cooler after the update</h1><div class="entry-content">${OPENING}</div></article>
<div id="comments"><ol class="commentlist"><li class="comment" id="comment-7"><div class="comment-author vcard"><cite class="fn">Ann</cite></div>
<div class="comment-meta commentmetadata"><a href="#comment-7">May 3, 2021 at 9:15 am</a></div>
<div class="comment-content"><div>Originally Posted by <strong>Ben</strong> <a href="/showthread.php?p=101#post101" rel="nofollow"><img class="inlineimg" src="/images/buttons/viewpost.gif" alt="View Post" /></a></div><p>Mine runs cooler too.</p></div></li></ol></div>
</body></html>`;
		expect(snapshotOf(html, 'https://blog.example/2021/05/cooler-after-the-update/').comments.items.map((item) => item.text)).toEqual(['Originally Posted by Ben Mine runs cooler too.']);
	});
});
