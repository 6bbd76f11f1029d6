import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

const URL = 'https://recipes.example/rezepte/leber-mit-apfel.htm';

/**
 * An old WordPress theme's thread: each `li#comment-N` opens with the comment's ordinal in its own
 * box, then the label around the name split over a bare word and an inline element ("Kommentar
 * <small>von</small> <cite>Name</cite>"), the date in `small.commentmetadata`, and the words in a
 * bare paragraph (no text class).
 */
function numberedThread(label: string, by: string): string {
	const comments = [
		['4414', 'Mareike', '8. Dezember 2010 um 10:56', 'Eine interessante Art Leber zuzubereiten. Muss ich morgen gleich mal ausprobieren.'],
		['4439', 'Georg', '16. März 2011 um 12:22', 'Mit Apfel und Zwiebel schmeckt sie mir auch am besten, danke für das Rezept.'],
	].map(
		([id, name, date, words], index) => `<li id="comment-${id}" class="${index % 2 === 0 ? 'alt' : ''}">
<p class="comment-number"><a href="#comment-${id}">${index + 1}</a></p>
<img class="gravatar" src="https://www.gravatar.com/avatar.php?gravatar_id=${id}&amp;size=30" title="${name}'s Gravatar" alt="id" />
${label}<small> ${by} </small><cite>${name}</cite>
<br />
<small class="commentmetadata">${date} </small>
<p>${words}</p>
</li>`,
	);
	return `<div id="comments"><h2 class="twost">2 Kommentare zu &#8222;Leber mit Apfel&#8220;</h2><ol class="commentlist" id="commentlist">${comments.join('')}</ol></div>`;
}

describe("an old theme's numbered comment with its name label left loose", () => {
	it.each([
		['Kommentar', 'von'],
		['Comment', 'by'],
	])('reads "%s %s Name": the ordinal is the number, the label is not the words', (label, by) => {
		const {items} = snapshotOf(articlePageWith(numberedThread(label, by)), URL).comments;
		expect(items.map((comment) => comment.number)).toEqual([1, 2]);
		expect(items.map((comment) => comment.author.name)).toEqual(['Mareike', 'Georg']);
		expect(items[0]?.text).toBe('Eine interessante Art Leber zuzubereiten. Muss ich morgen gleich mal ausprobieren.');
		expect(items[1]?.text).toBe('Mit Apfel und Zwiebel schmeckt sie mir auch am besten, danke für das Rezept.');
		expect(items[0]?.postedAt).toBe('2010-12-08T10:56:00Z');
	});

	it('keeps a loose line that says more than a label', () => {
		const html = articlePageWith(`<div id="comments"><ol class="commentlist"><li id="comment-7"><cite>Ann</cite> <small>von unterwegs</small><br /><small class="commentmetadata">8. Dezember 2010 um 10:56</small><p>Schmeckt auch mit Birne.</p></li></ol></div>`);
		expect(snapshotOf(html, URL).comments.items[0]?.text).toBe('von unterwegs Schmeckt auch mit Birne.');
	});
});
