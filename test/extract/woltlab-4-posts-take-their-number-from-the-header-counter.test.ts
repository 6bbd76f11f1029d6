import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * WoltLab Burning Board 4 (and WCF 2's conversations, listed the same way) set a post's number
 * in the header's counter button (`p.messageCounter a`, "2"), where WBB 5 prints "#2" among its
 * quick options.
 */

const W = 'https://forum.example.de';

function post(id: number, n: number, name: string, iso: string, words: string): string {
	return `<li id="post${id}" class="marginTop shadow"><article class="wbbPost message messageSidebarOrientationLeft dividers" data-object-id="${id}">
<div><aside class="messageSidebar"><div><header><h2 class="username"><a href="${W}/index.php/User/${id}-${name}/" class="userLink" rel="author"><span>${name}</span></a></h2></header></div></aside>
<section class="messageContent"><div><header class="messageHeader"><p class="messageCounter"><a href="${W}/index.php/Thread/4821-akku/?postID=${id}#post${id}" title="Permalink" class="button jsTooltip">${n}</a></p>
<a href="${W}/index.php/Thread/4821-akku/?postID=${id}#post${id}" class="permalink"><time datetime="${iso}" class="datetime" data-timestamp="1583183700">2. März 2020, 21:15</time></a></header>
<div class="messageBody"><div><div class="messageText">${words}</div></div></div></div></section></div></article></li>`;
}

describe('a WoltLab Burning Board 4 thread', () => {
	it('numbers each reply from the header\'s counter', () => {
		const html = `<!doctype html><html lang="de"><head><title>Akku leer über Nacht - Handy-Forum</title></head><body><header class="boxHeadline"><h1>Akku leer über Nacht</h1></header><div class="marginTop"><ul class="wbbThreadPostList">
${post(101, 1, 'opener', '2020-03-02T21:15:00+01:00', 'Seit dem Update verliert mein Handy über Nacht rund zwanzig Prozent, obwohl nichts läuft. Welcher Dienst hält es wach?')}
${post(144, 2, 'helper', '2020-03-02T22:40:00+01:00', 'Schau in der Akkustatistik nach den Wakelocks.')}
</ul></div></body></html>`;
		const snapshot = snapshotOf(html, `${W}/index.php/Thread/4821-akku/`);
		expect(snapshot.extractor.stages?.comments).toBe('platform:woltlab');
		expect(snapshot.comments.items.map((item) => [item.number, item.author.name, item.text])).toEqual([[2, 'helper', 'Schau in der Akkustatistik nach den Wakelocks.']]);
	});
});
