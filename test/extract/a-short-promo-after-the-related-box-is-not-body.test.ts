import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const PARAGRAPHS = `<p>The body of this test article has to be long enough to be an article, so it talks at some length about phones, batteries and screens, and how each of them changed over the past ten years of smartphone releases.</p>
<p>A second paragraph adds more words: chargers got faster, cameras multiplied, and the headphone jack quietly disappeared from most flagship models, which readers still complain about in comment threads every year.</p>
<p>A third paragraph closes the story with a look at what comes next: foldable screens, satellite messaging and batteries that last two days, if the rumours about next year's models turn out to be true after all.</p>`;

const RELATED_BOX = `<p><strong>Related:</strong></p>
<ul><li><a href="/a">Ten tips for longer battery life</a></li><li><a href="/b">The best chargers of the year</a></li><li><a href="/c">Why foldables still crease</a></li></ul>`;

function bodyOf(content: string): string {
	const html = `<!doctype html><html lang="en"><head><title>Batteries</title></head><body><article><h1>Batteries</h1><div class="content">${content}</div></article></body></html>`;
	const result = extract(pageFromHtml(html, 'https://news.example/batteries'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.body.map((block) => block.text).join('\n');
}

describe('the tail after a related-reading box', () => {
	it('leaves out a promo heading and line after the related box that ends the article', () => {
		const body = bodyOf(`${PARAGRAPHS}${RELATED_BOX}<hr><h3>Your job board for tech</h3><p><b>We do what we love every day. So can you! Over 20,000 jobs are waiting on <a href="/jobs">our job board</a>.</b></p>`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain('Ten tips for longer battery life');
		expect(body).not.toContain('Your job board');
		expect(body).not.toContain('We do what we love');
	});

	it('keeps the story when it goes on at length after a related box set between its paragraphs', () => {
		const body = bodyOf(`${PARAGRAPHS}${RELATED_BOX}<h2>What comes next</h2>${PARAGRAPHS.replaceAll('paragraph', 'section')}`);
		expect(body).toContain('What comes next');
		expect(body).toContain('A third section closes the story');
	});

	it('keeps a short closing paragraph when no related box came before it', () => {
		const body = bodyOf(`${PARAGRAPHS}<h3>Update</h3><p>The company has since confirmed the release date.</p>`);
		expect(body).toContain('Update');
		expect(body).toContain('The company has since confirmed the release date.');
	});
});
