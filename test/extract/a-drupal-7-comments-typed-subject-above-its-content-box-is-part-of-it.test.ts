import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Drupal 7's Bartik theme prints a comment's subject as a heading above the content box, and the
 * words' body field opens that box after the RDF module's hidden `reply_of` marks:
 * `<h3>subject</h3><div class="content"><span rel="sioc:reply_of" …></span><div class="field-name-comment-body">`.
 * A subject the commenter typed is part of the comment; the default subject, the words' first
 * characters, is not said twice.
 */

const comment = (id: number, name: string, subject: string, words: string): string => `<a id="comment-${id}"></a>
<div class="comment clearfix" about="/comment/${id}#comment-${id}" typeof="sioc:Post sioct:Comment">
  <div class="attribution"><div class="comment-submitted"><p class="commenter-name"><span rel="sioc:has_creator"><a href="/user/${id}" class="username">${name}</a></span></p><p class="comment-time"><span property="dc:date dc:created" content="2015-03-01T10:05:00+01:00">Sun, 03/01/2015 - 10:05</span></p><p class="comment-permalink"><a href="/comment/${id}#comment-${id}" class="permalink" rel="bookmark">Permalink</a></p></div></div>
  <div class="comment-text"><div class="comment-arrow"></div><h3 property="dc:title"><a href="/comment/${id}#comment-${id}" class="permalink" rel="bookmark">${subject}</a></h3>
  <div class="content"><span rel="sioc:reply_of" resource="/node/7" class="rdf-meta element-hidden"></span><div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>${words}</p></div></div></div></div>
  <ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/7/${id}">reply</a></li></ul></div>
</div>`;

const THREAD = `<div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2>
${comment(1, 'ann', 'Two days of battery sounds', 'Two days of battery sounds optimistic with the screen this bright.')}
${comment(2, 'ben', 'Not with dark mode', 'It lasts, with dark mode on.')}
</div>`;

describe('a Drupal 7 comment with its subject above the content box', () => {
	it('keeps a typed subject and drops the default one cut from the words', () => {
		const snapshot = snapshotOf(articlePageWith(THREAD), 'https://site.example/node/7');
		expect(snapshot.comments.items.map((c) => [c.author.name, c.text])).toEqual([
			['ann', 'Two days of battery sounds optimistic with the screen this bright.'],
			['ben', 'Not with dark mode\nIt lasts, with dark mode on.'],
		]);
	});
});
