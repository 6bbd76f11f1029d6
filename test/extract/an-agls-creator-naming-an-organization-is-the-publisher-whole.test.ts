import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const BODY = '<h1>Renewing a passport by post</h1><p>Adults may renew their passport by post: send the signed form, two photos and the payment form to the embassy at least six weeks before you travel.</p><p>Applications that arrive incomplete are returned unprocessed.</p>';

function authorsOf(head: string, body = BODY): string[] {
	const html = `<!doctype html><html lang="en"><head><title>Renewing a passport by post</title>${head}</head><body><main>${body}</main></body></html>`;
	const result = extract(pageFromHtml(html, 'https://embassy.example/passports/renew-by-post.html'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.authors.map((author) => author.name);
}

describe("an AGLS creator naming an organization (corporateName=…)", () => {
	it('is one name, without the field label', () => {
		expect(authorsOf('<meta name="DC.Creator" content="corporateName= Department of Trade and Industry; jurisdiction=Examplia">')).toEqual(['Department of Trade and Industry']);
	});

	it('yields to the byline the page shows', () => {
		const byline = `<p class="byline">By Jane Fairweather</p>${BODY}`;
		expect(authorsOf('<meta name="DC.Creator" content="corporateName=Department of Trade and Industry">', byline)).toEqual(['Jane Fairweather']);
	});
});
