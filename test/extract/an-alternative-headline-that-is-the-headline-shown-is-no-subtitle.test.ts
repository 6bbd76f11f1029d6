import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A news site keeps the short headline it writes for search in JSON-LD `headline` (the `<title>`
 * repeats it) and the long one its h1 shows in `alternativeHeadline`. That is the headline in
 * other words, not a subtitle: the page's description, or its printed dek, is.
 */
const URL = 'https://news.example/chip-maker-export-fight-explained-2026-6';
const SHORT = "Your guide to the chip maker's export fight";
const LONG = "Your guide to the chip maker's long fight over export rules";
const DESCRIPTION = 'The chip maker is at the center of another showdown with the government, this time over its newest processors.';

function pageWith(alternativeHeadline: string, dek = ''): string {
	const ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', headline: SHORT, alternativeHeadline, description: DESCRIPTION};
	return `<!doctype html><html lang="en"><head><title>Your Guide to the Chip Maker's Export Fight - News Example</title>
<meta name="description" content="${DESCRIPTION}"><script type="application/ld+json">${JSON.stringify(ld)}</script></head>
<body><article><h1>${LONG}</h1>${dek}<div class="content">${ARTICLE_PARAGRAPHS}</div></article></body></html>`;
}

describe("an alternativeHeadline that is the page's h1", () => {
	it('is no subtitle: the description is', () => {
		const {article} = snapshotOf(pageWith(LONG), URL);
		expect(article.title).toBe(SHORT);
		expect(article.subtitle).toBe(DESCRIPTION);
	});

	it('leaves the printed dek as the subtitle', () => {
		const dek = '<div class="article-dek">The company had earlier promised to keep selling abroad, a pledge the new rules now test.</div>';
		expect(snapshotOf(pageWith(LONG, dek), URL).article.subtitle).toBe('The company had earlier promised to keep selling abroad, a pledge the new rules now test.');
	});

	it('keeps an alternativeHeadline that is not the h1 as the subtitle', () => {
		expect(snapshotOf(pageWith('Why the new rules matter for every phone maker'), URL).article.subtitle).toBe('Why the new rules matter for every phone maker');
	});
});
