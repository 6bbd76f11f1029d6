import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

const PARAGRAPHS = ARTICLE_PARAGRAPHS;
const bodyOf = (content: string): string => articleText(content);

describe('bylines inside the body', () => {
	it('leaves out the byline line the page marks as such', () => {
		const body = bodyOf(`<div class="author_fmt">By <a rel="author" href="/jane-doe">Jane Doe</a><br>Phone News Wire</div>${PARAGRAPHS}`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain('Phone News Wire');
	});

	it('leaves out only the first: a later short paragraph marked author stays for other rules to judge', () => {
		const body = bodyOf(`<p class="byline">By Jane Doe</p>${PARAGRAPHS}<p class="author-note">Jane Doe tested every phone in this story for two weeks.</p>`);
		expect(body).not.toContain('By Jane Doe');
		expect(body).toContain('Jane Doe tested every phone');
	});

	it('leaves the body alone when the byline sits above it, outside the article text', () => {
		const html = `<!doctype html><html lang="en"><head><title>Batteries</title></head><body><div class="page"><div class="post-author">By Jane Doe</div><div class="story">${PARAGRAPHS}<p><span class="dateline">CAIRO —</span> A fourth paragraph opens with its dateline and goes on about chargers and cables.</p></div></div></body></html>`;
		expect(snapshotOf(html, 'https://news.example/batteries', {}).article.body.map((block) => block.text).join('\n')).toContain('CAIRO — A fourth paragraph');
	});

	it('leaves out the meta list the byline is an item of: its source and date are metadata too', () => {
		const body = bodyOf(`<ul class="meta"><li class="byline">By <a href="/jane-doe">Jane Doe</a></li><li class="source">From: <cite>Phone News Wire</cite></li><li class="date">May 2, 2024 9:00PM</li></ul>${PARAGRAPHS}`);
		expect(body.startsWith('The body of this test article')).toBe(true);
		expect(body).not.toContain('Phone News Wire');
		expect(body).not.toContain('May 2, 2024');
	});

	it('leaves out the line the byline shares with the date and a separator, date and all', () => {
		const body = bodyOf(`<div class="post-meta"><a rel="author" href="/author/jane-doe/">Jane Doe</a> | <time datetime="2026-12-05T14:21:00Z">Dec 5 2026 - 6:21 am PT</time></div>${PARAGRAPHS}`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain('Dec 5 2026');
		expect(body).not.toContain('|');
	});

	it('keeps a line where the byline stands beside words that are not a date', () => {
		const body = bodyOf(`${PARAGRAPHS}<p><a rel="author" href="/author/jane-doe/">Jane Doe</a> wrote the first review of this phone in <time>2024</time>, and liked it.</p>`);
		expect(body).toContain('wrote the first review of this phone in 2024');
	});

	it('keeps a list that names its author in one item and says more in another', () => {
		const body = bodyOf(`${PARAGRAPHS}<ul><li class="author">Jane Doe</li><li>Tested for two weeks: the battery lasted a day and a half with the screen at full brightness, longer than any phone before it.</li></ul>`);
		expect(body).toContain('Tested for two weeks');
	});

	it('keeps a long element whose class says author: a bio or an article, not a byline', () => {
		const body = bodyOf(`<div class="author-content">${PARAGRAPHS}</div>`);
		expect(body).toContain('A second paragraph adds more words');
	});
});

describe('the date stamp under the headline', () => {
	it('leaves out a time element standing alone before the first paragraph', () => {
		const body = bodyOf(`<h1>Batteries</h1><time class="article-date" datetime="2015-10-15">10.15.15</time>${PARAGRAPHS}`);
		expect(body.startsWith('The body of this test article')).toBe(true);
		expect(body).not.toContain('10.15.15');
	});

	it('keeps times after the first paragraph and times inside a sentence', () => {
		const body = bodyOf(`${PARAGRAPHS}<time datetime="2015-10-16T09:30">09:30</time><p>The maker answered on <time datetime="2015-10-16">October 16</time>, a day after the first reports about swollen batteries reached it.</p>`);
		expect(body).toContain('09:30');
		expect(body).toContain('answered on October 16, a day after');
	});
});

describe('elements hidden by a framework class', () => {
	it('leaves out a counter hidden with Bootstrap classes, and keeps responsive variants', () => {
		const body = bodyOf(`<div class="hidden">137</div><span class="d-none">views</span>${PARAGRAPHS}<p class="hidden-xs">Shown on large screens: a paragraph that desktop readers see in full, about chargers.</p>`);
		expect(body.startsWith('The body of this test article')).toBe(true);
		expect(body).not.toContain('137');
		expect(body).toContain('Shown on large screens');
	});

	it('finds the hiding class anywhere in the class list', () => {
		const body = bodyOf(`<div class="counter hidden">137</div><span class="js-views d-none">views</span>${PARAGRAPHS}<p class="note hidden-xs">Shown on large screens: a paragraph that desktop readers see in full, about chargers.</p>`);
		expect(body.startsWith('The body of this test article')).toBe(true);
		expect(body).not.toContain('137');
		expect(body).toContain('Shown on large screens');
	});
});

describe('custom elements', () => {
	it('leaves out one whose name says it is furniture, and keeps the text of one that does not', () => {
		const body = bodyOf(`${PARAGRAPHS}<story-note>A fourth paragraph in a custom element still belongs to the story, about chargers and cables.</story-note><related-articles><p>Five phones with the longest battery life this year, tested by our reviewers</p></related-articles>`);
		expect(body).toContain('A fourth paragraph in a custom element');
		expect(body).not.toContain('Five phones with the longest battery life');
	});
});
