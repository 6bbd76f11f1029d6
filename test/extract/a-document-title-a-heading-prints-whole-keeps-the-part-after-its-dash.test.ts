import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const BODY = '<p>Adults may renew their passport by post: send the signed form, two photos and the payment form to the embassy at least six weeks before you travel.</p><p>Applications that arrive incomplete are returned unprocessed.</p>';

function titleOf(title: string, headline: string): string | null {
	const html = `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main><h1>${headline}</h1>${BODY}<h1>Questions?</h1><p>Call the consular desk on weekdays.</p></main></body></html>`;
	const result = extract(pageFromHtml(html, 'https://embassy.example/passports/mailed-in.html'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.title;
}

describe('a document title a heading prints whole', () => {
	it('keeps the part after its dash', () => {
		expect(titleOf('Mailed in passport applications (adult renewals - form P7)', 'Mailed in passport applications (adult renewals - form P7)')).toBe('Mailed in passport applications (adult renewals - form P7)');
	});

	it('still loses a site name no heading prints', () => {
		expect(titleOf('Mailed in passport applications - Embassy of Examplia in Bangkok', 'Mailed in passport applications')).toBe('Mailed in passport applications');
	});
});
