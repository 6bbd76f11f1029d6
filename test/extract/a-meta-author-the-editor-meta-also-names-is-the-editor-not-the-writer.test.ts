import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Chinese news CMSs write the desk editor into both `<meta name="editor">` and
 * `<meta name="author">` on stories no writer signs; the story closes with the editors' credit
 * ("（编辑：严玉洁 王辉）"). The editor handled the story and is not its writer; an author tag
 * naming someone else is still the writer.
 */

const PARAGRAPHS = `<p>美中合作基金会执行主席认为，共同繁荣还是互相毁灭，这是两国面临的抉择。众所周知，本世纪的金融往来和军事技术发展让超级大国也无法在冲突中成为赢家，各方都清楚这一点。</p>
<p>研究所副所长指出，作为全球最大的两个经济体，双边关系几乎会影响每一个国家，这是不可避免的。各国在供应链和贸易运输上相互依存，因此两个大国必须深化合作，避免摩擦和直接对抗。</p>
<p>论坛主席表示，会晤的举行本身就是一项重大成就，此次会晤让人们对两个大国之间的合作前景更加乐观。两国有许多共同之处，比如实现可持续发展目标，这些都需要共同努力。</p>
<p>（编辑：严玉洁 王辉）</p>`;

const authorsOf = (author: string) => {
	const html = `<!doctype html><html><head><title>外国专家：合作共赢符合国际社会利益 - 新闻网</title>
<meta name="publishdate" content="2023-11-17"><meta name="editor" content="严玉洁"><meta name="author" content="${author}"><meta name="source" content="新闻网"></head><body>
<div class="container"><h1 class="dabiaoti">外国专家：合作共赢符合国际社会利益</h1>
<div class="fenx"><div class="xinf-le">来源：新闻网</div><div class="xinf-le">2023-11-17 15:13</div></div>
<div id="Content" class="article">${PARAGRAPHS}</div></div></body></html>`;
	return snapshotOf(html, 'https://news.example/a/202311/17/WS6557.html').article.authors.map((a) => a.name);
};

describe('a meta author the editor meta also names', () => {
	it('is the editor, not the writer', () => {
		expect(authorsOf('严玉洁')).toEqual([]);
	});

	it('leaves a writer the author tag names apart from the editor', () => {
		expect(authorsOf('李明')).toEqual(['李明']);
	});
});
