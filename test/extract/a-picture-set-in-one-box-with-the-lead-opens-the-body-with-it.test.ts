import {describe, expect, it} from 'vitest';
import type {Block} from '../../src/snapshot/schema.js';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A CMS sets the story's intro block between the headline and the body container: its picture
 * (in a zoom link, or in a media box with caption and credit boxes of its own) beside the lead
 * paragraph. The page groups that picture with the story's opening text: it opens the body with
 * the lead. A picture in the headline's own header is the page's hero shot, left out as
 * Readability leaves it, and a teaser card of another story is never the story's picture.
 */
const LEAD = 'Seventy years after the first handset went on sale, the city remembered the engineers who built it with a day of talks.';
const PICTURE = '/images/2022/remembrance-day.jpg';

function bodyOf(between: string, header = '<h1>Remembering the first handset</h1>'): Block[] {
	const html = `<!doctype html><html lang="en"><head><title>Remembering the first handset | City News</title></head><body><main>
<article class="module article-full"><div class="module-box"><div class="row">${header}
${between}
<div class="body-text">${ARTICLE_PARAGRAPHS}</div></div></div></article></main></body></html>`;
	return snapshotOf(html, 'https://city.example/texts/remembering-the-first-handset.html').article.body;
}

const picturesOf = (body: readonly Block[]): string[] => body.filter((block) => block.type === 'image').map((block) => block.src ?? '');

describe('a picture set in one box with the lead between the headline and the body', () => {
	it('opens the body, before the lead', () => {
		const body = bodyOf(`<div class="intro"><span class="picture-element"><a href="/images/2022/remembrance-day.html?view=lightbox" class="showbox-opener"><em class="picture-wrapper"><img src="${PICTURE}" alt="The speakers on stage"><em class="icon-lens"></em></em></a>
<p class="image-annotation"><em class="copyright">© City Press Office | Jane Roe</em></p></span>
<p>${LEAD}</p></div>`);
		expect(body[0]).toMatchObject({type: 'image', src: `https://city.example${PICTURE}`});
		expect(body[1]?.text).toBe(LEAD);
	});

	it('comes with the caption box its media box holds beside it', () => {
		const body = bodyOf(`<div class="node__header"><div class="field field--name-field-header-image"><article class="media media--type-image"><div class="field field--name-field-media-image"><picture><img src="${PICTURE}" alt="Speakers"></picture></div>
<div class="field field--name-field-image-caption"><p>The speakers on stage before the first talk of the day.</p></div>
<div class="field field--name-field-image-credits"><p>Agency</p></div></article></div>
<div class="field field--name-field-lead">${LEAD}</div></div>`);
		expect(body[0]).toMatchObject({type: 'image', src: `https://city.example${PICTURE}`});
		expect(body[0]?.text).toContain('The speakers on stage before the first talk of the day.');
		expect(body[1]?.text).toBe(LEAD);
	});

	it('is left out when it stands in the headline\'s header (the hero shot)', () => {
		const body = bodyOf('', `<header><h1>Remembering the first handset</h1><figure><img src="${PICTURE}" alt="Speakers"><figcaption>The speakers on stage before the first talk of the day.</figcaption></figure><p>${LEAD}</p></header>`);
		expect(picturesOf(body)).toEqual([]);
		expect(body[0]?.text).toBe(LEAD);
	});

	it('is left out when it is a teaser card of another story', () => {
		const body = bodyOf(`<div class="intro"><p>${LEAD}</p><div class="card"><a href="/texts/another-story.html"><img src="/images/another.jpg" alt=""></a><h3><a href="/texts/another-story.html">Another story from the archive</a></h3></div></div>`);
		expect(picturesOf(body)).toEqual([]);
	});

	it('is left out when it is the writer\'s portrait, declared small', () => {
		const body = bodyOf(`<div class="intro"><img src="/images/jane-roe.jpg" width="64" height="64" alt="Jane Roe"><p>${LEAD}</p></div>`);
		expect(picturesOf(body)).toEqual([]);
	});
});
