import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * WoltLab Burning Board threads list `article.wbbPost` posts in `ul.wbbThreadPostList`: the
 * poster's `a.username` in the sidebar above their title badge and post count, the time in
 * the header's permalink, the words in `.messageText`, the signature in the footer. The first
 * page opens with the post that started the thread: the article.
 */

const W = 'https://forum.example.de';
const OPENING = 'Seit dem Update verliert mein Handy über Nacht rund zwanzig Prozent, obwohl nichts läuft. Welcher Dienst hält es wach?';

function post(id: number, n: number, name: string, iso: string, posts: number, words: string): string {
	return `<li id="post${id}" class="anchorFixedHeader"><article class="wbbPost message messageSidebarOrientationLeft jsClipboardObject jsMessage" data-post-id="${id}" data-object-id="${id}" data-object-type="com.woltlab.wbb.likeablePost" data-user-id="${id % 50}">
<aside role="presentation" class="messageSidebar member"><div class="messageAuthor">
<div class="userAvatar"><a href="${W}/user/${id}-${name}/" aria-hidden="true" tabindex="-1"><img src="${W}/images/avatars/${id}.webp" width="128" height="128" alt="" class="userAvatarImage"></a></div>
<div class="messageAuthorContainer"><a href="${W}/user/${id}-${name}/" class="username userLink" data-object-id="${id}">${name}</a></div>
<div class="userTitle"><span class="badge userTitleBadge">Anfänger</span></div></div>
<div class="userCredits"><dl class="plain dataList"><dt><a href="${W}/forum/user-post-list/${id}-${name}/">Beiträge</a></dt><dd>${posts}</dd></dl></div></aside>
<div class="messageContent"><header class="messageHeader"><div class="messageHeaderBox"><ul class="messageHeaderMetaData">
<li><a href="${W}/forum/thread/4821-akku/?postID=${id}#post${id}" rel="nofollow" class="permalink messagePublicationTime"><time datetime="${iso}" class="datetime" data-date="2. März 2020">2. März 2020</time></a></li></ul></div>
<ul class="messageQuickOptions"><li><a href="${W}/forum/thread/4821-akku/?postID=${id}#post${id}" class="jsTooltip wsShareButton" title="Teilen">#${n}</a></li></ul></header>
<div class="messageBody"><div class="messageText"><p>${words}</p></div></div>
<footer class="messageFooter"><div class="messageSignature"><div><p>Zwei Handys, ein Ladegerät.</p></div></div>
<div class="messageFooterGroup"><ul class="messageFooterButtons buttonList smallButtons"><li class="jsQuoteMessage"><a href="#" title="Zitieren" class="button jsTooltip"><span class="invisible">Zitieren</span></a></li></ul></div></footer>
</div></article></li>`;
}

describe('a WoltLab Burning Board thread', () => {
	it('takes the first post as the article and the replies as comments with poster, post count, number and time', () => {
		const html = `<!doctype html><html dir="ltr" lang="de"><head><title>Akku über Nacht leer - Handyforum</title></head>
<body id="tpl_wbb_thread" data-template="thread" data-application="wbb"><header id="pageHeader" class="pageHeader"><a href="${W}/forum/">Handyforum</a></header>
<section id="main" class="main"><div id="content" class="content">
<header class="contentHeader messageGroupContentHeader wbbThread"><h1 class="contentTitle">Akku über Nacht leer</h1><ul class="inlineList contentHeaderMetaData"><li><a href="${W}/user/101-opener/" class="userLink">opener</a></li></ul></header>
<div class="section"><ul class="wbbThreadPostList messageList jsClipboardContainer" data-type="com.woltlab.wbb.post">
${post(101, 1, 'opener', '2020-03-02T21:15:32+01:00', 312, OPENING)}
${post(144, 2, 'helper', '2020-03-02T22:40:05+01:00', 1534, 'Schau in der Akkustatistik nach den Wakelocks.')}
${post(217, 3, 'third', '2020-03-03T07:45:10+01:00', 48, 'Hier genauso, ein Zurücksetzen half zwei Tage.')}
</ul></div></div></section></body></html>`;
		const snapshot = snapshotOf(html, `${W}/forum/thread/4821-akku/`);
		expect(snapshot.extractor.stages?.comments).toBe('platform:woltlab');
		expect(snapshot.article.body.map((block) => block.text)).toEqual([OPENING]);
		expect(snapshot.article.authors.map((author) => author.name)).toEqual(['opener']);
		expect(snapshot.comments.items.map((item) => [item.id, item.number, item.author.name, item.author.postCount, item.postedAt, item.text])).toEqual([
			['144', 2, 'helper', 1534, '2020-03-02T22:40:05+01:00', 'Schau in der Akkustatistik nach den Wakelocks.'],
			['217', 3, 'third', 48, '2020-03-03T07:45:10+01:00', 'Hier genauso, ein Zurücksetzen half zwei Tage.'],
		]);
	});
});
