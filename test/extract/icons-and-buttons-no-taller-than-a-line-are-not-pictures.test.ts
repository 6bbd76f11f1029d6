import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * A blog's bookmark and feed buttons after the story are pictures in links, declared 20 pixels
 * tall (`<img … width="20" height="20">`); a travel guide rates each sight with a row of star
 * icons 10 pixels tall. Neither is a picture of the story.
 */
const pictures = (content: string): string[] => articleBlocks(content).filter((block) => block.type === 'image').map((block) => block.src ?? '');

describe('icons and buttons no taller than a line of text', () => {
	it('are not pictures of the story', () => {
		expect(pictures(`${ARTICLE_PARAGRAPHS}<div class="sbm"><a href="https://bookmarks.example/entry/s/news.example/batteries"><img src="/button-only.gif" alt="Bookmark this entry" width="20" height="20" style="border: none;"></a></div>
<div class="sbm"><a href="https://reader.example/#subscription/feed/news.example/atom.xml"><img src="/follow-small_2x.png" alt="follow us in the reader" width="66" height="20"></a></div>
<p><img src="/img/4-star.gif" height="10" alt="stars"></p><p>Museum of phones (museum)</p>`)).toEqual([]);
	});

	it('leave the story’s pictures, declared or not', () => {
		expect(pictures(`<p><img src="/photo.jpg" alt="The phone" width="527" height="300"></p>${ARTICLE_PARAGRAPHS}<p><img src="/chart.png" alt="Battery chart"></p><p><img src="/thumb.jpg" alt="Thumbnail" width="80" height="60"></p>`))
			.toEqual(['https://news.example/photo.jpg', 'https://news.example/chart.png', 'https://news.example/thumb.jpg']);
	});
});
