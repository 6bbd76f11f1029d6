import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const PARAGRAPHS = `<p>The body of this test article has to be long enough to be an article, so it talks at some length about phones, batteries and screens, and how each of them changed over the past ten years of smartphone releases.</p>
<p>A second paragraph adds more words: chargers got faster, cameras multiplied, and the headphone jack quietly disappeared from most flagship models, which readers still complain about in comment threads every year.</p>`;

function bodyOf(title: string, content: string): string[] {
	const html = `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main><div class="story">${content}</div></main></body></html>`;
	const result = extract(pageFromHtml(html, 'https://news.example/story'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.body.map((block) => block.text);
}

describe('a heading that restates the title', () => {
	it('is left out when it opens the body in the title\'s own words', () => {
		const body = bodyOf('Customize Firefox and make it your own', `<h1>Make your Firefox your own</h1>${PARAGRAPHS}`);
		expect(body[0]).toMatch(/^The body of this test article/);
	});

	it('stays when it says something the title does not', () => {
		const body = bodyOf('Customize Firefox and make it your own', `<h2>Designed to be redesigned</h2>${PARAGRAPHS}`);
		expect(body[0]).toBe('Designed to be redesigned');
	});

	it('stays when text comes before it: then it is a section heading', () => {
		const body = bodyOf('Batteries and chargers', `${PARAGRAPHS}<h2>Chargers and batteries</h2><p>More about chargers follows in this closing paragraph of the story.</p>`);
		expect(body).toContain('Chargers and batteries');
	});
});
