import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A government CMS prints a press release's facts under the headline as label and value pairs
 * in one line (`<p class="docData"><strong class="label">Ort</strong> <span class="value">Bonn
 * </span><br><strong class="label">Datum</strong> <span class="value">28.01.2022</span></p>`),
 * with no colon after the label, no `<time>`, meta tag or address date, and below the box that
 * holds the headline's box, out of the headline's head. The value after the
 * "Datum" label dates the release; a value after a byline's "Posted by" does not.
 */
function publishedAt(facts: string): string | null {
	const html = `<!doctype html><html lang="de"><head><title>Amt startet Forschungsprojekt</title></head><body>
<main class="main row"><div id="content" class="content column"><div class="column s-richtext l-content-wrapper">
<div class="l-content-wrapper"><div class="c-intro"><div class="c-intro__content"><h1 class="c-intro__headline">Amt startet Forschungsprojekt</h1></div>
<div class="c-intro__image-container" aria-hidden="true"><img src="/images/kopfbereich.png" alt="Kopfbereich"></div></div></div>
<p class="docData pressrelease">${facts}</p>
${ARTICLE_PARAGRAPHS}</div></div></main></body></html>`;
	return snapshotOf(html, 'https://amt.example/DE/Presse/Pressemitteilungen/forschungsprojekt.html').article.publishedAt;
}

describe('a date in a label and value pair', () => {
	it('dates the press release when the label is alone in its element', () => {
		expect(publishedAt('<strong class="label">Ort</strong> <span class="value">Bonn</span><br/><strong class="label">Datum</strong> <span class="value">28.01.2022</span><br/>')).toBe('2022-01-28T00:00:00Z');
		expect(publishedAt('<b>Ort:</b> <span>Bonn</span> <b>Datum:</b> <span>28.01.2022</span>')).toBe('2022-01-28T00:00:00Z');
	});

	it('while a value after a byline label dates nothing', () => {
		expect(publishedAt('<strong class="label">Ort</strong> <span class="value">Bonn</span><br/><span>Posted by</span> <span>6 years ago</span>')).toBeNull();
	});
});
