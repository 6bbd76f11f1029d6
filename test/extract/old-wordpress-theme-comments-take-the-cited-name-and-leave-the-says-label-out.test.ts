import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

const URL = 'https://oldblog.example/2008/06/28/favourite-singers/';

/** A comment as the Kubrick theme (WordPress's default 2005–2010) prints it: name, loose label, date line, bare paragraphs. */
function kubrickComment(id: number, alt: boolean, name: string, label: string, date: string, text: string): string {
	return `<li ${alt ? 'class="alt" ' : ''}id="comment-${id}">
				<img alt='' src='https://www.gravatar.com/avatar/${id}?s=32' class='avatar avatar-32 photo' height='32' width='32' />
				<cite>${name}</cite> ${label}
								<br />
				<small class="commentmetadata"><a href="#comment-${id}" title="">${date}</a> </small>
				<p>${text}</p>
			</li>`;
}

describe('comments in an old WordPress theme (Kubrick and its copies)', () => {
	it('take the name from the <cite>, the date from the meta line, and leave "Says:" out of the text', () => {
		const thread = `<h3 id="comments">2 Responses to &#8220;The greatest metal singers of all time, as ranked by our readers this summer&#8221;</h3>
	<ol class="commentlist">${kubrickComment(11, false, '<a href="https://armanox.example" rel="external nofollow" class="url">Armanox</a>', 'Says:', 'June 28th, 2008 at 10:25 pm', 'Really, no Shagrath? Mustaine at 89?')}${kubrickComment(12, true, 'Leo', 'Says:', 'June 29th, 2008 at 8:02 am', 'Where is Mike Patton on this list?')}</ol>`;
		const snapshot = snapshotOf(articlePageWith(thread), URL);
		expect(snapshot.comments.items.map((item) => [item.id, item.author.name, item.author.url, item.postedAt, item.text])).toEqual([
			['comment-11', 'Armanox', 'https://armanox.example/', '2008-06-28T22:25:00Z', 'Really, no Shagrath? Mustaine at 89?'],
			['comment-12', 'Leo', null, '2008-06-29T08:02:00Z', 'Where is Mike Patton on this list?'],
		]);
		expect(snapshot.comments.declaredCount).toBe(2);
	});

	it('read the French translation the same way ("dit :", "N commentaires pour “…”")', () => {
		const thread = `<h3 id="comments">2 commentaires pour &#8220;Les meilleurs chanteurs de metal de tous les temps, selon nos lecteurs&#8221;</h3>
	<ol class="commentlist">${kubrickComment(21, false, 'Jean', 'dit :', '12 mars 2009 à 10:25', 'Très bon classement, merci.')}${kubrickComment(22, true, 'Marie', 'dit :', '13 mars 2009 à 08:01', 'Il manque Dio, tout de même.')}</ol>`;
		const snapshot = snapshotOf(articlePageWith(thread), URL);
		expect(snapshot.comments.items.map((item) => [item.author.name, item.postedAt, item.text])).toEqual([
			['Jean', '2009-03-12T10:25:00Z', 'Très bon classement, merci.'],
			['Marie', '2009-03-13T08:01:00Z', 'Il manque Dio, tout de même.'],
		]);
		expect(snapshot.comments.declaredCount).toBe(2);
	});

	it('read a date line without a class and leave the separator before it and a translated "Pingback von" label out', () => {
		const item = (id: number, date: string): string => `<li id="comment-${id}" >
				<cite>Pingback von <a href='https://links.example/2011/09/11/lesezeichen/' rel='external nofollow' class='url'>Lesezeichen der Woche</a>  </cite>| <small><a href="#comment-${id}" title="">${date}</a></small>
				<p>[&#8230;] Unlängst spazierte ich ahnungslos durch Eimsbüttel, da baumelte vom Balkon eine lange Schnur herunter [&#8230;]</p>
				</li>`;
		const snapshot = snapshotOf(articlePageWith(`<h3 id="comments">2 Kommentare</h3><ol class="commentlist">${item(41, '11.09.2011&nbsp;23:31')}${item(42, '26.06.2012&nbsp;10:43')}</ol>`), URL);
		expect(snapshot.comments.items.map((entry) => [entry.author.name, entry.author.url, entry.postedAt, entry.text])).toEqual([
			['Lesezeichen der Woche', 'https://links.example/2011/09/11/lesezeichen/', '2011-09-11T23:31:00Z', '[…] Unlängst spazierte ich ahnungslos durch Eimsbüttel, da baumelte vom Balkon eine lange Schnur herunter […]'],
			['Lesezeichen der Woche', 'https://links.example/2011/09/11/lesezeichen/', '2012-06-26T10:43:00Z', '[…] Unlängst spazierte ich ahnungslos durch Eimsbüttel, da baumelte vom Balkon eine lange Schnur herunter […]'],
		]);
	});

	it('keep a comment whose own words merely start with "says"', () => {
		const snapshot = snapshotOf(articlePageWith(`<ol class="commentlist">${kubrickComment(31, false, 'Ann', 'Says:', 'June 28th, 2008 at 10:25 pm', 'Says who? The list is fine.')}</ol>`), URL);
		expect(snapshot.comments.items.map((item) => item.text)).toEqual(['Says who? The list is fine.']);
	});
});
