import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Drupal 7's comment template, as its core themes print it: an empty `<a id="comment-N">` before
 * each item, which the RDF module types `sioc:Post sioct:Comment`; the name in `.username`, the
 * time in the `dc:date dc:created` span's `content`, a "Permalink" link, the words in
 * `.field-name-comment-body`; a reply follows its parent in a sibling `div.indented` and names
 * it in a hidden `<span rel="sioc:reply_of" resource="/comment/1#comment-1">` (an RDFa link
 * without `href`). Names, dates, words without the meta line, and parents are read from those.
 */

const comment = (id: number, name: string, iso: string, shown: string, words: string, replyTo?: number): string => `<a id="comment-${id}"></a>
<div class="comment comment-by-anonymous clearfix" about="/comment/${id}#comment-${id}" typeof="sioc:Post sioct:Comment">
  <div class="attribution"><div class="comment-submitted">
    <p class="commenter-name"><span rel="sioc:has_creator"><span class="username" typeof="sioc:UserAccount" property="foaf:name">${name}</span></span></p>
    <p class="comment-time"><span property="dc:date dc:created" content="${iso}" datatype="xsd:dateTime">${shown}</span></p>
    <p class="comment-permalink"><a href="/comment/${id}#comment-${id}" class="permalink" rel="bookmark">Permalink</a></p>
  </div></div>
  <div class="comment-text"><div class="content">
    <span rel="sioc:reply_of" resource="/node/7" class="rdf-meta element-hidden"></span>${replyTo ? `<span rel="sioc:reply_of" resource="/comment/${replyTo}#comment-${replyTo}" class="rdf-meta element-hidden"></span>` : ''}
    <div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>${words}</p></div></div></div>
  </div></div>
  <ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/7/${id}">reply</a></li></ul>
</div>`;

const THREAD = `<div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2>
${comment(1, 'ann', '2015-03-01T10:05:00+01:00', 'Sun, 03/01/2015 - 10:05', 'Two days of battery sounds optimistic with the screen this bright.')}
<div class="indented">${comment(2, 'ben', '2015-03-01T11:20:00+01:00', 'Sun, 03/01/2015 - 11:20', 'It lasts, with dark mode on.', 1)}
<div class="indented">${comment(4, 'ann', '2015-03-02T09:00:00+01:00', 'Mon, 03/02/2015 - 09:00', 'Dark mode it is, then.', 2)}</div></div>
${comment(3, 'cat', '2015-03-01T12:00:00+01:00', 'Sun, 03/01/2015 - 12:00', 'Is there a charger in the box?')}
<h2 class="title comment-form">Add new comment</h2><form class="comment-form" action="/comment/reply/7" method="post"><textarea name="comment_body[und][0][value]"></textarea></form></div>`;

describe('a Drupal 7 comment thread', () => {
	const snapshot = snapshotOf(articlePageWith(THREAD), 'https://site.example/node/7');

	it('reads names, dates and words without the meta line', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:drupal');
		expect(snapshot.comments.items.map((item) => [item.id, item.author.name, item.postedAt, item.text])).toEqual([
			['comment-1', 'ann', '2015-03-01T10:05:00+01:00', 'Two days of battery sounds optimistic with the screen this bright.'],
			['comment-2', 'ben', '2015-03-01T11:20:00+01:00', 'It lasts, with dark mode on.'],
			['comment-4', 'ann', '2015-03-02T09:00:00+01:00', 'Dark mode it is, then.'],
			['comment-3', 'cat', '2015-03-01T12:00:00+01:00', 'Is there a charger in the box?'],
		]);
	});

	it('takes each reply\'s parent from its reply_of link', () => {
		expect(snapshot.comments.items.map((item) => [item.parentId, item.depth])).toEqual([
			[null, 0],
			['comment-1', 1],
			['comment-2', 2],
			[null, 0],
		]);
	});
});
