import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const BODY = '<p>Residents may renew their parking permit by post: send the signed form, a copy of the vehicle registration and the fee to the council office at least two weeks before the permit runs out.</p><p>Permits renewed online are valid from the day the payment clears; permits renewed by post from the day the form arrives.</p>';

function titleOf(head: string, headline: string): string | null {
	const html = `<!doctype html><html lang="en"><head>${head}</head><body><header><a href="/">City Council</a></header><main><h1>${headline}</h1>${BODY}<h1>Questions?</h1><p>Call the permit desk on weekdays.</p></main></body></html>`;
	const result = extract(pageFromHtml(html, 'https://council.example/permits/renew-by-post.html'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.title;
}

describe("a template's meta title sharing no word with the headline the page prints", () => {
	it('is not the title', () => {
		const head = '<meta name="DC.Title" content="City Council of "><title>Renewing a parking permit by post</title>';
		expect(titleOf(head, 'Renewing a parking permit by post')).toBe('Renewing a parking permit by post');
	});

	it('is the title when it shares the story’s words', () => {
		const head = '<meta name="DC.Title" content="Parking permit renewals"><title>Renewing a parking permit by post</title>';
		expect(titleOf(head, 'Renewing a parking permit by post')).toBe('Parking permit renewals');
	});

	it('leaves a social title alone', () => {
		const head = '<meta property="og:title" content="Council news and services"><title>Renewing a parking permit by post</title>';
		expect(titleOf(head, 'Renewing a parking permit by post')).toBe('Council news and services');
	});
});
