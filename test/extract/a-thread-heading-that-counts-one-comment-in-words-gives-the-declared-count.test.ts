import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

const URL = 'https://news.example/48915/parite-au-dessous-de-la-moyenne/';

/** A WordPress thread of one comment under `heading`, as themes title it when the count is one. */
function oneCommentUnder(heading: string): string {
	return `<div id="comments" class="comments-area"><h2 class="comments-title">${heading}</h2><ol class="comment-list">
<li id="comment-957" class="comment depth-1"><article id="div-comment-957" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Liberte</b> <span class="says">dit :</span></div>
<div class="comment-metadata"><a href="${URL}#comment-957"><time datetime="2020-02-18T16:42:00+01:00">18 février 2020 à 16 h 42</time></a></div></footer>
<div class="comment-content"><p>La parité je veux bien, surtout en ce moment pour la constitution du nouveau gouvernement.</p></div>
</article></li></ol></div>`;
}

describe('a thread heading that counts one comment in words', () => {
	it.each(['Un commentaire', 'One Comment', 'Ein Kommentar', 'Eine Antwort', 'One Response'])('reads "%s" as one', (heading) => {
		const {comments} = snapshotOf(articlePageWith(oneCommentUnder(heading)), URL);
		expect(comments.items).toHaveLength(1);
		expect(comments.declaredCount).toBe(1);
	});

	it('does not read a heading that goes on after the noun ("Ein Kommentar zum Schluss")', () => {
		expect(snapshotOf(articlePageWith(oneCommentUnder('Ein Kommentar zum Schluss')), URL).comments.declaredCount).toBeNull();
	});
});
