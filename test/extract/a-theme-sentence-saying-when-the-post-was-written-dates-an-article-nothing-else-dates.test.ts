import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * An old blog theme dates its post only in the sentence under it whose subject is the post
 * itself ("This entry was posted on Monday, December 14th, 2015 at 2:48 pm and is filed under
 * …", WordPress's classic default theme; "Dieser Artikel wurde am 14. Dezember 2015 um 14:48
 * von … geschrieben", a German theme): no `<time>`, no meta tag, no date in the address. That
 * sentence dates the article; a sentence about anything else that mentions a date does not.
 */

function publishedAt(postFooter: string, lang = 'en'): string | null {
	const html = `<!doctype html><html lang="${lang}"><head><title>A virtual wall for the robot vacuum</title></head><body>
<div class="post hentry" id="post-424"><div class="post-headline"><h1>A virtual wall for the robot vacuum</h1></div>
<div class="post-bodycopy">${ARTICLE_PARAGRAPHS}</div>
<div class="post-footer">${postFooter}</div></div></body></html>`;
	return snapshotOf(html, 'http://workshop.example/arduino/424-virtual-wall.php').article.publishedAt;
}

describe('a sentence saying when the post itself was written', () => {
	it('dates the article in the classic theme wording', () => {
		expect(publishedAt('<p class="postmetadata"><small>This entry was posted on Monday, December 14th, 2015 at 2:48 pm and is filed under <a href="/category/arduino" rel="category tag">Arduino</a>.</small></p>')).toBe('2015-12-14T14:48:00Z');
	});

	it('dates the article in its German wording, the writer named after the time', () => {
		expect(publishedAt('Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von <a href="/author/admin/">Heiner</a> geschrieben und unter dem Stichwort <a href="/tag/arduino" rel="tag">Arduino</a> eingeordnet.', 'de-DE')).toBe('2015-12-14T14:48:00Z');
	});

	it('does not when the sentence dates something else', () => {
		expect(publishedAt('<p>The first robot vacuum was posted on December 14th, 2015 to our lab, and it still runs.</p>')).toBeNull();
	});
});
