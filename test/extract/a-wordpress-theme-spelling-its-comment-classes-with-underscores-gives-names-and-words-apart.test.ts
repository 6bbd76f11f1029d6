import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * Some WordPress themes spell the comment classes with underscores and print the name and date
 * under the words (`div.comment_content > div.comment_box` then `div.comment_info >
 * span.author_name · span.comment_date`): the name is the commenter's, not the end of the words.
 */

const ARTICLE = `<div class="blog_post_page"><h1 class="blogpost_title">Lightroom Performance gelöst</h1><div class="blog_post_content"><p>Nachdem ich in meinem letzten Video die Performance von Lightroom auf meinem neuen Rechner beklagt hatte, bekam ich von drei Lesern einen sehr hilfreichen Tipp zur Auflösung des Displays.</p><p>Jetzt läuft das Programm wieder flüssig, seit es in niedriger Auflösung startet, und das Bearbeiten großer Serien macht wieder Spaß.</p></div></div>`;

const comment = (id: number, name: string, when: string, words: string, replies = ''): string =>
	`<li class="comment depth-1" id="li-comment-${id}"><div id="comment-${id}" class="stand_comment"><div class="commentava wrapped_img"><img alt="" src="/avatar/${id}.png" class="avatar avatar-128 photo" height="128" width="128"/></div><div class="thiscommentbody"><div class="comment_content"><div class="comment_box"><p>${words}</p><span class="comments"><a rel="nofollow" class="comment-reply-link" href="?replytocom=${id}#respond" aria-label="Antworte auf ${name}"></a></span></div></div><div class="comment_info"><span class="author_name">${name} </span><span class="middot">&middot;</span><span class="comment_date">${when}</span></div></div></div>${replies}</li>`;

describe('a WordPress theme with underscored comment classes', () => {
	it('gives each comment its name, date and words apart', () => {
		const reply = `<ul class="children">${comment(369533, 'Tobsen', 'Mai 15, 2019', 'Ich habe das Notebook mit zwei externen Monitoren, das Problem ist da auch.')}</ul>`;
		const html = `<!doctype html><html lang="de"><head><title>Lightroom</title></head><body>${ARTICLE}<div id="comments"><h5 class="headInModule postcomment">2 Comments: </h5><ol class="commentlist">${comment(369338, 'Beat', 'Mai 08, 2019', 'Was für eine Konfiguration hat dein Rechner? Gruss aus der Schweiz', reply)}</ol></div></body></html>`;
		const result = extract(pageFromHtml(html, 'https://foto.example/lightroom/'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items.map((c) => [c.author.name, c.postedAt, c.depth, c.text])).toEqual([
			['Beat', '2019-05-08T00:00:00Z', 0, 'Was für eine Konfiguration hat dein Rechner? Gruss aus der Schweiz'],
			['Tobsen', '2019-05-15T00:00:00Z', 1, 'Ich habe das Notebook mit zwei externen Monitoren, das Problem ist da auch.'],
		]);
	});
});
