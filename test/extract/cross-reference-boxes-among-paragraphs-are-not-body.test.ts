import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

const bodyOf = (content: string): string => articleText(content, 'Backups');

describe('cross-reference boxes', () => {
	it('leaves out a box among the paragraphs that ends in a link to another article', () => {
		const body = bodyOf(`${ARTICLE_PARAGRAPHS}<div class="box">How Apple protects which data in iCloud, we explain in our article <a href="/guide/icloud">iCloud: handy storage or data hoover?</a></div>`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain('we explain in our article');
	});

	it('leaves out "Main article:" pointers between paragraphs', () => {
		const body = bodyOf(`${ARTICLE_PARAGRAPHS}<div role="note" class="hatnote">Main article: <a href="/wiki/Firefox">Firefox</a></div>${ARTICLE_PARAGRAPHS}`);
		expect(body).not.toContain('Main article');
	});

	it('keeps a paragraph that ends in a link when it is a real <p>', () => {
		const body = bodyOf(`${ARTICLE_PARAGRAPHS}<p>The full ruling is on <a href="https://court.example/ruling">the court's website</a>.</p>`);
		expect(body).toContain("The full ruling is on the court's website.");
	});

	it('keeps divs that end in a link when the body writes every paragraph as a div', () => {
		const body = bodyOf(`<div>The body of this page is written in divs, which older sites and some editors still do, and each of them reads as a paragraph of prose about phones and their batteries.</div>
<div>This one ends in a link, as paragraphs often do, pointing to <a href="/more">the report we discussed</a>.</div>`);
		expect(body).toContain('pointing to the report we discussed');
	});

	it('keeps a long box: a paragraph set in a div, not a pointer', () => {
		const long = 'This box is long enough to be a paragraph of its own, telling the reader a good deal about how backups work, what the encryption protects, and which data the company can still read when the police ask it with a court order, before it finally links to ';
		const body = bodyOf(`${ARTICLE_PARAGRAPHS}<div class="box">${long}<a href="/guide">our guide</a></div>`);
		expect(body).toContain('This box is long enough');
	});
});
