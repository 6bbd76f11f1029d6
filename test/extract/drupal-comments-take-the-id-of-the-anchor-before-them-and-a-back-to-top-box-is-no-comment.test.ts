import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * Drupal's comment template anchors each comment with an empty `<a id="comment-N"></a>` right
 * before its `div.comment`, which has no id of its own; a page's panel can also repeat a
 * `div.comment` that holds only a "haut de page" (back to top) link under the form.
 */

const ARTICLE = `<div class="views-field-body"><div class="field-content"><p>C’est la guerre. Et pourtant, à moi aussi, la violence me manque. Faute d’audiences, certains s’essaient à la tribune, ce mauvais produit de substitution au tribunal qui consiste à écrire des choses que l’on regrettera plutôt que de les plaider.</p><p>Le débat scientifique a remplacé le débat judiciaire. Ce n’est pas beau à voir. Chacun propose sa solution, tout se prescrit, et les soignants choisissent un sac poubelle à leur taille.</p></div></div>`;

const comment = (id: number, name: string, when: string, words: string): string =>
	`<a id="comment-${id}"></a>
<div class="comment comment-published comment-by-anonymous clearfix">
  <div class="submitted">
    par <span class="username">${name}</span> le ${when}.   </div>
  <div class="content">
    <p>${words}</p>
  </div>
  <ul class="links"><li class="comment_hautpage first last active"><a href="/node/libre-cours#top" class="active">haut de page</a></li>
</ul></div>`;

describe('drupal comments', () => {
	it('take the anchor before them as their id, and a box holding only a back-to-top link is no comment', () => {
		const html = `<!doctype html><html lang="fr"><head><title>Libre cours</title></head><body><h1>Libre cours</h1>${ARTICLE}<div class="panel-pane pane-node-comments" id="comments"><h2 class="pane-title"><span>Commentaires</span></h2><div class="pane-content">${comment(13843, 'JPA', '7 mai 2020 - 12:38', 'Pourquoi en vouloir aux harpistes ? Bonne écoute')}${comment(13847, 'BINH', '7 mai 2020 - 15:39', 'Le confinement chauffe les esprits...!')}</div></div><div class="panel-pane pane-node-comment-form"><h2 class="pane-title"><span>Réagissez à cet article</span></h2><form id="comment-form"><textarea name="comment"></textarea></form><div class="links"><div class="panel-pane pane-node-comments"><div class="pane-content"><div class="comment"><ul class="links"><li class="comment_hautpage active"><a href="#">haut de page</a></li></ul></div></div></div></div></div></body></html>`;
		const result = extract(pageFromHtml(html, 'https://droit.example/node/libre-cours'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items.map((c) => [c.id, c.author.name, c.postedAt, c.text])).toEqual([
			['comment-13843', 'JPA', '2020-05-07T12:38:00Z', 'Pourquoi en vouloir aux harpistes ? Bonne écoute'],
			['comment-13847', 'BINH', '2020-05-07T15:39:00Z', 'Le confinement chauffe les esprits...!'],
		]);
	});
});
