import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A news CMS files a story two writers share under one account, and its JSON-LD names one Person
 * "Mike Wuerthele and Malcolm Owen", with that account's page as its url. Those are two writers;
 * the link stays with the first, whose account it is. A company ("Procter & Gamble") or one name
 * that is not two full names stays whole.
 */

function authors(name: string): {name: string | null; url: string | null}[] {
	const ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Next year’s phones may change colour again', author: {'@type': 'Person', name, url: 'https://phones.example/editor/first+writer'}};
	const html = `<!doctype html><html lang="en"><head><title>Next year’s phones may change colour again</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>
<article><h1>Next year’s phones may change colour again</h1>${ARTICLE_PARAGRAPHS}</article></body></html>`;
	return snapshotOf(html, 'https://phones.example/articles/26/06/15/colour-again').article.authors.map(({name, url}) => ({name, url}));
}

describe('a joint byline filed as one person', () => {
	it('names each writer, the link with the first', () => {
		expect(authors('Mike Wuerthele  and Malcolm Owen')).toEqual([
			{name: 'Mike Wuerthele', url: 'https://phones.example/editor/first+writer'},
			{name: 'Malcolm Owen', url: null},
		]);
	});

	it('stays whole when the parts are not full names', () => {
		expect(authors('Procter & Gamble').map((author) => author.name)).toEqual(['Procter & Gamble']);
	});
});
