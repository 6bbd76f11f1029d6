import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/** A WordPress comment whose author box links to `href` (themes write `href="#"` for a guest's name, a script opens their card). */
const comment = (id: number, name: string, href: string): string => `<li id="comment-${id}" class="comment"><article><footer class="comment-meta"><div class="comment-author vcard"><b class="fn"><a href="${href}" class="url">${name}</a></b></div><div class="comment-metadata"><time datetime="2025-03-01T10:0${id}:00+00:00">March 1, 2025</time></div></footer><div class="comment-content"><p>Comment ${id}: the battery test matches what I see on mine.</p></div></article></li>`;

describe('a link to a place on the same page', () => {
	const html = `<!doctype html><html lang="en"><head><title>Battery life</title></head><body><article><h1>Battery life</h1><p class="byline">By <a href="#" class="author">Jane Doe</a></p>${ARTICLE_PARAGRAPHS}</article>
<div id="comments" class="comments-area"><ol class="comment-list">${comment(1, 'Ann', '#')}${comment(2, 'Ben', '#comment-2')}${comment(3, 'Cat', '/members/cat/')}</ol></div></body></html>`;
	const snapshot = snapshotOf(html, 'https://blog.example/battery/');

	it('is not a commenter\'s page: only a link elsewhere is', () => {
		expect(snapshot.comments.items.map((item) => [item.author.name, item.author.url])).toEqual([
			['Ann', null],
			['Ben', null],
			['Cat', 'https://blog.example/members/cat/'],
		]);
	});

	it("is not the byline author's page either", () => {
		expect(snapshot.article.authors).toEqual([{name: 'Jane Doe', url: null}]);
	});
});
