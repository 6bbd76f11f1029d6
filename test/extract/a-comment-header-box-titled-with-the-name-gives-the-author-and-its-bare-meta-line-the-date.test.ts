import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

const URL = 'https://news.example/48915/parite-au-dessous-de-la-moyenne/';

/**
 * A news theme's WordPress thread: each `li.comment` holds a header box with the avatar, the
 * name as a heading and a meta line that is the bare date, then the words in `.comment-body`
 * (a class WordPress core gives the whole comment, so no text rule names it).
 */
function headerBoxComment(id: string, name: string, date: string, words: string): string {
	return `<li class="comment even thread-even depth-1 comment-box" id="comment-${id}">
<div class="comment-header">
<img alt src="https://secure.gravatar.com/avatar/${id}?s=50&#038;d=mm&#038;r=g" class="avatar avatar-50 photo" height="50" width="50">
<h3>${name}</h3>
<p class="comment-meta">${date}</p>
</div>
<div class="comment-body">
<p><p>${words}</p></p>
<p class="tm-js-reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${id}" data-commentid="${id}">Répondre</a></p>
</div>
</li>`;
}

describe('a comment header box titled with the name', () => {
	it('gives the name as the author, the meta line as the date, and neither as the words', () => {
		const thread = `<div id="comments" class="comments-container"><h4 class="block-title"><span>2 commentaires</span></h4><ol class="commentlist">
${headerBoxComment('957', 'Liberte', '18/02/2020 à 16:42', 'La parité je veux bien, surtout en ce moment pour la constitution du nouveau gouvernement.')}
${headerBoxComment('958', 'Samir B.', '19/02/2020 à 09:05', 'Les chiffres du rapport méritent un vrai débat au parlement.')}
</ol></div>`;
		const {items} = snapshotOf(articlePageWith(thread), URL).comments;
		expect(items.map((comment) => comment.author.name)).toEqual(['Liberte', 'Samir B.']);
		expect(items.map((comment) => comment.postedAt)).toEqual(['2020-02-18T16:42:00Z', '2020-02-19T09:05:00Z']);
		expect(items[0]?.text).toBe('La parité je veux bien, surtout en ce moment pour la constitution du nouveau gouvernement.');
	});
});
