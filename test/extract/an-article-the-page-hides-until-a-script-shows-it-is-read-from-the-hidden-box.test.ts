import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const STORY = '<h2>How we tested</h2><p>The phone lasted fourteen hours in our video playback test, two more than last year, and charged to half in twenty minutes with the bundled brick.</p><p>Standby drain was low too: the battery lost four percent overnight with the screen off, the always-on display disabled and every account syncing in the background.</p><p>Under load the story changed: an hour of gaming took a fifth of the charge, and the frame rate dropped once the back of the phone passed forty-two degrees.</p><p>We repeated every run three times on two retail units bought in a shop, with the brightness fixed at two hundred nits and the same firmware on both.</p>';

function read(html: string): Snapshot {
	const result = extract(pageFromHtml(`<!doctype html><html lang="en"><head><title>Battery test</title></head><body>${html}</body></html>`, 'https://news.example/battery-test'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot;
}

function bodyText(snapshot: Snapshot): string {
	return snapshot.article.body.map((block) => ('text' in block ? block.text : '')).join('\n');
}

describe('an article the page hides until a script shows it', () => {
	it.each([
		['a hidden attribute', '<div hidden class="app-root">'],
		['an inline display:none', '<div class="app-root" style="display: none">'],
		['a hiding class', '<div class="app-root hidden">'],
	])('is read from the box when %s hides it', (_how, open) => {
		const snapshot = read(`<header><a href="/">Phone News</a></header><p class="loading">Loading…</p>${open}${STORY}</div>`);
		expect(bodyText(snapshot)).toContain('The phone lasted fourteen hours');
		expect(bodyText(snapshot)).toContain('same firmware on both');
		expect(snapshot.extractor?.stages?.article).toMatch(/\+hidden$/);
		expect(snapshot.extractor?.warnings.join(' ')).toContain('hides its text');
	});

	it('keeps what is hidden inside the box hidden', () => {
		const snapshot = read(`<p>Loading…</p><div hidden><article>${STORY}<div aria-hidden="true"><p>Swipe left or right to see the next story in this series of battery tests and reviews.</p></div></article></div>`);
		expect(bodyText(snapshot)).toContain('The phone lasted fourteen hours');
		expect(bodyText(snapshot)).not.toContain('Swipe left');
	});

	it('is not read when the visible page gives the article', () => {
		const snapshot = read(`<article>${STORY}</article><div hidden class="transcript"><p>${'The full transcript of the video review follows here, with every word the presenter said about the phone. '.repeat(12)}</p></div>`);
		expect(bodyText(snapshot)).not.toContain('full transcript');
		expect(snapshot.extractor?.stages?.article).not.toMatch(/\+hidden$/);
	});

	it('leaves a hidden dialog, menu or modal out, however long', () => {
		const consent = `<p>${'We and our partners store and access information on your device and process personal data such as unique identifiers. '.repeat(8)}</p>`;
		const snapshot = read(`<h1>Battery test</h1><p>The phone lasted fourteen hours in our video playback test, two more than last year.</p><div hidden role="dialog">${consent}</div><div style="display:none" class="site-menu">${consent}</div><div hidden class="subscribe-modal">${consent}</div>`);
		expect(bodyText(snapshot)).toContain('The phone lasted fourteen hours');
		expect(bodyText(snapshot)).not.toContain('We and our partners');
	});
});
