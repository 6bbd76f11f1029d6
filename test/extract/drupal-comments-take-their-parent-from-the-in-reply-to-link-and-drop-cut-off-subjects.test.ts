import {describe, expect, it} from 'vitest';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf as extractedSnapshot} from '../helpers/snapshot-of.js';

/**
 * Drupal's comment module (core themes): a reply follows its parent in a sibling
 * `div.indented` rather than inside it, and names the parent in a visually hidden "In reply
 * to" link. A subject the commenter typed is part of the comment; the default subject, the
 * body's first words cut off with an ellipsis, is not said twice.
 */

const comment = (id: number, author: string, date: string, subject: string, body: string, parent?: {id: number; subject: string; author: string}): string => `<a id="comment-${id}"></a>
<article role="article" data-comment-user-id="${id}" class="comment js-comment clearfix"><span class="hidden" data-comment-timestamp="1740823500"></span>
<footer class="comment__meta"><article class="profile"></article><p class="comment__author"><a title="View user profile." href="/user/${id}" class="username">${author}</a></p><p class="comment__time">${date}</p><p class="comment__permalink"><a href="/comment/${id}#comment-${id}" hreflang="en">Permalink</a></p>
${parent ? `<p class="visually-hidden">In reply to <a href="/comment/${parent.id}#comment-${parent.id}" hreflang="en">${parent.subject}</a> by <a title="View user profile." href="/user/${parent.id}" class="username">${parent.author}</a></p>` : ''}</footer>
<div class="comment__content"><h3><a href="/comment/${id}#comment-${id}" class="permalink" rel="bookmark" hreflang="en">${subject}</a></h3>
<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>${body}</p></div>
<nav><ul class="links inline"><li class="comment-delete"><a href="/comment/${id}/delete" hreflang="en">Delete</a></li><li class="comment-edit"><a href="/comment/${id}/edit" hreflang="en">Edit</a></li><li class="comment-reply"><a href="/comment/reply/node/7/comment/${id}" hreflang="en">Reply</a></li></ul></nav></div></article>`;

function snapshotOf(): Snapshot {
	const thread = `<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-form__title">Comments</h2>
${comment(1, 'ann', 'Sat, 03/01/2025 - 10:05', 'Two days of battery sounds…', 'Two days of battery sounds optimistic with the screen this bright.')}
<div class="indented">${comment(2, 'ben', 'Sat, 03/01/2025 - 11:20', 'Not with dark mode', 'It lasts, with dark mode on.', {id: 1, subject: 'Two days of battery sounds…', author: 'ann'})}</div>
${comment(3, 'cat', 'Sun, 03/02/2025 - 08:00', 'Charger', 'Is there a charger in the box?')}
</section>`;
	const html = `<!doctype html><html lang="en"><head><title>Battery life</title></head><body><main><article class="node node--type-article"><h1>Battery life</h1><div class="node__content">${ARTICLE_PARAGRAPHS}</div></article>${thread}</main></body></html>`;
	return extractedSnapshot(html, 'https://site.example/node/7');
}

describe('a Drupal comment thread', () => {
	const snapshot = snapshotOf();

	it('rebuilds the reply from its "In reply to" link, with permalinks as ids', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:drupal');
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.author.name, item.postedAt])).toEqual([
			['/comment/1#comment-1', null, 'ann', '2025-03-01T10:05:00Z'],
			['/comment/2#comment-2', '/comment/1#comment-1', 'ben', '2025-03-01T11:20:00Z'],
			['/comment/3#comment-3', null, 'cat', '2025-03-02T08:00:00Z'],
		]);
	});

	it('keeps a typed subject and drops the default one cut from the body, and leaves the links out', () => {
		expect(snapshot.comments.items.map((item) => item.text)).toEqual([
			'Two days of battery sounds optimistic with the screen this bright.',
			'Not with dark mode\nIt lasts, with dark mode on.',
			'Charger\nIs there a charger in the box?',
		]);
	});

	it('leaves the thread out of the article', () => {
		const body = snapshot.article.body.map((block) => block.text).join('\n');
		expect(body).toContain('batteries that last two days');
		expect(body).not.toContain('optimistic with the screen');
	});
});
