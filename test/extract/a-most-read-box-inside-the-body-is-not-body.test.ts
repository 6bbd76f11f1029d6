import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

const STORIES = '<ul><li><a href="/a"><span>The chip shortage eases for phone makers, but not for the cheapest models</span></a></li><li><a href="/b"><span>Carriers raise their prices again and blame the cost of new networks</span></a></li><li><a href="/c"><span>A new flagship leaks a month early, colours and prices included</span></a></li></ul>';

describe('a "most read" box set between the paragraphs', () => {
	it('leaves out the box its classes name, heading and all', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<div class="most-read-container module"><div class="wrapper"><h2 class="box-header">Top of the week</h2>${STORIES}</div></div>${ARTICLE_PARAGRAPHS}`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain('Top of the week');
		expect(body).not.toContain('chip shortage');
	});

	it('leaves out a heading that names such a list, and the list under it', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<h3>Most Popular Tech Stories</h3><ol><li>Chip shortage eases for phone makers</li><li>Carriers raise prices again</li><li>A new flagship leaks a month early</li></ol>${ARTICLE_PARAGRAPHS}`);
		expect(body).not.toContain('Most Popular Tech Stories');
		expect(body).not.toContain('Chip shortage');
	});

	it('keeps a heading that only begins with the words', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<h3>Most read stories are about batteries, the survey says</h3>${ARTICLE_PARAGRAPHS}`);
		expect(body).toContain('Most read stories are about batteries');
	});
});
