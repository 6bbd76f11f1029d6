import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/** Articles whose text is spread over several containers, on small pages written as real sites write them (no profile). */

const PROSE = 'The phone ships with a larger battery, a brighter display and a faster chip, and its price stays the same as last year, which reviewers welcomed.';

function read(body: string): Snapshot {
	const html = `<!doctype html><html lang="en"><head><title>Phone review</title></head><body>${body}</body></html>`;
	const result = extract(pageFromHtml(html, 'https://www.example.com/phones/review'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot;
}

function text(snapshot: Snapshot): string {
	return snapshot.article.body.map((block) => block.text).join('\n');
}

const paragraphs = (n: number, label: string): string => Array.from({length: n}, (_, i) => `<p>${label} ${i + 1}. ${PROSE}</p>`).join('');

describe('generic body split into parts', () => {
	it('reads a landing page of short feature items in sections whole, not only its one longer notice', () => {
		const feature = (name: string): string => `<li class="feature"><h2>${name}</h2><p>Use the ${name} to inspect and change any page you open while you build it.</p><a href="/docs/${name}">Learn more about ${name}</a></li>`;
		const snapshot = read(`<main><section class="intro"><header><h1>Welcome</h1><p>Get to know the tools that make this browser complete.</p></header><ul class="features">${feature('Inspector')}${feature('Console')}</ul>`
			+ `<div class="notice"><h4>Important: sync your profile</h4><p>This edition comes with a new profile, so you can run it alongside other versions. To keep your bookmarks, history and more, sync the profile with your account, or create a new one.</p></div></section>`
			+ `<section class="more"><div class="container"><h2>Features and tools</h2><ul class="features">${['Debugger', 'Network Monitor', 'Style Editor', 'Audio Editor'].map(feature).join('')}</ul></div></section></main>`);
		const body = text(snapshot);
		expect(body).toContain('sync the profile with your account');
		expect(body).toContain('Use the Inspector to inspect');
		expect(body).toContain('Use the Audio Editor to inspect');
	});

	it('keeps the first part of an article split into same-class containers when a sidebar nests its paragraphs deeper', () => {
		const nested = `<div class="post-content"><div class="wrapper"><div class="container"><div class="row"><aside class="sidebar">Jane Roe, Staff Writer</aside><section class="outer"><div class="column"><div class="section"><div class="text">${paragraphs(3, 'Opening')}</div></div></div></section></div></div></div></div>`;
		const flat = `<div class="post-content">${paragraphs(10, 'Later')}</div>`;
		const body = text(read(`<div id="post"><h1>Phone review</h1>${nested}<figure><img src="/a.jpg" alt="The phone"></figure>${flat}</div>`));
		expect(body).toContain('Opening 1. The phone ships');
		expect(body).toContain('Later 10. The phone ships');
		expect(body).not.toContain('Staff Writer');
	});

	it('keeps the post\'s own paragraphs around a longer part the author pasted into nested wrappers', () => {
		const long = `${PROSE} ${PROSE}`;
		const own = Array.from({length: 9}, (_, i) => `<p>Own ${i + 1}. ${long}</p><p>Source: <a href="/sources/${i}">https://www.example.com/sources/phone-review-part-${i + 1}</a></p>`).join('');
		const pasted = Array.from({length: 10}, (_, i) => `<p>Pasted ${i + 1}. ${long}</p>`).join('');
		const body = text(read(`<div class="post"><h1>Phone review</h1><div class="inner">${own}<div class="forwarded"><p>Forwarded from the newsletter:</p><div><div>${pasted}</div></div></div></div></div>`));
		expect(body).toContain('Own 1. The phone ships');
		expect(body).toContain('Pasted 10. The phone ships');
	});

	it('keeps a chapter whose id repeats its heading even when the id holds a furniture word, and still drops share boxes', () => {
		const chapter = (id: string, heading: string, label: string): string => `<div class="section" id="${id}"><h2>${heading}</h2>${paragraphs(3, label)}</div>`;
		const body = text(read(`<div class="document"><h1>Shared history</h1>${paragraphs(3, 'Intro')}${chapter('sharing-with-a-single-developer', 'Sharing with a single developer', 'Single')}`
			+ `${chapter('sharing-with-multiple-developers', 'Sharing with multiple developers', 'Multiple')}<div id="sharing-tools"><p>Share this page with your friends on every network you know of</p></div></div>`));
		expect(body).toContain('Sharing with a single developer');
		expect(body).toContain('Single 3. The phone ships');
		expect(body).toContain('Multiple 3. The phone ships');
		expect(body).not.toContain('Share this page');
	});

	it('joins the parts of an article that ads split into same-class wrappers', () => {
		const part = (label: string, n: number): string => `<div class="story-wrapper"><div class="story-body story-body-${label}">${paragraphs(n, label)}</div><div class="supplemental"><a href="/more-${label}">More phone coverage</a></div></div>`;
		const body = text(read(`<article class="story"><h1>Phone review</h1>${part('First', 2)}<div class="interrupter"><div class="ad">Advertisement</div></div>${part('Second', 12)}</article>`));
		expect(body).toContain('First 1. The phone ships');
		expect(body).toContain('Second 12. The phone ships');
		expect(body).not.toContain('Advertisement');
	});

	it('joins list items that share the winner\'s first class though their modifiers differ, pictures and headings too', () => {
		const item = (kind: string, inner: string): string => `<div class="list-item list-item-${kind} wide">${inner}</div>`;
		const body = text(read(`<article><h1>Phone review</h1><div id="items" class="items">`
			+ item('image', '<h2>The new phone is thinner than any before it, and its makers say it lasts two days on a charge.</h2><img src="/phone.jpg" alt=""><p class="credit">Maker photo</p>')
			+ item('text', paragraphs(5, 'First'))
			+ item('grid', '<div><img src="/side.jpg" alt=""></div><p>Press kit</p>')
			+ item('text', paragraphs(3, 'Second'))
			+ '</div></article>'));
		expect(body).toContain('The new phone is thinner');
		expect(body).toContain('Maker photo');
		expect(body).toContain('Press kit');
		expect(body).toContain('Second 3. The phone ships');
	});

	it('leaves out a row of teaser links that shares only a grid class with the article', () => {
		const teasers = ['Best phones of the year', 'Our tablet guide', 'Cheap earbuds that sound great'].map((title, i) => `<a href="/story-${i}">${title}, reviewed and compared with all of their rivals</a>`).join(' ');
		const body = text(read(`<main><h1>Phone review</h1><div class="row story">${paragraphs(8, 'Part')}</div><div class="row more">${teasers}</div></main>`));
		expect(body).toContain('Part 8. The phone ships');
		expect(body).not.toContain('Best phones of the year');
	});
});

describe('generic body on pages whose text sits in the body itself', () => {
	it('keeps the headings and figure captions between the paragraphs', () => {
		const section = (n: number): string => `<h2>Part ${n} heading</h2><figure><img src="/p${n}.jpg" alt="A photo"><figcaption>Caption of figure ${n}</figcaption></figure><p>Part ${n}. ${PROSE}</p><hr>`;
		const body = text(read(`<h1>Phone review</h1><p>${PROSE}</p><hr>${section(1)}${section(2)}${section(3)}`));
		expect(body).toContain('Part 2 heading');
		expect(body).toContain('Caption of figure 3');
		expect(body).toContain('Part 3. The phone ships');
	});

	it('keeps MathML formulas even when their renderer wraps them in menu-named widgets', () => {
		const formula = `<mjx-container class="MathJax CtxtMenu_Attached_0"><mjx-assistive-mml><math><mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml></mjx-container>`;
		const body = text(read(`<h1>Quadratic equations</h1><p>When ${formula}, there are two solutions to the equation, and they are given by the formula that every student learns at school.</p><p>${PROSE}</p>`));
		expect(body).toMatch(/a\s*≠\s*0/);
	});

	it('reads paragraphs written as bare <div>s as paragraphs: the short lines and headings between them stay', () => {
		const body = text(read(`<article><h1>Phone review</h1><div>${PROSE} ${PROSE}</div><p>Links</p><p><a href="/specs">Full specifications</a></p><h2>Verdict</h2><div>${PROSE} ${PROSE}</div></article>`));
		expect(body).toContain('Links');
		expect(body).toContain('Full specifications');
		expect(body).toContain('Verdict');
	});

	it('drops a comment form\'s login prompt', () => {
		const body = text(read(`<div id="content"><h1>Phone review</h1>${paragraphs(4, 'Part')}<form><input name="q"></form>Du musst <a href="#login">Eingeloggt</a> sein um Kommentare zu schreiben! oder noch gar nicht <a href="/register">Registriert</a>?</div>`));
		expect(body).toContain('Part 4. The phone ships');
		expect(body).not.toContain('Kommentare zu schreiben');
	});

	it('joins a short closing sentence next to the article, but not a short label', () => {
		const body = text(read(`<div id="wrap"><h1>Phone review</h1><div class="story">${paragraphs(8, 'Part')}</div><p>We will update this review after a month of use.</p><p>Sponsored links</p></div>`));
		expect(body).toContain('after a month of use.');
		expect(body).not.toContain('Sponsored links');
	});
});
