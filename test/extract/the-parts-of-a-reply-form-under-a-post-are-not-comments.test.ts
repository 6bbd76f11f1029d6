import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A hosted blog's reply form (WordPress.com's) sits in `#comments` and names its parts with ids
 * of the comments' own shape: `div#comment-form-identity` ("Trage deine Daten unten ein…"),
 * `div#comment-form-guest`, `div#comment-form-subscribe` ("Benachrichtigung bei weiteren
 * Kommentaren…"). A post nobody answered has no comments; one that has keeps only those.
 */
const URL = 'https://verein.example/2012/04/11/treffen-april-2012/';

const FORM = `<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Kommentar verfassen</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<div class="comment-form-field comment-textarea"><label for="comment">Gib hier Deinen Kommentar ein ...</label><div id="comment-form-comment"><textarea id="comment" name="comment"></textarea></div></div>
<div id="comment-form-identity"><div id="comment-form-nascar"><p>Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:</p></div>
<div id="comment-form-guest" class="comment-form-service selected"><div class="comment-form-fields"><div class="comment-form-field comment-form-email"><label for="email">E-Mail <span class="required">(erforderlich)</span> <span class="nopublish">(Adresse wird niemals veröffentlicht)</span></label><input id="email" name="email" type="email"></div></div></div></div>
<div id="comment-form-subscribe"><p class="comment-subscription-form"><input type="checkbox" name="subscribe" id="subscribe"> <label for="subscribe">Benachrichtigung bei weiteren Kommentaren per E-Mail senden.</label></p></div>
<p class="form-submit"><input name="submit" type="submit" id="comment-submit" value="Kommentar absenden"></p></form></div>`;

function comments(thread: string): string[] {
	return snapshotOf(articlePageWith(`<div id="comments">${thread}${FORM}</div>`), URL).comments.items.map((item) => item.text);
}

describe('the reply form under a post', () => {
	it('gives no comments when nobody answered', () => {
		expect(comments('')).toEqual([]);
	});

	it('adds none to the comments a post has', () => {
		const comment = (id: number, name: string, body: string): string => `<div id="comment-${id}"><span class="comment-author">${name}</span> <span class="comment-date">12. April 2012 um 10:0${id}</span><div class="comment-content"><p>${body}</p></div></div>`;
		expect(comments(comment(1, 'Anna', 'Danke für die Einladung, wir kommen gern wieder.') + comment(2, 'Ben', 'Die Vorträge waren kurz und gut.'))).toEqual([
			'Danke für die Einladung, wir kommen gern wieder.',
			'Die Vorträge waren kurz und gut.',
		]);
	});
});
