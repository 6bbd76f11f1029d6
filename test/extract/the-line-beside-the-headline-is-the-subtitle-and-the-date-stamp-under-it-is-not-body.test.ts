import {describe, expect, it} from 'vitest';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * News templates with hashed class names (as Android Authority's): the headline's own box holds
 * the h1 and the dek the reader sees under it, then a byline row ("By NAME • DATE — TIME ET"),
 * then the picture with its credit line. The dek is the subtitle, ahead of the description
 * written for search engines; the date stamp is metadata, not body, also after the dek.
 */

const DEK = 'The upgrade is spreading to more TVs, though the experience still looks rough.';
const DESCRIPTION = 'Google TV users are starting to see 4K HDR badges on sports streams.';

function page(headlineBox: string): Snapshot {
	return snapshotOf(`<!doctype html><html lang="en"><head><title>Sports 4K HDR comes to Google TV</title><meta name="description" content="${DESCRIPTION}"></head><body><main><div class="e_d">
${headlineBox}
<div class="e_Pc"><div class="e_Qc"><div class="e_Rc"><span>By </span><button type="button" class="e_Rc e_Lo">Hillary Keverenge</button></div><div class="e_Uc">•</div><p class="e_Sc">Oct 6, 2026<span class="e_Tc"> — 5:57 AM ET</span></p><div class="e_Uc">•</div></div></div>
<div class="e_ov"><picture class="e_yh"><img class="e_zh" alt="A remote in a hand" src="https://news.example/remote.jpg"></picture><div class="e_wx"><div class="e_Gq">Megan Ellis / Android Authority</div></div></div>
${PARAGRAPH_BOXES}</div></main></body></html>`, 'https://news.example/sports-4k-hdr-google-tv');
}

/** Each paragraph in a box of its own, as such templates write them: the story's container is the whole column. */
const PARAGRAPH_BOXES = ARTICLE_PARAGRAPHS.split('\n').map((paragraph) => `<div class="e_e e_N">${paragraph}</div>`).join('\n');

const texts = (snapshot: Snapshot): string[] => snapshot.article.body.map((block) => block.text);

describe('the line beside the headline', () => {
	it('is the subtitle, ahead of the meta description, and stays the first line of the body', () => {
		const snapshot = page(`<div><h1 class="e_sd">Sports 4K HDR comes to Google TV</h1><div class="e_1c">${DEK}</div></div>`);
		expect(snapshot.article.subtitle).toBe(DEK);
		expect(texts(snapshot)[0]).toBe(DEK);
	});

	it('leaves the date stamp under it out of the body, and gives the picture its credit as caption', () => {
		const snapshot = page(`<div><h1 class="e_sd">Sports 4K HDR comes to Google TV</h1><div class="e_1c">${DEK}</div></div>`);
		expect(texts(snapshot).join('\n')).not.toContain('Oct 6, 2026');
		expect(snapshot.article.body[1]).toMatchObject({type: 'image', text: 'Megan Ellis / Android Authority', alt: 'A remote in a hand'});
	});

	it('is not a subtitle when it is a byline row with a date, or when the box holds the story', () => {
		const byline = page(`<div><h1 class="e_sd">Sports 4K HDR comes to Google TV</h1><div class="e_1c">6. Dezember 2022 von Fatima in Streaming</div></div>`);
		expect(byline.article.subtitle).toBe(DESCRIPTION);
		const story = page(`<div><h1 class="e_sd">Sports 4K HDR comes to Google TV</h1><p>${DEK}</p><p>${DEK}</p></div>`);
		expect(story.article.subtitle).toBe(DESCRIPTION);
	});
});
