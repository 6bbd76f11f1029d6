import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A page whose story is bare text split by `<br><br>` in an `<article>` makes the scorer take the
 * container around it, which also holds the headline's own `<header>`: the headline, the
 * standfirst, the section labels and the date. The labels and the date are the head's metadata;
 * the standfirst, when the story opens with it again word for word, is read once.
 */

const SUMMARY = 'I mostly watch films in the cinema, but streaming services now carry so many good series and films of their own that a small screen no longer does them justice.';
const STORY = [
	SUMMARY,
	'Phones and laptops make streaming easy, yet the best shows deserve a bigger picture, so the answer had to be a home theatre of some kind.',
	'There is no room for a dedicated theatre here, so I rented two pocket projectors from a battery maker and used them for a fortnight.',
	'Both measure about twelve centimetres on each side and weigh less than half a kilo, small enough to surprise anyone who orders one.',
].join('<br><br>');

function bodyOf(summary: string) {
	const html = `<!doctype html><html lang="en"><head><title>Small but mighty: pocket projectors turn my flat into a cinema | Gadget Today</title></head><body>
<div class="thm-body"><main class="thm-main">
<header class="arti-header"><h1 class="head">Small but mighty: pocket projectors turn my flat into a cinema</h1>
<p class="arti-summary">${summary}</p>
<div class="group"><span class="category-group-name">Tech</span> <span class="category-name">Gadgets and tools</span></div>
<time class="date" datetime="2019-04-19T09:39:34+09:00">Fri, 19 Apr 2019 09:39</time></header>
<div class="arti-content"><article class="arti-body">${STORY}</article></div>
</main></div></body></html>`;
	return snapshotOf(html, 'https://gadgets.example/article/2019/04/19/169284.html').article.body.map((block) => block.text);
}

describe('the headline’s own header inside the body', () => {
	it('gives neither its section labels nor its date line', () => {
		const body = bodyOf(SUMMARY).join(' | ');
		expect(body).not.toContain('Gadgets and tools');
		expect(body).not.toContain('19 Apr 2019');
	});

	it('gives its standfirst once when the story opens with it again', () => {
		const body = bodyOf(SUMMARY);
		expect(body.filter((text) => text === SUMMARY)).toHaveLength(1);
		expect(body[0]).toBe(SUMMARY);
	});

	it('gives a standfirst the story does not repeat', () => {
		const standfirst = 'Two rented pocket projectors, a white wall and a fortnight of films: here is how a small flat became a home theatre.';
		expect(bodyOf(standfirst)[0]).toBe(standfirst);
	});
});

describe('a standfirst in the headline’s own header', () => {
	it('keeps the words and the date set inside its sentence', () => {
		const standfirst = 'On <time datetime="2019-04-18">Thursday</time> two rented <span class="hl">pocket projectors</span> turned a small flat into a home theatre for a fortnight.';
		expect(bodyOf(standfirst)[0]).toBe('On Thursday two rented pocket projectors turned a small flat into a home theatre for a fortnight.');
	});
});
