import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const PARAGRAPHS = `<p>The body of this test article has to be long enough to be an article, so it talks at some length about phones, batteries and screens, and how each of them changed over the past ten years of smartphone releases.</p>
<p>A second paragraph adds more words: chargers got faster, cameras multiplied, and the headphone jack quietly disappeared from most flagship models, which readers still complain about in comment threads every year.</p>
<p>A third paragraph closes the story with a look at what comes next: foldable screens, satellite messaging and batteries that last two days, if the rumours about next year's models turn out to be true after all.</p>`;

function bodyOf(content: string): string {
	const html = `<!doctype html><html lang="en"><head><title>Backups</title></head><body><article><h1>Backups</h1><div class="content">${content}</div></article></body></html>`;
	const result = extract(pageFromHtml(html, 'https://news.example/backups'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.body.map((block) => block.text).join('\n');
}

describe('cross-reference boxes', () => {
	it('leaves out a box among the paragraphs that ends in a link to another article', () => {
		const body = bodyOf(`${PARAGRAPHS}<div class="box">How Apple protects which data in iCloud, we explain in our article <a href="/guide/icloud">iCloud: handy storage or data hoover?</a></div>`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain('we explain in our article');
	});

	it('leaves out "Main article:" pointers between paragraphs', () => {
		const body = bodyOf(`${PARAGRAPHS}<div role="note" class="hatnote">Main article: <a href="/wiki/Firefox">Firefox</a></div>${PARAGRAPHS}`);
		expect(body).not.toContain('Main article');
	});

	it('keeps a paragraph that ends in a link when it is a real <p>', () => {
		const body = bodyOf(`${PARAGRAPHS}<p>The full ruling is on <a href="https://court.example/ruling">the court's website</a>.</p>`);
		expect(body).toContain("The full ruling is on the court's website.");
	});

	it('keeps divs that end in a link when the body writes every paragraph as a div', () => {
		const body = bodyOf(`<div>The body of this page is written in divs, which older sites and some editors still do, and each of them reads as a paragraph of prose about phones and their batteries.</div>
<div>This one ends in a link, as paragraphs often do, pointing to <a href="/more">the report we discussed</a>.</div>`);
		expect(body).toContain('pointing to the report we discussed');
	});

	it('keeps a long box: a paragraph set in a div, not a pointer', () => {
		const long = 'This box is long enough to be a paragraph of its own, telling the reader a good deal about how backups work, what the encryption protects, and which data the company can still read when the police ask it with a court order, before it finally links to ';
		const body = bodyOf(`${PARAGRAPHS}<div class="box">${long}<a href="/guide">our guide</a></div>`);
		expect(body).toContain('This box is long enough');
	});
});
