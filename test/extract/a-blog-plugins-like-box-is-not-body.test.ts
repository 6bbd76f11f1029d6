import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

describe("a blog plugin's like box under the post", () => {
	it('leaves out the Jetpack like box (its wrapper class says sharedaddy), heading and button', () => {
		const box = '<div class="sharedaddy sd-block sd-like" id="like-post-wrapper-1-2"><h3 class="sd-title">Like this:</h3><div class="likes-placeholder"><span class="button"><span>Like</span></span></div></div>';
		const body = articleText(`${ARTICLE_PARAGRAPHS}${box}`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain('Like this:');
	});
});
