import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/** A teaser card as section fronts and "more stories" boxes write them: linked title, blurb, byline. */
function teaser(title: string, blurb: string): string {
	return `<div class="card"><h3><a href="/${title.toLowerCase().replace(/\W+/g, '-')}">${title}</a></h3><p>${blurb}</p><p>By Jane Doe</p></div>`;
}

describe('link-heavy boxes inside the body', () => {
	it('leaves out teaser cards after the article', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}${teaser('Foldables are finally cheap', 'Prices fell by half this year.')}${teaser('Satellite texting explained', 'What works where, and what it costs.')}`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain('Foldables are finally cheap');
		expect(body).not.toContain('What works where');
	});

	it('leaves out teaser cards written as list items', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<ol><li>${teaser('Foldables are finally cheap', 'Prices fell by half this year.')}</li><li>${teaser('Satellite texting explained', 'What works where, and what it costs.')}</li></ol>`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain('Satellite texting explained');
	});

	it('leaves out a short promo box whose text is mostly links', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<div class="promo-box"><h2>Keep your phone in sync</h2><p>Contacts and photos on every device.</p><a href="/sync">Learn more about sync</a> <a href="/help">Get help</a></div>`);
		expect(body).not.toContain('Learn more about sync');
		expect(body).not.toContain('Contacts and photos on every device');
	});

	it('leaves out a link box and the short label above it, and keeps a longer label', () => {
		const links = '<div class="links"><p><a href="/a">Booking.com hotels in town</a></p><p><a href="/b">Ferry timetables</a></p></div>';
		const body = articleText(`${ARTICLE_PARAGRAPHS}<div class="card"><div class="label">Infos zum Reiseziel</div>${links}</div><div class="card"><div class="label">More about the federal debt and the economy</div>${links}</div>`);
		expect(body).not.toContain('Infos zum Reiseziel');
		expect(body).not.toContain('Ferry timetables');
		expect(body).toContain('More about the federal debt and the economy');
	});

	it('leaves out a grid of teaser pictures with linked headlines, and keeps a gallery without links', () => {
		const card = (n: number): string => `<li><h3>Columnist ${n}</h3><figure><a href="/story-${n}"><img src="/p${n}.jpg" alt=""></a><figcaption>Credit Photographer ${n}</figcaption></figure><div><h2><a href="/story-${n}">Headline number ${n} of the grid</a></h2><p>Blurb ${n}.</p></div></li>`;
		const photo = (n: number): string => `<figure><img src="/g${n}.jpg" alt=""><figcaption>Rider ${n} at the start</figcaption></figure>`;
		const body = articleText(`${ARTICLE_PARAGRAPHS}<div class="grid"><ol>${[1, 2, 3, 4].map(card).join('')}</ol><p>Columnists</p></div><div class="heat"><p>Heat one went to the home side after a fast start and a crash in the second bend.</p>${[1, 2, 3].map(photo).join('')}</div>`);
		expect(body).not.toContain('Columnist 2');
		expect(body).not.toContain('Credit Photographer 3');
		expect(body).toContain('Rider 2 at the start');
	});

	it('leaves out a "see also" line of linked titles, and keeps a one-link cross-reference', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<p>Related: <a href="/taxes">Rich are paying more in taxes</a></p><p><strong>Siehe auch</strong> <a href="/a">Die dümmste aller Theorien</a> <a href="/b">Völlig blinde Hellseher</a></p>`);
		expect(body).toContain('Related: Rich are paying more in taxes');
		expect(body).not.toContain('Die dümmste aller Theorien');
	});

	it('leaves out a guest notice of the comment form and a support appeal', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<p>If you enjoyed reading this post – would you consider supporting our work? <a href="/donate">Just click here</a>. Thanks!</p><p>Sie sind aktuell nicht eingeloggt.</p>`);
		expect(body).not.toContain('If you enjoyed reading this post');
		expect(body).not.toContain('nicht eingeloggt');
	});

	it('leaves out a citation box under the post', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<div class="citate"><span>SUGGESTED CITATION</span> Doe, Jane: Batteries, Phone Blog, 2020/4/09, https://blog.example/batteries/.</div>`);
		expect(body).not.toContain('SUGGESTED CITATION');
	});

	it('keeps a section of prose that links generously, when it reads as prose (many commas)', () => {
		const linked = 'Sources say <a href="/a">the first report</a>, <a href="/b">the second report</a>, <a href="/c">a filing</a>, and <a href="/d">a memo</a> agree, though, as usual, <a href="/e">the company</a>, its <a href="/f">suppliers</a>, and <a href="/g">analysts</a>, differ on dates, prices, and volumes.';
		const body = articleText(`${ARTICLE_PARAGRAPHS}<div class="update"><p>${linked}</p></div>`);
		expect(body).toContain('Sources say the first report');
	});

	it('keeps a sparsely linked section and a table of contents', () => {
		const body = articleText(`<div class="toc"><ul><li><a href="#one">Batteries today</a></li><li><a href="#two">What comes next</a></li></ul></div>${ARTICLE_PARAGRAPHS}<div class="part"><p>More prose follows here, with <a href="/source">one source</a> linked in a long sentence about how chargers evolved over the years.</p></div>`);
		expect(body).toContain('Batteries today');
		expect(body).toContain('More prose follows here, with one source linked');
	});

	it('keeps the article header holding the headline, its lead and rating links', () => {
		const html = `<!doctype html><html lang="en"><head><title>Mandarin cake</title></head><body><div class="recipe"><div class="head"><h1>Mandarin cake</h1><p>The creamiest cake I know!</p><a href="/mandarin-cake/ratings">4.5 stars from 948 ratings</a> <a href="/mandarin-cake/comments">953 comments</a></div>${ARTICLE_PARAGRAPHS}</div></body></html>`;
		const result = extract(pageFromHtml(html, 'https://recipes.example/mandarin-cake'));
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.article.body.map((block) => block.text).join('\n')).toContain('The creamiest cake I know!');
	});
});
