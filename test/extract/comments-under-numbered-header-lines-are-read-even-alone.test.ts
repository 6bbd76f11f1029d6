import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * Guestbook-style and clan-CMS comments have no classes to go by: a header line "#1 von NAME"
 * with a date, then the text. A thread may be one comment, which the structural finder (it
 * needs repeated siblings) cannot see.
 */

const ARTICLE = `<h1>Neues Turnier im Januar</h1>
<div class="news"><p>Unser Team tritt im Januar beim großen Winterturnier an und wird an allen drei Tagen vor Ort sein, um in jeder Disziplin um die Podestplätze zu kämpfen.</p>
<p>Wir berichten das ganze Wochenende live auf Twitter und fassen die Ergebnisse am Montag hier zusammen, mit Bildern und den Statistiken aller Spiele.</p>
<p>Wer uns vor Ort unterstützen will, findet die Anfahrt und die Zeiten auf der Seite des Veranstalters; Tickets gibt es auch noch an der Tageskasse.</p></div>`;

function snapshotOf(html: string): Snapshot {
	const result = extract(pageFromHtml(`<!doctype html><html lang="de"><head><title>Turnier</title></head><body>${html}</body></html>`, 'https://clan.example/index.php?site=news&id=7'), {profiles: []});
	if (!result.ok) throw new Error(result.message);
	return result.snapshot;
}

describe('a header line "#N Kommentar von NAME" with the date after it', () => {
	const snapshot = snapshotOf(`${ARTICLE}
<div class="titlebar">Kommentare</div>
<div style="padding-top: 10px;"><h3>#1 Kommentar von <img src="/flags/de.png" title="Germany"> Naru-chan</h3>
26. März 2004, 16:19
<p>Danke für die schnelle Zusammenfassung!</p></div>
<div class="noprint"><div class="titlebar">Kommentare schreiben</div><form action="/news/7" method="post"><textarea name="comment"></textarea><input type="submit" value="Eintragen"></form></div>`);

	it('reads the single comment with its number, author and date', () => {
		expect(snapshot.comments.items.map((item) => [item.number, item.author.name, item.postedAt, item.text])).toEqual([[1, 'Naru-chan', '2004-03-26T16:19:00Z', 'Danke für die schnelle Zusammenfassung!']]);
	});

	it('keeps the comment, its heading and the comment form out of the article', () => {
		const body = snapshot.article.body.map((block) => block.text).join('\n');
		expect(body).toContain('Unser Team tritt im Januar');
		expect(body).not.toContain('Danke für die schnelle');
		expect(body).not.toContain('Kommentare schreiben');
	});
});

describe('webSPELL-style comment tables: "#N von NAME DATE" in a title cell', () => {
	const table = (n: number, id: number, name: string, date: string, text: string): string => `<table width="100%">
<tr><td class="title"><div>#${n} von <a class="titlelink" href="index.php?site=profile&amp;id=${id}"><b>${name}</b></a> <img src="member.gif" alt="Clanmitglied"> <i>${date}</i></div></td></tr>
<tr><td><table><tr><td><img src="avatars/${id}.jpg" alt="Avatar"></td><td align="right">[ <a href="javascript:AddCode('[quote]')">zitieren</a> ]</td></tr>
<tr><td colspan="2"><hr><div>${text}</div></td></tr></table></td></tr></table><br>`;
	const snapshot = snapshotOf(`${ARTICLE}<form name="form" method="post" action="comments.php?delete=true">
${table(1, 91, 'tObIas Vx', '29.12.2010 - 22:40', 'ich werde wohl auch auf die Lan kommen')}
${table(2, 58, 'Bo2man', '30.12.2010 - 09:05', 'Super, dann sehen wir uns dort!')}</form>`);

	it('reads each table as one comment, with the profile link as the author', () => {
		expect(snapshot.comments.items.map((item) => [item.number, item.author.name, item.author.url, item.postedAt, item.text])).toEqual([
			[1, 'tObIas Vx', 'https://clan.example/index.php?site=profile&id=91', '2010-12-29T22:40:00Z', 'ich werde wohl auch auf die Lan kommen'],
			[2, 'Bo2man', 'https://clan.example/index.php?site=profile&id=58', '2010-12-30T09:05:00Z', 'Super, dann sehen wir uns dort!'],
		]);
	});
});

describe('a flat guestbook: every header and text side by side in one parent', () => {
	const snapshot = snapshotOf(`${ARTICLE}<div class="box"><div class="titlebar">Kommentare</div>
<b>#1 Kommentar von Anna</b> 3. Mai 2009, 10:15<br><p>Tolles Turnier, wir drücken die Daumen!</p>
<b>#2 Kommentar von Ben</b> 4. Mai 2009, 08:02<br><p>Kommt ihr auch nach Essen?</p><p>Wir wären dabei.</p>
<h3>Kommentar schreiben</h3><form action="/news/7" method="post"><textarea name="c"></textarea></form></div>`);

	it('reads each comment as the text between its header and the next one', () => {
		expect(snapshot.comments.items.map((item) => [item.number, item.author.name, item.postedAt, item.text])).toEqual([
			[1, 'Anna', '2009-05-03T10:15:00Z', 'Tolles Turnier, wir drücken die Daumen!'],
			[2, 'Ben', '2009-05-04T08:02:00Z', 'Kommt ihr auch nach Essen? Wir wären dabei.'],
		]);
	});

	it('keeps the comments out of the article', () => {
		expect(snapshot.article.body.map((block) => block.text).join('\n')).not.toContain('Tolles Turnier');
	});
});

describe('numbered headings that are not comments', () => {
	it('finds no comment when a "#1 by" heading has no date (a ranked list in an article)', () => {
		const snapshot = snapshotOf(`${ARTICLE}<div><h3>#1 by Apple</h3><p>The iPhone keeps the top spot in the ranking for the third year running.</p></div>
<div><h3>#2 by Samsung</h3><p>The Galaxy S line follows close behind, carried by strong sales in Europe.</p></div>`);
		expect(snapshot.comments.items).toEqual([]);
	});
});
