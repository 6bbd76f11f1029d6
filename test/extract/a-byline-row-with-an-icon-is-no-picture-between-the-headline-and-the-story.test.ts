import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * The headline, the byline row and the story are siblings in the article box; the writer's name
 * is set after a 12-pixel pen icon. The icon is the row's glyph, not a picture of the story: the
 * row is not read as a figure between the headline and the story, and the name is not a list
 * opening the body.
 */

const STORY = [
	'Capsule toy machines that take transit cards are rolling out at stations this spring, and the first one is already running.',
	'The machines accept the same contactless cards commuters tap at the gates, so nobody has to hunt for coins before a spin.',
	'A companion site lists where each machine stands and which toys it holds, updated as the operator adds new locations.',
	'The operator plans to install fifty sets nationwide by the end of May, starting with the busiest commuter stations.',
].map((text) => `<p>${text}</p>`).join('');

function bodyOf(icon: string) {
	const html = `<!doctype html><html lang="en"><head><title>Capsule toys now take transit cards | Gadget News</title></head><body>
<main><article class="p-post"><h1 class="p-post-title">Capsule toys now take transit cards</h1>
<ul class="p-post-Assist"><li class="p-post-AssistTime"><time datetime="2019-04-19T20:00:00+09:00">2019.04.19 20:00</time></li></ul>
<ul class="p-post-Assist"><li class="p-post-AssistAuthor"><span class="p-post-AssistAuthor--icon">${icon}</span> Hisanori Kogure </li></ul>
<div class="p-post-content">${STORY}</div>
<ul class="p-post-type"><li><a href="/tag/toys/">Toys</a></li><li><a href="/tag/gadget/">Gadget</a></li></ul>
</article></main></body></html>`;
	return snapshotOf(html, 'https://gadgets.example.jp/2019/04/transit-card-capsule-toys.html').article.body;
}

describe('a byline row with an icon', () => {
	it('is no picture between the headline and the story: the body opens with the story', () => {
		const body = bodyOf('<img src="/assets/img/icon_author.svg" width="12" height="12" alt="author">');
		expect(body[0]).toMatchObject({type: 'paragraph', text: expect.stringMatching(/^Capsule toy machines/)});
		expect(body.map((block) => block.text).join(' ')).not.toContain('Hisanori Kogure');
	});
});
