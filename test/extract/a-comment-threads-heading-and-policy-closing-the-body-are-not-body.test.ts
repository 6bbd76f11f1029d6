import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/** A news theme's closing row: a back-to-top link set inline before the thread's heading, the script-filled comment box, the comment policy. */
const THREAD_SURROUNDINGS = `<div class="social_share"></div> <a href="#" class="seitenanfang"><span>Zum Seitenanfang</span> <i>»</i></a> <span class="heading light standalone" id="postings">KOMMENTARE..</span>
<div class="commentbox"><div class="userinput"><form class="writecomment"><textarea placeholder="Schreibe einen Kommentar..."></textarea></form></div><div class="post-wrapper"></div></div>
<div class="legal"><strong>Rechtliche Hinweise:</strong> <p>Die Kommentare der User geben nicht notwendigerweise die Meinung der Redaktion wieder. Die Redaktion behält sich vor, ohne Angabe von Gründen Kommentare zu löschen, insbesondere wenn diese gegen Gesetze oder die guten Sitten verstoßen.</p></div>`;

describe('a comment thread heading closing the body', () => {
	it('leaves out a back-to-top link, the thread heading and the comment policy after the story', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}${THREAD_SURROUNDINGS}`);
		expect(body).toContain('A third paragraph closes the story');
		expect(body).not.toContain('Zum Seitenanfang');
		expect(body).not.toContain('KOMMENTARE');
		expect(body).not.toContain('Rechtliche Hinweise');
		expect(body).not.toContain('Meinung der Redaktion');
	});

	it('keeps a "Comments" heading when the article goes on at length after it', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<h2>Comments</h2>${ARTICLE_PARAGRAPHS.replaceAll('paragraph', 'section')}`);
		expect(body).toContain('Comments');
		expect(body).toContain('A third section closes the story');
	});

	it('keeps a link to the top of the page that says something else', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<p>See the <a href="#specs">full specifications</a> above for the battery sizes of every model we tested.</p>`);
		expect(body).toContain('See the full specifications above');
	});
});
