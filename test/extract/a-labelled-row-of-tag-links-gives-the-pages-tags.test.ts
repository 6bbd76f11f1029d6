import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A theme with hashed class names prints its tag row for readers, "Tag: calcio – mondiali 2026":
 * the label and the links are the page's tags when no meta or JSON-LD names them.
 */

function tagsOf(row: string): string[] {
	const html = `<!doctype html><html lang="it"><head><title>Le pause per bere ai Mondiali</title>
<meta property="og:title" content="Le pause per bere ai Mondiali"></head><body>
<main><article><h1 class="index_title__x9Qa1">Le pause per bere ai Mondiali</h1>${ARTICLE_PARAGRAPHS}${row}</article></main></body></html>`;
	return snapshotOf(html, 'https://giornale.example/2026/06/15/pause-mondiali/').article.tags;
}

describe('a labelled row of tag links', () => {
	it('gives the page’s tags when the label is an element of its own', () => {
		const row = '<div class="index_art_tag__TQE5v"><span class="index_tag__RdW4j">Tag: </span><a href="/tag/calcio/">calcio</a><strong>-</strong><a href="/tag/mondiali-2026/">mondiali 2026</a></div>';
		expect(tagsOf(row)).toEqual(['calcio', 'mondiali 2026']);
	});

	it('gives the page’s tags when the label opens the row’s text', () => {
		expect(tagsOf('<p>Schlagworte: <a href="/t/fussball">Fußball</a>, <a href="/t/wm">WM 2026</a></p>')).toEqual(['Fußball', 'WM 2026']);
	});

	it('gives the page’s tags when the label’s colon is in a later text of its element', () => {
		const row = '<div><span>Tags<!-- label --> :</span><a href="/tag/calcio/">calcio</a> · <a href="/tag/serie-a/">Serie A</a></div>';
		expect(tagsOf(row)).toEqual(['calcio', 'Serie A']);
	});

	it('does not when the label opens a sentence with links in it', () => {
		expect(tagsOf('<p>Tags: see <a href="/help/tags">how we tag stories</a> for more.</p>')).toEqual([]);
	});
});
