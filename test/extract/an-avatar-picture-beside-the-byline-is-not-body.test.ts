import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Article headers show the writer's portrait beside the byline (`<img class="avatar" alt="Jane
 * Doe's profile picture">`), read with the story as one container: a picture of the writer, not
 * of the story, so it is no body image. The story's own pictures stay.
 */

const TITLE = 'The phone that lasts two days';

function images(aux: string): (string | undefined)[] {
	const html = `<!doctype html><html lang="en"><head><title>${TITLE}</title></head><body>
<div class="site-container"><div class="flex-container" id="article-block"><main class="col-main block article-wrap"><article id="post">
<header><h1>${TITLE}</h1><div class="article-aux">${aux}<a class="byline" href="/editor/jane+doe">Jane Doe</a>
<div class="aux-widgets"><span class="badge comment"><a href="https://forums.phones.example/discussion/244658">12</a></span></div>
<p><time datetime="2026-06-15T14:59:10+00:00">Mon Jun 15 2026, 09:38 AM EDT</time></p></div></header>
<div class="block article-body">${ARTICLE_PARAGRAPHS}<img src="/gallery/phone-on-desk.jpg" alt="The phone on a desk" width="800" height="450"></div></article></main></div></div></body></html>`;
	return snapshotOf(html, 'https://phones.example/articles/phone-two-days').article.body.flatMap((block) => (block.type === 'image' ? [block.src] : []));
}

describe('the writer’s avatar beside the byline', () => {
	it('is not a body image', () => {
		expect(images('<img src="/gallery/jane-doe.png" width="44" height="44" class="avatar" alt="Jane Doe\'s profile picture">')).toEqual(['https://phones.example/gallery/phone-on-desk.jpg']);
	});
});
