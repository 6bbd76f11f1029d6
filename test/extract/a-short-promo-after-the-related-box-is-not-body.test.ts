import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

const RELATED_BOX = `<p><strong>Related:</strong></p>
<ul><li><a href="/a">Ten tips for longer battery life</a></li><li><a href="/b">The best chargers of the year</a></li><li><a href="/c">Why foldables still crease</a></li></ul>`;

describe('the tail after a related-reading box', () => {
	it('leaves out a promo heading and line after the related box that ends the article', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}${RELATED_BOX}<hr><h3>Your job board for tech</h3><p><b>We do what we love every day. So can you! Over 20,000 jobs are waiting on <a href="/jobs">our job board</a>.</b></p>`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain('Ten tips for longer battery life');
		expect(body).not.toContain('Your job board');
		expect(body).not.toContain('We do what we love');
	});

	it('keeps the story when it goes on at length after a related box set between its paragraphs', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}${RELATED_BOX}<h2>What comes next</h2>${ARTICLE_PARAGRAPHS.replaceAll('paragraph', 'section')}`);
		expect(body).toContain('What comes next');
		expect(body).toContain('A third section closes the story');
	});

	it('keeps a short closing paragraph when no related box came before it', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<h3>Update</h3><p>The company has since confirmed the release date.</p>`);
		expect(body).toContain('Update');
		expect(body).toContain('The company has since confirmed the release date.');
	});
});
