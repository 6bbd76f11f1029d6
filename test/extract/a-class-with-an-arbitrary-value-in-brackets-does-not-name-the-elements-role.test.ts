import {describe, expect, it} from 'vitest';
import {articleBlocks, articleText, ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';

describe('utility classes with an arbitrary value in brackets', () => {
	it('keep a heading whose scroll margin clears a sticky breadcrumb trail', () => {
		const heading = '<h2 class="scroll-mt-[calc(var(--breadcrumb-height)+1rem)] text-pretty">What the new chip changes</h2>';
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}${heading}${ARTICLE_PARAGRAPHS}`);
		expect(blocks).toContainEqual(expect.objectContaining({type: 'heading', text: 'What the new chip changes'}));
	});

	it('keep a box whose class styles a sidebar inside it, not the box itself', () => {
		const box = '<div class="[&_.sidebar]:hidden"><p>Battery life improved by two hours in our video playback test, the longest result any phone this size has managed so far.</p></div>';
		expect(articleText(`${ARTICLE_PARAGRAPHS}${box}`)).toContain('Battery life improved by two hours');
	});

	it('still read the plain class names beside them', () => {
		const trail = '<div class="breadcrumb scroll-mt-[var(--crumbs-height)]"><a href="/">Home</a> › <a href="/phones">Phones</a></div>';
		expect(articleText(`${ARTICLE_PARAGRAPHS}${trail}`)).not.toContain('Home');
	});
});
