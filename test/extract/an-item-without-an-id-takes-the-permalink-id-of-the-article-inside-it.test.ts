import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * A WordPress theme moves the comment's `id="comment-83749"` from the `<li>` onto the
 * `<article>` inside it and numbers its comments in a box of their own. The article's id is
 * what the comment's permalink (`#comment-83749`) points at, so it is the comment's id, and
 * the reply's parent is named by it — not by the ordinal the theme prints.
 */

const item = (id: number, ordinal: number, name: string, iso: string, words: string, replies = ''): string =>
	`<li class="comment depth-1"><article id="comment-${id}" class="comment-article media"><span class="comment-number">${ordinal}</span><aside class="comment__avatar media__img"><img alt="" src="https://avatars.example/${id}.png" class="avatar" height="96" width="96"></aside><div class="media__body"><header class="comment__meta comment-author"><span class="comment__author-name">${name}</span> <time class="comment__time" datetime="${iso}"><a href="https://blog.example/editors-letter/#comment-${id}" class="comment__timestamp">on 11/08/2020 at 21:17</a></time><div class="comment__links"><a rel="nofollow" class="comment-reply-link" href="#comment-${id}">Antworten</a></div></header><section class="comment__content comment"><p>${words}</p></section></div></article>${replies}</li>`;

describe('an item without an id', () => {
	it('takes the permalink id of the article inside it', () => {
		const thread = item(83749, 41, 'Saskia', '2020-08-11T21:17:17+02:00', 'Absolut richtig, wie du das angehst: erst einmal schauen, wie das Elternsein so ist.', `<ul class="children">${item(84280, 42, 'Swantje', '2020-08-16T12:59:36+02:00', 'Danke dir, von Herzen!')}</ul>`) + item(83752, 43, 'Nada', '2020-08-11T22:04:02+02:00', 'Habe die Wochen sehr oft an dich gedacht. Du wuppst das!');
		const html = `<!doctype html><html lang="de"><head><title>Editor's Letter</title></head><body><article class="post"><h1>Editor's Letter: bye, hi Baby!</h1><div class="entry-content"><p>Lange habe ich diesen Brief vor mir hergeschoben, denn er ist ein Abschied auf Zeit, und ich wollte die richtigen Worte finden.</p><p>Ich werde mir eine Auszeit nehmen, um die ersten Monate ganz bewusst zu erleben, und das Magazin in gute Hände geben.</p></div></article><div id="comments" class="comments-area"><ol class="commentlist">${thread}</ol></div></body></html>`;
		const result = extract(pageFromHtml(html, 'https://blog.example/editors-letter/'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items.map((c) => [c.id, c.parentId, c.author.name])).toEqual([
			['comment-83749', null, 'Saskia'],
			['comment-84280', 'comment-83749', 'Swantje'],
			['comment-83752', null, 'Nada'],
		]);
	});
});
