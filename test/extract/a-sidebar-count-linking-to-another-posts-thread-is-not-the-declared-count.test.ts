import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * A magazine theme lists its latest posts in the sidebar, each with its comment count in an
 * `a.comment-count-link` to that post's `#comments`. Those counts are the other posts': the
 * first of them ("0") is not this thread's size. This thread's heading says "3 Kommentare".
 */

const ARTICLE = `<article class="post"><h1>Favoritin verpasst die Spiele</h1><div class="entry-content"><p>Die Spiele werden ohne die große Favoritin stattfinden: Ein positiver Test kurz vor der Abreise hat ihre Teilnahme verhindert, wie der Verband am Dienstag mitteilte.</p><p>Sie werde sich nun eine Auszeit nehmen, um zu Kräften zu kommen, schrieb sie in den sozialen Medien, und dann mit neuen Zielen zurückkehren.</p></div></article>`;

const comment = (id: number, name: string, words: string): string =>
	`<li id="comment-${id}" class="comment depth-1"><article id="div-comment-${id}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${name}</b> <span class="says">sagt:</span></div><div class="comment-metadata"><a href="https://sport.example/favoritin/#comment-${id}"><time datetime="2022-02-01T18:34:15+00:00">1. Februar 2022 um 18:34 Uhr</time></a></div></footer><div class="comment-content"><p>${words}</p></div></article></li>`;

const latest = (slug: string, title: string, count: number): string =>
	`<li class="custom-posts-item"><p class="custom-posts-title"><a href="https://sport.example/${slug}/">${title}</a></p><span class="meta-comments"><a class="comment-count-link" href="https://sport.example/${slug}/#mh-comments">${count}</a></span></li>`;

describe('a sidebar count linking to another post’s thread', () => {
	it('is not the declared count', () => {
		const html = `<!doctype html><html lang="de"><head><title>Favoritin verpasst die Spiele</title></head><body><div class="content">${ARTICLE}<div id="comments" class="comments-wrap"><h4 class="widget-title"><span>3 Kommentare</span></h4><ol class="commentlist">${comment(1, 'Manfred', 'Warum erwischt es immer die Besten? Kopf hoch und gute Besserung!')}${comment(2, 'bibi', 'Du bist dann erst 24 und kannst beim nächsten Mal Olympiasiegerin werden.')}${comment(3, 'Carina', 'Das Mädel tut mir irre leid.')}</ol></div></div><aside class="sidebar"><h4>Neueste News</h4><ul>${latest('tande-verpasst', 'Tande verpasst den ersten Bewerb', 0)}${latest('lindvik-siegt', 'Lindvik siegt in Willingen', 12)}</ul></aside></body></html>`;
		const result = extract(pageFromHtml(html, 'https://sport.example/favoritin/'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items.map((c) => c.author.name)).toEqual(['Manfred', 'bibi', 'Carina']);
		expect(result.snapshot.comments.declaredCount).toBe(3);
	});
});
