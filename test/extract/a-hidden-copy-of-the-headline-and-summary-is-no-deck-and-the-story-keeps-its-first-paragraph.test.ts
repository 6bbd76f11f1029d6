import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A Chinese news template leaves a hidden copy of the headline and its summary at the top of the
 * body for share scrapers (`<div style="display:none"><h1>…</h1><h2>summary</h2></div>`), and the
 * story opens with the same summary as its first paragraph. Readers see no deck: the hidden h2 is
 * not the subtitle, and the first paragraph stays the story's.
 */

const LEDE = '在美国举行的元首会晤吸引了全世界的目光。多名外国专家告诉记者，双方合作共赢符合国际社会利益，应当采取更多行动。';

const page = (hidden: string): string => `<!doctype html><html><head><title>外国专家：合作共赢符合国际社会利益 - 新闻网</title>
<meta name="description" content="${LEDE}"></head><body>
<div ${hidden}><h1>外国专家：合作共赢符合国际社会利益</h1><h2>${LEDE}</h2></div>
<div class="container"><div class="container-left"><h1 class="dabiaoti">外国专家：合作共赢符合国际社会利益</h1>
<div class="fenx"><div class="xinf-le">来源：新闻网</div><div class="xinf-le">2023-11-17 15:13</div></div>
<div id="Content" class="article"><p>${LEDE}</p>
<p><strong>合作共赢是大势所趋</strong></p>
<p>基金会执行主席认为，共同繁荣还是互相毁灭，这是两国面临的抉择。众所周知，本世纪的金融往来和军事技术发展让超级大国也无法在冲突中成为赢家，各方都清楚这一点。</p>
<p>研究所副所长指出，作为全球最大的两个经济体，双边关系几乎会影响每一个国家，这是不可避免的。各国在供应链和贸易运输上相互依存，因此两个大国必须深化合作，避免摩擦和直接对抗。</p>
<p>论坛主席表示，会晤的举行本身就是一项重大成就，此次会晤让人们对两个大国之间的合作前景更加乐观。两国有许多共同之处，比如实现可持续发展目标，这些都需要共同努力。</p></div></div></div>
</body></html>`;

const articleOf = (hidden: string) => snapshotOf(page(hidden), 'https://news.example/a/202311/17/WS6557.html').article;

describe('a hidden copy of the headline and summary', () => {
	it('is no deck, and the story keeps its first paragraph', () => {
		const article = articleOf('style="display:none;"');
		expect(article.body[0]?.text).toBe(LEDE);
		expect(article.subtitle).toBe(LEDE);
	});

	it('is the deck when shown, and the body does not repeat it', () => {
		expect(articleOf('class="header"').body[0]?.text).not.toBe(LEDE);
	});
});
