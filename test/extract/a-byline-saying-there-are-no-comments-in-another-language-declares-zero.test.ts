import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Blogs print a post's comment count in its byline as a link to the thread, and print zero in
 * words: "No comments", and as the translations have it, "Keine Kommentare", "Aucun
 * commentaire", "Nessun commento". Each of them declares a thread of none.
 */

const page = (label: string, lang: string): string => `<!doctype html><html lang="${lang}"><head><title>Münzwürfe</title><link rel="canonical" href="https://blog.example/2023/11/06/muenzwuerfe/"></head><body>
<div id="content"><div class="post-full"><h1 class="entry-title"><a rel="bookmark" href="https://blog.example/2023/11/06/muenzwuerfe/">Münzwürfe</a></h1>
<div class="content entry-meta">Von <span class="fn"><a href="https://blog.example/author/thilo/" rel="author">Thilo</a></span> / 6. November 2023 / <a href="https://blog.example/2023/11/06/muenzwuerfe/#respond" class="to-comments">${label}</a></div>
<div class="content entry-content">${ARTICLE_PARAGRAPHS}</div></div>
<div id="comments"><ol class="reply-list"></ol><div id="respond"><form action="/wp-comments-post.php" method="post"><label for="comment">Kommentieren</label><textarea name="comment" id="comment"></textarea><input type="submit" value="Kommentar abschicken"></form></div></div></div>
</body></html>`;

describe('a byline that says there are no comments', () => {
	it.each([
		['No Comments', 'en'],
		['Keine Kommentare', 'de'],
		['Noch keine Kommentare', 'de'],
		['Aucun commentaire', 'fr'],
		['Nessun commento', 'it'],
	])('declares zero when it reads "%s"', (label, lang) => {
		const snapshot = snapshotOf(page(label, lang), 'https://blog.example/2023/11/06/muenzwuerfe/');
		expect(snapshot.comments.items).toEqual([]);
		expect(snapshot.comments.declaredCount).toBe(0);
	});
});
