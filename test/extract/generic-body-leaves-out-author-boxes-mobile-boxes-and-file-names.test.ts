import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/** Generic furniture rules on small pages written the way real sites write them (no profile). */

const PROSE = 'The phone ships with a larger battery, a brighter display and a faster chip, and its price stays the same as last year, which reviewers welcomed.';

function read(article: string, after = ''): Snapshot {
	const html = `<!doctype html><html lang="en"><head><title>Phone review</title></head><body><h1>Phone review</h1><div class="entry-content">${article}</div>${after}</body></html>`;
	const result = extract(pageFromHtml(html, 'https://blog.example.com/2026/06/phone-review'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot;
}

function body(snapshot: Snapshot): string {
	return snapshot.article.body.map((block) => block.text).join('\n');
}

const paragraphs = (n: number): string => Array.from({length: n}, (_, i) => `<p>${i + 1}. ${PROSE}</p>`).join('');

describe('generic body furniture', () => {
	it('drops an author box named with separators (author-box, mvp-author-box-text)', () => {
		const text = body(read(`${paragraphs(4)}<div id="mvp-author-box-text"><p>Senior Editor with a focus on all things tech. You can keep up with me on Twitter.</p></div>`));
		expect(text).toContain('4. The phone ships');
		expect(text).not.toContain('keep up with me on Twitter');
	});

	it('drops a box opening with an "Autor" / "About the author" label, name and bio with it', () => {
		const text = body(read(`${paragraphs(4)}<div class="highlight"><div class="header">AUTOR</div><h3>Dr. Jane Roe</h3><p>ist Gründungspartnerin einer Kanzlei in Berlin. Zu ihren Tätigkeitsfeldern zählen Bankrecht und Verbraucherschutz.</p></div>`));
		expect(text).not.toContain('AUTOR');
		expect(text).not.toContain('Tätigkeitsfeldern');
	});

	it('drops boxes shown only on small screens (hide-from-desktop, visible-xs)', () => {
		const text = body(read(`${paragraphs(2)}<div class="collapse-box a-u-hide-from-desktop"><h2>Issue 7/2026</h2><p>Highlights from the magazine: batteries, exoskeletons and more.</p></div>${paragraphs(2)}`));
		expect(text).not.toContain('Highlights from the magazine');
		expect(text).toContain('2. The phone ships');
	});

	it('gives an image whose alt text is its file name no text', () => {
		const snapshot = read(`${paragraphs(3)}<figure><img src="/img/12-IMG_3886.jpg" alt="12-IMG_3886.jpg"></figure>`);
		const image = snapshot.article.body.find((block) => block.type === 'image');
		expect(image?.src).toBe('https://blog.example.com/img/12-IMG_3886.jpg');
		expect(image?.text).toBe('');
		expect(image?.alt).toBeUndefined();
	});

	it('gives an image whose alt text is a file name without its extension no description, and keeps a real one', () => {
		const snapshot = read(`${paragraphs(3)}<img src="/img/a.jpg" alt="0225-lupita-nyongo-getty-01"><img src="/img/b.jpg" alt="update_graphic_red_bar"><img src="/img/c.jpg" alt="A state-of-the-art phone">`);
		expect(snapshot.article.body.filter((block) => block.type === 'image').map((block) => block.alt ?? null)).toEqual([null, null, 'A state-of-the-art phone']);
	});

	it('drops a box of teaser cards whose every word is a link, but keeps a table of contents and a linked gallery', () => {
		const card = (n: number): string => `<section class="item"><a href="/story-${n}"><img src="/t${n}.jpg" alt=""><span>Read Article</span><div class="title">Other story number ${n}</div></a></section>`;
		const toc = `<div class="contents"><ul><li><a href="#one">Part one</a></li><li><a href="#two">Part two</a></li><li><a href="#three">Part three</a></li></ul></div>`;
		const gallery = `<div class="gallery"><a href="/g1.jpg"><img src="/g1.jpg" alt=""></a><a href="/g2.jpg"><img src="/g2.jpg" alt=""></a><a href="/g3.jpg"><img src="/g3.jpg" alt=""></a></div>`;
		const snapshot = read(`${toc}${paragraphs(4)}${gallery}<div class="featured">${card(1)}${card(2)}${card(3)}</div>`);
		const text = body(snapshot);
		expect(text).toContain('Part three');
		expect(text).not.toContain('Other story number');
		expect(snapshot.article.body.filter((block) => block.type === 'image').map((block) => block.src)).toContain('https://blog.example.com/g3.jpg');
	});

	it('reads an unclosed blockquote that swallowed the rest of the article as separate blocks, furniture left out', () => {
		const text = body(read(`${paragraphs(2)}<blockquote><p>“A quotation.”</p>${paragraphs(2)}<h2>Verdict</h2><p>${PROSE}</p><div class="share-bar"><p>Share this on every network you know of today</p></div>`));
		expect(text).toContain('Verdict');
		expect(text).not.toContain('Share this on every network');
	});
	it('drops cross-reference lines and "also interesting" link lists, in several languages', () => {
		const text = body(read(`${paragraphs(2)}<p>À lire aussi » Ballonnements, lourdeurs : quel est votre profil digestif ?</p><p>Ending. ${PROSE}</p><p><strong>Auch interessant:</strong></p><ul><li><a href="/a">14 Tipps für mehr Follower</a></li><li><a href="/b">Die Tweets des Jahres</a></li></ul>`));
		expect(text).toContain('Ending. The phone ships');
		expect(text).not.toContain('Ballonnements');
		expect(text).not.toContain('Auch interessant');
		expect(text).not.toContain('14 Tipps');
	});

	it('drops the featured-image credit line and Shariff share buttons', () => {
		const text = body(read(`${paragraphs(3)}<p style="font-size:12px"><u>Beitragsbild:</u> Titelseite der FAZ vom 2.4.2019, Ausriss.</p><div class="shariff"><ul class="shariff-buttons"><li class="shariff-button twitter"><a href="https://twitter.com/share"><span class="shariff-text">twittern</span></a></li><li class="shariff-button facebook"><a href="https://facebook.com/sharer"><span class="shariff-text">teilen</span></a></li></ul></div>`));
		expect(text).toContain('3. The phone ships');
		expect(text).not.toContain('Beitragsbild');
		expect(text).not.toContain('twittern');
	});

	it('keeps paragraphs a site marks as paywalled (p.paywall): they are the article, shown to subscribers', () => {
		const text = body(read(`<p>1. ${PROSE}</p>${Array.from({length: 4}, (_, i) => `<p class="paywall">${i + 2}. ${PROSE}</p>`).join('')}`));
		expect(text).toContain('5. The phone ships');
	});

	it('keeps an article container that also carries an effect class (entry share, content sticky), but not a share bar', () => {
		const text = body(read(`<div class="entry themeform share"><div class="entry-inner">${paragraphs(3)}</div></div><div class="post share"><p>Share this post on every network you know of, and follow us on all of them too</p></div>`));
		expect(text).toContain('3. The phone ships');
		expect(text).not.toContain('Share this post');
	});
});

describe('generic comment lists', () => {
	it('keep the title a commenter gave the comment with its text', () => {
		const comments = `<div class="kommentare"><div class="kommentar-item"><div class="kommentar-info"><div class="benutzer">Kritiker2010</div><div class="datum">06.11.2023, 13.47 Uhr</div></div><h5>Quantensprung? Wohl eher ein kleiner Schritt.</h5><div class="kommentar-text">Ich will die neue Attraktion gar nicht madig machen, aber das ist wenig.</div></div><div class="kommentar-item"><div class="kommentar-info"><div class="benutzer">Leserin</div><div class="datum">06.11.2023, 14.02 Uhr</div></div><div class="kommentar-text">Ich finde es schön, dass man daran arbeitet, das Viertel aufzuwerten.</div></div></div>`;
		const snapshot = read(paragraphs(4), comments);
		expect(snapshot.comments.items.map((item) => item.text)).toEqual([
			'Quantensprung? Wohl eher ein kleiner Schritt.\nIch will die neue Attraktion gar nicht madig machen, aber das ist wenig.',
			'Ich finde es schön, dass man daran arbeitet, das Viertel aufzuwerten.',
		]);
		expect(body(snapshot)).not.toContain('Quantensprung');
	});
});
