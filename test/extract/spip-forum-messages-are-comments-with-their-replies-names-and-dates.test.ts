import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

const URL = 'https://blog.example.fr/turpitude-et-architecture';

/** A message as SPIP's distributed templates print it: subject with its permalink, then date and "par Name". */
function distMessage(id: number, name: string, date: string, text: string, replies = ''): string {
	return `<li class="forum-fil">
	<div class="forum-message">
		<div class="forum-chapo">
			<strong class="forum-titre"><a href="#forum${id}" name="forum${id}" id="forum${id}">Re: Turpitude et architecture</a></strong>
			<small>${date}, par <span>${name}</span></small>
		</div>
		<div class="forum-texte"><p>${text}</p><p class="repondre"><a href="spip.php?page=forum&amp;id_forum=${id}">Répondre à ce message</a></p></div>
	</div>${replies}
</li>`;
}

/** A message as a custom template prints it: permalink pin, name in `forum-qui-N`, date in `.forum-nav`. */
function customMessage(id: number, name: string | null, date: string, text: string): string {
	return `<li class="forum-fil">
	<div class="forum-top">
	<a href="#forum${id}" name="forum${id}" id="forum${id}"><img src="squelettes/images/pin.png" alt="permalien" /></a>
	${name ? `<b class="crayon forum-qui-${id} ">${name}</b>` : ''}
	<div class="forum-nav">(${date})&nbsp;</div>:
	</div>
	<div class="forum-message">
	<div class="forum-chapo"><p><strong class="crayon forum-titre-${id} forum-titre">Un titre de message</strong></p></div>
	<div class="crayon forum-texte-${id} forum-texte"><span style="word-wrap:break-word;"><p>${text}</p></span></div>
	</div>
</li>`;
}

describe('SPIP forum messages under an article', () => {
	it('reads the distributed templates: replies nested in their parent, the date and the name from the subject line', () => {
		const reply = `<ul>${distMessage(12, 'Bertrand', '22 juin 2018 14:02', 'Je ne suis pas d’accord : la Corée du Sud a changé depuis 2017.')}</ul>`;
		const thread = `<div class="forum-chapo-list"><ul class="forum">${distMessage(11, 'Amélie', '22 juin 2018 11:29', 'Merci pour cette recension, le roman donne envie.', reply)}${distMessage(13, 'Claude', '23 juin 2018 09:15', 'Le livre est disponible en poche depuis peu.')}</ul></div>`;
		const snapshot = snapshotOf(articlePageWith(thread), URL);
		expect(snapshot.extractor.stages?.comments).toBe('platform:spip');
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.depth, item.author.name, item.postedAt, item.text])).toEqual([
			['forum11', null, 0, 'Amélie', '2018-06-22T11:29:00Z', 'Merci pour cette recension, le roman donne envie.'],
			['forum12', 'forum11', 1, 'Bertrand', '2018-06-22T14:02:00Z', 'Je ne suis pas d’accord : la Corée du Sud a changé depuis 2017.'],
			['forum13', null, 0, 'Claude', '2018-06-23T09:15:00Z', 'Le livre est disponible en poche depuis peu.'],
		]);
	});

	it('reads a custom template, an anonymous message, and the count in the heading right before the list', () => {
		const thread = `<div class="divforum"><h2>27 commentaires</h2><ul class="forum">${customMessage(226836, null, '22 juin 2018 @11h13', 'La Corée du Sud n’est pas un modèle de démocratie.')}${customMessage(226837, 'Red Bastard', '22 juin 2018 @11h29', 'Même argument que pour la Chine, au fond.')}</ul></div>`;
		const snapshot = snapshotOf(articlePageWith(thread), URL);
		expect(snapshot.comments.items.map((item) => [item.id, item.author.name, item.postedAt, item.text])).toEqual([
			['forum226836', null, '2018-06-22T11:13:00Z', 'La Corée du Sud n’est pas un modèle de démocratie.'],
			['forum226837', 'Red Bastard', '2018-06-22T11:29:00Z', 'Même argument que pour la Chine, au fond.'],
		]);
		expect(snapshot.comments.declaredCount).toBe(27);
		expect(snapshot.comments.complete).toBe(false);
		expect(snapshot.article.body.map((block) => block.text).join(' ')).not.toContain('Red Bastard');
	});

	it('reads the microformat template: the ISO time in the date abbreviation\'s title, whose text leaves the year out', () => {
		const message = (id: number, name: string, iso: string, shown: string, text: string): string => `<li class="forum-fil comment odd">
	<div class="comment-message forum-message">
		<div class="comment-content forum-texte"><div class="crayon forum-texte-${id} comment-texte"><span style="word-wrap:break-word;"><p>${text}</p></span></div></div>
		<div class="comment-meta forum-chapo">
			<span class="comment-author vcard"><strong class="fn n crayon forum-qui-${id} ">${name}</strong></span>
			<abbr class="date" title="${iso}">${shown}</abbr>
			<div class="button moderation"><p class="comment-reply repondre"><a href="spip.php?page=forum&amp;id_forum=${id}" rel="noindex nofollow">Répondre</a></p></div>
		</div>
	</div>
</li>
<span class="fin-comm">&nbsp;</span>`;
		const thread = `<div class="comments"><h2 class="h2">Vos réactions</h2><ul class="forum comments-list">${message(39255, 'carlos', '2020-01-09T12:06:44Z', 'Le 9 janvier &agrave; 13:06', 'Rien de neuf donc....')}${message(39297, 'karo', '2020-01-30T19:51:29Z', 'Le 30 janvier &agrave; 20:51', 'Les élections municipales diront le reste.')}</ul></div>`;
		const snapshot = snapshotOf(articlePageWith(thread), URL);
		expect(snapshot.comments.items.map((item) => [item.author.name, item.postedAt, item.text])).toEqual([
			['carlos', '2020-01-09T12:06:44Z', 'Rien de neuf donc....'],
			['karo', '2020-01-30T19:51:29Z', 'Les élections municipales diront le reste.'],
		]);
	});
});
