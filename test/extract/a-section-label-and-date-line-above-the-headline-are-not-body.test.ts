import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A PC-news CMS sets its article header in the same container as the story: a section
 * label ("Column"), a date line, the headline with a kicker and the page marker
 * ("Farewell, water cooling: Testing SSDs in a NUC (1/2)"), and the abstract as an h2 that the
 * meta description repeats with the page marker. All of it is header: the body starts with the
 * story. A longer paragraph before a heading is story and stays.
 */

const TITLE = 'Testing the newest SSDs in a tiny PC';

function page(before: string): string {
	return `<!doctype html><html lang="en"><head><title>${TITLE} (1/2) - PC News</title><meta property="og:title" content="${TITLE} (1/2)"><meta name="description" content="A reader who built a tiny PC compares two NVMe SSDs in it. (1/2)"><meta property="og:site_name" content="PC News"></head><body>
<div id="main"><div class="article">${before}
<h1><small>Farewell, water cooling: </small><big>${TITLE} (1/2)</big></h1>
<h2>A reader who built a tiny PC compares two NVMe SSDs in it.</h2>
${ARTICLE_PARAGRAPHS}</div></div></body></html>`;
}

function extracted(before: string) {
	return snapshotOf(page(before), 'https://pc.example/articles/1902/22/news089.html').article;
}

describe('the lines above a headline in the story’s container', () => {
	it('are left out with the headline and its abstract', () => {
		const article = extracted('<div class="type">Column</div><div class="date"><span class="arrow">»</span> <span>Feb 22, 2019 14:30 published</span></div>');
		expect(article.body[0]?.text).toMatch(/^The body of this test article/);
		expect(article.body.map((block) => block.text).join('\n')).not.toMatch(/Column|Farewell|compares two/);
	});

	it('leave the description as the subtitle, without the page marker', () => {
		const html = page('').replace(/<h2>.*<\/h2>/, '');
		expect(snapshotOf(html, 'https://pc.example/articles/1902/22/news089.html').article.subtitle).toBe('A reader who built a tiny PC compares two NVMe SSDs in it.');
	});

	it('stay when they are a paragraph of story', () => {
		const intro = 'This is the fourth part of a series in which a reader builds a PC for the first time in five years.';
		expect(extracted(`<p>${intro}</p>`).body[0]?.text).toBe(intro);
	});
});
