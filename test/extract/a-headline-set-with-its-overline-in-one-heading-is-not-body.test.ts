import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';

/**
 * Sports and regional news templates set the overline (kicker) and the headline as two spans in
 * one h1, with no separator between them: read as text, the heading is the overline, then the
 * whole title. It is the headline, already read as the title, not the body's first heading. A
 * heading that merely ends with a one-word title is a heading of the story.
 */

const TITLE = 'Munich lose 0:3 in Tampere and miss the final';

function body(heading: string, title = TITLE): string {
	const html = `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:title" content="${title}"></head><body><div class="article"><div class="date">Tuesday, 1 February 2022</div><h1>${heading}</h1>${ARTICLE_PARAGRAPHS}</div></body></html>`;
	const result = extract(pageFromHtml(html, 'https://news.example/semifinal'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.body.map((block) => block.text).join('\n');
}

describe('a headline with its overline in one heading', () => {
	it('is the title, not a heading of the body', () => {
		const text = body(`<span class="overline">The Champions League semifinal on Tuesday</span> <span class="headline">${TITLE}</span>`);
		expect(text).not.toContain('semifinal on Tuesday');
		expect(text).toContain('The body of this test article');
	});

	it('keeps a heading that ends with a one-word title', () => {
		expect(body('Why we still care about Batteries', 'Batteries')).toContain('Why we still care about Batteries');
	});
});
