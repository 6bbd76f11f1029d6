import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Viafoura's Conversations widget as the page holds it once rendered: each comment an
 * `article.vf3-comment` (replies nested inside their parent's), the name in the name button,
 * a machine-readable `time`, the words in `.vf-content-text`, the like count only in the like
 * button's label. The page's own story is not an `<article>` here, so the comments are the
 * only articles on it: they still must not become the body.
 */

const comment = (name: string, iso: string, ago: string, likes: number, text: string, replies = ''): string => `<article class="vf3-comment" aria-label="Comment by ${name}.">
<div><div><button class="vf-post-name-button" type="button"><span class="vf-post-name-button__username">${name}</span></button></div>
<div class="vf-post-details"><time class="vf-post-details__time" datetime="${iso}">${ago}</time></div></div>
<div class="vf-content-text vf-comment__content-editor"><p><span>${text}</span></p></div>
<div><button data-testid="vf-conversations-like-button" aria-label="${likes} likes" type="button"><svg></svg></button><button data-testid="vf-conversations-dislike-button" aria-label="0 dislikes" type="button"><svg></svg></button><button data-testid="vf-conversations-reply-button" type="button">Reply</button></div>
${replies}</article>`;

describe('a Viafoura conversation', () => {
	const thread = `<div class="viafoura"><vf-conversation-starter vf-container-id="news_42" target="comments-section"></vf-conversation-starter></div>
<div id="comments-section"><vf-conversations vf-container-id="news_42"><div data-newsvault-shadow=""><div id="vf-all_threads-news_42">
${comment('Ann', '2026-06-20T10:00:00.000Z', '2h', 5, 'Two days of battery sounds optimistic.', comment('Ben', '2026-06-20T11:00:00.000Z', '1h', 2, 'Not with dark mode on.'))}
${comment('Cat', '2026-06-19T12:00:00.000Z', '1d', 0, 'Is there a charger in the box?')}
</div></div></vf-conversations></div>`;
	const html = `<!doctype html><html lang="en"><head><title>Battery life</title></head><body><main><h1>Battery life</h1><div class="story-body">${ARTICLE_PARAGRAPHS}</div>${thread}</main></body></html>`;
	const snapshot = snapshotOf(html, 'https://news.example/battery-life');

	it('reads each comment with its nested replies, time, name and likes, without its buttons', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:viafoura');
		const index = (id: string | null): number | null => (id === null ? null : snapshot.comments.items.findIndex((other) => other.id === id));
		expect(snapshot.comments.items.map((item) => [index(item.parentId), item.author.name, item.postedAt, item.score, item.text])).toEqual([
			[null, 'Ann', '2026-06-20T10:00:00.000Z', 5, 'Two days of battery sounds optimistic.'],
			[0, 'Ben', '2026-06-20T11:00:00.000Z', 2, 'Not with dark mode on.'],
			[null, 'Cat', '2026-06-19T12:00:00.000Z', 0, 'Is there a charger in the box?'],
		]);
	});

	it('keeps the story as the body and the comments out of it', () => {
		const body = snapshot.article.body.map((block) => block.text).join('\n');
		expect(body).toContain('A third paragraph closes the story');
		expect(body).not.toMatch(/optimistic|dark mode|charger in the box|Ann|likes/);
	});
});
