import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/** Blogger's server-rendered threaded comments, written as blogspot themes emit them. */

const PROSE = 'Jeden Monat wird ein Thema vorgestellt und ein Buch, das in das Thema fällt und das wir in diesem Monat gemeinsam lesen möchten.';

function comment(id: string, author: string, when: string, text: string, replies = ''): string {
	return `<li class="comment" id="c${id}"><div class="avatar-image-container"><img src="//example.com/a.png" alt=""/></div><div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/${id}" rel="nofollow">${author}</a></cite><span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="https://blog.example.com/2015/06/post.html?showComment=1433578985419#c${id}">${when}</a></span></div><p class="comment-content">${text}</p><span class="comment-actions secondary-text"><a class="comment-reply" data-comment-id="${id}">Antworten</a></span></div>${replies ? `<div class="comment-replies"><div id="c${id}-rt" class="comment-thread inline-thread"><span class="thread-toggle thread-expanded"><span class="thread-count"><a>Antworten</a></span></span><ol id="c${id}-ra" class="thread-chrome thread-expanded"><div>${replies}</div></ol></div></div>` : ''}</li>`;
}

const html = `<!doctype html><html lang="de"><head><title>Juni-Leserunde</title></head><body>
<div class="post hentry" itemprop="blogPost"><h1 class="post-title entry-title">Juni-Leserunde</h1>
<div class="post-body entry-content" itemprop="description articleBody">${`<p>${PROSE}</p>`.repeat(5)}</div></div>
<div class="comments" id="comments"><h4>Kommentare:</h4><div class="comments-content"><div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">
${comment('101', 'Sana', '6. Juni 2015 um 10:23', 'Interessanter Post! Ich kannte den Begriff noch nicht.', comment('102', 'Sanne', '7. Juni 2015 um 16:36', 'Danke dir, das freut mich sehr.'))}
${comment('103', 'Dana', '6. Juni 2015 um 13:05', 'Ich mache diesen Monat mit!')}
</ol><div class="continue" id="top-continue"><a class="comment-reply" target="_self">Kommentar hinzufügen</a></div><div class="loadmore hidden"><a target="_self">Weitere laden...</a></div></div></div></div></div>
</body></html>`;

describe('Blogger comment threads', () => {
	const result = extract(pageFromHtml(html, 'https://blog.example.com/2015/06/post.html'));
	if (!result.ok) throw new Error(result.message);
	const {article, comments} = result.snapshot;

	it('reads every comment with its id, author, date and text, and nothing from the controls', () => {
		expect(comments.items.map((item) => [item.id, item.author.name, item.postedAt, item.text])).toEqual([
			['c101', 'Sana', '2015-06-06T10:23:00Z', 'Interessanter Post! Ich kannte den Begriff noch nicht.'],
			['c102', 'Sanne', '2015-06-07T16:36:00Z', 'Danke dir, das freut mich sehr.'],
			['c103', 'Dana', '2015-06-06T13:05:00Z', 'Ich mache diesen Monat mit!'],
		]);
		expect(result.snapshot.extractor.stages?.comments).toBe('platform:blogger');
	});

	it('threads replies under their parent', () => {
		expect(comments.items.map((item) => [item.parentId, item.depth])).toEqual([[null, 0], ['c101', 1], [null, 0]]);
	});

	it('reads the post body marked itemprop="description articleBody"', () => {
		expect(result.snapshot.extractor.stages?.article).toBe('article-body');
		expect(article.body.map((block) => block.text)).toEqual(Array(5).fill(PROSE));
	});
});
