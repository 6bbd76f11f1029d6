import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * The Verge's 2026 Duet markup: the story's blocks (`div.duet--article--article-body-component`)
 * sit in a box with hashed classes after the writer's bio line, with no
 * `…article-body-component-container` around them.
 */
const PROSE = 'The phone delivers the flagship essentials, including a capable camera, and looks good doing it, though its battery is middling.';
const component = (inner: string): string => `<div class="duet--article--article-body-component">${inner}</div>`;
const PAGE = '<!doctype html><html lang="en-US"><head><title>Phone review | The Verge</title><meta property="og:site_name" content="The Verge"></head><body><div id="__next"><main id="content"><article>'
	+ '<div class="duet--article--lede"><h1 class="cbn62f2">Phone review</h1></div>'
	+ '<div class="duet--layout--entry-body-container j2p4kx0"><div class="duet--layout--entry-body mebm7x0"><div class="duet--ledes--standard-lede-bottom"><div class="_4aoxp30"><a href="/authors/jane-roe"><img alt="Jane Roe" src="/jane.jpg"></a> <span>Jane Roe</span> <span class="_4aoxp37">is a news editor with over a decade’s experience in journalism.</span></div></div>'
	+ `<div id="zephr-anchor" class="_1044qiz13">${component(`<p class="duet--article--standard-paragraph">First. ${PROSE}</p>`)}${component(`<p class="duet--article--standard-paragraph">Second. ${PROSE}</p>`)}`
	+ `${component(`<p class="duet--article--standard-paragraph">Third. ${PROSE}</p>`)}</div></div></div></article></main></div></body></html>`;

describe('the Verge profile on the 2026 Duet markup', () => {
	it('reads the body components with its own rule, without a drift warning, and leaves the bio line out', () => {
		const result = extract(pageFromHtml(PAGE, 'https://www.theverge.com/tech/1/phone-review'));
		if (!result.ok) throw new Error(result.message);
		const {article, extractor} = result.snapshot;
		expect(extractor.stages?.article).toBe('profile');
		expect(extractor.warnings.filter((warning) => warning.startsWith('profile'))).toEqual([]);
		const text = article.body.map((block) => block.text).join('\n');
		expect(text).toContain('First. The phone delivers');
		expect(text).toContain('Third. The phone delivers');
		expect(text).not.toContain('news editor');
	});
});
