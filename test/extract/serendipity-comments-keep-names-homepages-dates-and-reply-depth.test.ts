import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

const URL = 'https://blog.example.de/archives/2766-rezension.html';

/** A comment as Serendipity's default template prints it: body, then the source line; `depth` indents it. */
function s9yComment(id: number, trace: string, depth: number | null, name: string, homepage: string | null, date: string, body: string): string {
	return `<a id="c${id}"></a>
    <div id="serendipity_comment_${id}" class="serendipity_comment serendipity_comment_author_${name} comment_oddbox"${depth === null ? '' : ` style="padding-left: ${depth * 20}px"`}>
        <div class="serendipity_commentBody">${body}</div>
        <div class="serendipity_comment_source">
            <a class="comment_source_trace" href="#c${id}">#${trace}</a>
            <span class="comment_source_author">${name}</span>
            ${homepage ? `(<a class="comment_source_url" href="${homepage}" title="${homepage}">Homepage</a>)` : ''}
            am <span class="comment_source_date">${date}</span>
            (<a href="#serendipity_CommentForm" id="serendipity_reply_${id}" onclick="document.getElementById('serendipity_replyTo').value='${id}'; return true;">Antwort</a>)
            <div id="serendipity_replyform_${id}"></div>
        </div>
    </div>`;
}

function section(comments: string): string {
	return `<div class="serendipity_comments serendipity_section_comments"><a id="comments"></a><div class="serendipity_commentsTitle">Kommentare</div>
<div class="serendipity_center">Ansicht der Kommentare: (<a rel="nofollow" href="${URL}#comments">Linear</a> | Verschachtelt)</div>
<div id="serendipity_commentlist">${comments}</div></div>`;
}

describe('Serendipity comments', () => {
	it('keep the name, the homepage, the date and the text, and take each reply’s parent from its indent', () => {
		const snapshot = snapshotOf(
			articlePageWith(section(
				s9yComment(101, '1', 0, 'Anna', 'https://anna.example/', '14.05.2014 10:05', 'Danke für die Rezension, das Buch steht schon auf meiner Liste.') +
					s9yComment(102, '1.1', 1, 'Bernd', null, '14.05.2014 11:20', 'Die fünfte Auflage lohnt sich, gerade wegen der Rechtsprechungsübersicht.') +
					s9yComment(103, '2', 0, 'Carla', null, '15.05.2014 08:45', 'Schade, dass das Strafrecht fehlt.'),
			)),
			URL,
		);
		expect(snapshot.extractor.stages?.comments).toBe('platform:serendipity');
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.depth, item.author.name, item.author.url, item.postedAt, item.text])).toEqual([
			['serendipity_comment_101', null, 0, 'Anna', 'https://anna.example/', '2014-05-14T10:05:00Z', 'Danke für die Rezension, das Buch steht schon auf meiner Liste.'],
			['serendipity_comment_102', 'serendipity_comment_101', 1, 'Bernd', null, '2014-05-14T11:20:00Z', 'Die fünfte Auflage lohnt sich, gerade wegen der Rechtsprechungsübersicht.'],
			['serendipity_comment_103', null, 0, 'Carla', null, '2014-05-15T08:45:00Z', 'Schade, dass das Strafrecht fehlt.'],
		]);
	});

	it('read the linear view, without indents, as a flat list', () => {
		const snapshot = snapshotOf(
			articlePageWith(section(s9yComment(201, '1', null, 'Dora', null, '16.05.2014 09:00', 'Gibt es das Buch auch als E-Book?') + s9yComment(202, '2', null, 'Emil', null, '16.05.2014 09:30', 'Ja, beim Verlag direkt.'))),
			URL,
		);
		expect(snapshot.comments.items.map((item) => [item.author.name, item.parentId, item.depth])).toEqual([
			['Dora', null, 0],
			['Emil', null, 0],
		]);
	});

	it('find nothing when the section says there are no comments yet', () => {
		const snapshot = snapshotOf(articlePageWith(`<div class="serendipity_comments serendipity_section_comments"><a id="comments"></a><h1 class="serendipity_commentsTitle">Kommentare</h1><div id="serendipity_commentlist"><div class="serendipity_center nocomments">Noch keine Kommentare</div></div></div>`), URL);
		expect(snapshot.comments.items).toEqual([]);
	});
});
