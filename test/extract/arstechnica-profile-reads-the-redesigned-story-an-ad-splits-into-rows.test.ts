import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * Ars Technica's 2024 redesign: the story's `<article>` sets its text in `div.post-content`
 * parts, each in a grid row beside an ad rail, a full-width ad between the rows; the writer's
 * bio and the comment link follow the last part.
 */
const PROSE = 'The group exploited the flaw for more than two weeks before the vendor flagged it, and the stolen data went up on its leak site.';
const paragraphs = (n: number, label: string): string => Array.from({length: n}, (_, i) => `<p>${label} ${i + 1}. ${PROSE}</p>`).join('');
const row = (spacing: string, part: string, after = ''): string =>
	`<div class="${spacing} mx-auto lg:grid lg:grid-cols-3"><div class="relative lg:col-span-2"><div class="post-content post-content-double">${part}</div>${after}</div><div class="hidden lg:block"><div class="ad-wrapper is-sticky is-rail"><div class="ad ad--rail"></div></div></div></div>`;
const PAGE = '<!doctype html><html lang="en"><head><title>Zero-day steals data - Ars Technica</title><meta property="og:site_name" content="Ars Technica"></head><body><main id="main">'
	+ '<article class="double-column h-entry post-1 post type-post"><header><h1>Zero-day steals data</h1><p>The flaw is about as critical as they come.</p></header>'
	+ row('my-2.5', `${paragraphs(2, 'First')}<h2>Exploited for two weeks</h2>${paragraphs(1, 'Middle')}`)
	+ '<div class="ad-wrapper with-label is-fullwidth"><div class="ad ad--mid-content"></div></div>'
	+ row('mt-2.5', paragraphs(3, 'Second'), '<div class="author-mini-bio"><a href="https://arstechnica.com/author/jane-roe/">Jane Roe</a> Jane Roe is Senior Security Editor, covering malware and encryption.</div><div class="story-tools"><a class="view-comments" href="#comments">47 Comments</a></div>')
	+ '</article></main></body></html>';

describe('the Ars Technica profile on the redesigned story page', () => {
	it('reads every part of the body with its own rule, without a drift warning', () => {
		const result = extract(pageFromHtml(PAGE, 'https://arstechnica.com/security/2026/06/zero-day-steals-data/'));
		if (!result.ok) throw new Error(result.message);
		const {article, extractor} = result.snapshot;
		expect(extractor.stages?.article).toBe('profile');
		expect(extractor.warnings.filter((warning) => warning.startsWith('profile'))).toEqual([]);
		const text = article.body.map((block) => block.text).join('\n');
		expect(text).toContain('First 1. The group exploited');
		expect(text).toContain('Exploited for two weeks');
		expect(text).toContain('Second 3. The group exploited');
		expect(text).not.toContain('Senior Security Editor');
		expect(text).not.toContain('47 Comments');
	});
});
