import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * News CMSs call their boxes of other stories "recirculation" (`post-video-recirc`,
 * `recirc-module`, `right-rail-recirc`): set among the paragraphs, one holds a video player
 * that loads by script, under a "Related video" header and over the video's title. The box is
 * another story's teaser; with the player empty, only its labels would be left as body.
 */
const box = `<section class="post-video-recirc" data-component-type="post-video-recirc">
<header class="post-video-recirc-header headline-bold">Related video</header>
<article class="post-video-recirc-article"><div id="player-container-x1" class="jw-strategy-video" data-media-id="x1"><div class="video-container"></div></div>
<div class="post-video-recirc-title headline-medium">What happens when the factories stop?</div></article>
</section>`;

describe('a "Related video" recirculation box among the paragraphs', () => {
	it('leaves the body with its header and the video title', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}${box}<p>The story goes on after the box, with a paragraph long enough to be read as one about the factories.</p>`);
		const text = blocks.map((block) => block.text).join('\n');
		expect(text).not.toContain('Related video');
		expect(text).not.toContain('What happens when the factories stop?');
		expect(text).toContain('The story goes on after the box');
	});
});
