import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * An old CMS sets the home page's tagline as every page's meta description ("Linuxbench is the
 * leading technology website for …"): it describes the site, not the story.
 */
function subtitleOf(description: string, head = ''): string | null {
	const html = `<!doctype html><html lang="en"><head><title>Steam Linux Share Ticks Up For May - Linuxbench</title>
<meta name="description" content="${description}">${head}</head><body><article><h1>Steam Linux Share Ticks Up For May</h1>${ARTICLE_PARAGRAPHS}</article></body></html>`;
	return snapshotOf(html, 'https://linuxbench.example/news/steam-may').article.subtitle;
}

describe('a meta description whose subject is the site', () => {
	it('is not the subtitle when it opens with the name the title carries', () => {
		expect(subtitleOf('Linuxbench is the leading technology website for Linux hardware reviews, open-source news and benchmarks.')).toBeNull();
	});

	it('is not the subtitle when it opens with the name og:site_name gives', () => {
		expect(subtitleOf('Bench Weekly is a magazine about Linux hardware.', '<meta property="og:site_name" content="Bench Weekly">')).toBeNull();
	});

	it('stays the subtitle when it is about the story', () => {
		expect(subtitleOf('Valve published its survey numbers for May: Linux use rose to 0.84 percent.')).toBe('Valve published its survey numbers for May: Linux use rose to 0.84 percent.');
		expect(subtitleOf('Linuxbench readers asked for more Steam numbers, so here they are.')).toBe('Linuxbench readers asked for more Steam numbers, so here they are.');
	});
});
