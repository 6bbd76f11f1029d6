import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A CMS escapes the description it writes into its meta tags twice (`l&amp;rsquo;ambiente`): once
 * decoded by the parser, it still reads "l&rsquo;ambiente".
 */
function subtitleOf(metaContent: string): string | null {
	const html = `<!doctype html><html lang="it"><head><title>Partizan, si pensa a un lungo</title>
<meta name="description" content="${metaContent}"></head><body><article><h1>Partizan, si pensa a un lungo</h1>${ARTICLE_PARAGRAPHS}</article></body></html>`;
	return snapshotOf(html, 'https://basket.example/euroleague/partizan-lungo-1234').article.subtitle;
}

describe('a meta description escaped twice', () => {
	it('reads as its text, each character reference decoded', () => {
		expect(subtitleOf('Tra i nomi che scaldano l&amp;rsquo;ambiente del club, quello del lungo &amp;egrave; diventato centrale &amp;#8211; e non da oggi.')).toBe('Tra i nomi che scaldano l’ambiente del club, quello del lungo è diventato centrale – e non da oggi.');
	});

	it('keeps an ampersand written once', () => {
		expect(subtitleOf('Il club di Belgrado e la dirigenza R&amp;D: cosa cambia per il mercato.')).toBe('Il club di Belgrado e la dirigenza R&D: cosa cambia per il mercato.');
	});
});
