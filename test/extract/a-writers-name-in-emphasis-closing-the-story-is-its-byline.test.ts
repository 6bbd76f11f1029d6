import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';

/**
 * Sports and regional newsrooms sign a report with the writer's name alone in its last
 * paragraph, in bold italics (`<p><b><i>Jane Doe</i></b></p>`), and print no byline: the name is
 * the author, not a line of the story. A plain closing line of capitalised words stays, and a
 * page that names its writer keeps its byline.
 */

function article(closing: string, head = '') {
	const html = `<!doctype html><html lang="de"><head><title>Munich lose in Tampere</title>${head}</head><body><div class="article"><h1>Munich lose in Tampere</h1>${ARTICLE_PARAGRAPHS}${closing}</div></body></html>`;
	const result = extract(pageFromHtml(html, 'https://news.example/semifinal'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article;
}

describe("a writer's name in emphasis closing the story", () => {
	it('is the author, not body', () => {
		const {authors, body} = article('<p><b><i>Stefan Muster</i></b></p>');
		expect(authors.map((author) => author.name)).toEqual(['Stefan Muster']);
		expect(body.map((block) => block.text)).not.toContain('Stefan Muster');
	});

	it('stays body when it is not in emphasis', () => {
		const {authors, body} = article('<p>Weitere Informationen</p>');
		expect(authors).toEqual([]);
		expect(body.map((block) => block.text)).toContain('Weitere Informationen');
	});

	it('leaves a named writer the byline', () => {
		const {authors} = article('<p><b><i>Stefan Muster</i></b></p>', '<meta name="author" content="Jane Doe">');
		expect(authors.map((author) => author.name)).toEqual(['Jane Doe']);
	});
});
