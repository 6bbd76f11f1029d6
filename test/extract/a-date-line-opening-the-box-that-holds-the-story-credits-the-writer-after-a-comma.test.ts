import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Some CMS templates set one container right after the headline that opens with the date line,
 * then holds the picture and the story (`<h1/><div><p>1. Februar 2022 , Jane Doe</p><figure/>
 * <div>story…</div></div>`), and print the writer the page names in its meta author after the
 * date with a comma only. That line dates the article: the container's opening children are
 * the headline's head, and the writer's name beside the date is the byline's, not other words.
 */
function publishedAt(dateLine: string, metaAuthor = 'Jane Doe'): string | null {
	const html = `<!doctype html><html lang="de"><head><title>News - Aus dem Archiv nach Augusta</title><meta name="author" content="${metaAuthor}"></head><body>
<main><section class="article-view"><article class="container"><p class="kicker">Nachruf</p>
<div class="spacer"><h1>Aus dem Archiv nach Augusta</h1>
<div class="spacer leading-tight"><p class="meta">
<br class="hidden"> ${dateLine}
</p><hr>
<div><figure><img src="/files/lead.jpg" alt="Der Golfer beim Abschlag."><figcaption>Der Golfer beim Abschlag. | &copy; Agentur</figcaption></figure></div><hr>
<div class="columns"><div class="content-left"><div class="formatted-text">${ARTICLE_PARAGRAPHS}</div></div>
<div class="content-right"><h3>Mehr zum Thema</h3><a href="/news/1.html"><h2>Ein anderer Golfer</h2></a><p>21. Januar 2022</p></div></div>
</div></div></article></section></main></body></html>`;
	return snapshotOf(html, 'https://golf.example/i7484_1.html').article.publishedAt;
}

describe('a date line opening the box that holds the story', () => {
	it('dates the article, with the writer the page names printed after it', () => {
		expect(publishedAt('1. Februar 2022 , Jane Doe')).toBe('2022-02-01T00:00:00Z');
		expect(publishedAt('Jane Doe | 1. Februar 2022')).toBe('2022-02-01T00:00:00Z');
	});

	it('dates the article when it holds the date alone', () => {
		expect(publishedAt('1. Februar 2022')).toBe('2022-02-01T00:00:00Z');
	});

	it('does not when the words beside the date are not the writer the page names', () => {
		expect(publishedAt('1. Februar 2022 , Hamburg und Berlin')).toBeNull();
	});
});
