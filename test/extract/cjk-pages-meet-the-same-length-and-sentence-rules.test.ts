import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Article} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * Chinese, Japanese and Korean say in one character about what alphabetic scripts say in two,
 * and end sentences with full-width marks: the body rules calibrated on European pages must
 * hold for them too.
 */

const PARAGRAPHS = [
	'新しいスマートフォンは、これまでで最も薄く、バッテリーは二日間持つとメーカーは説明している。価格は昨年と同じに据え置かれた。',
	'画面はより明るくなり、屋外でも見やすくなった。カメラは三つのレンズを備え、夜景の撮影でも細部まで鮮明に写せるという。',
	'発売は来月の予定で、予約は今週末から始まる。販売店では既に多くの問い合わせが寄せられているという。',
];
const LEAD = '東京で発表された新型スマートフォンについて、記者が実際に触って確かめた。';

function articleOf(body: string): Article {
	const result = extract(pageFromHtml(`<!doctype html><html lang="ja"><head><title>新型スマホ発表</title></head><body>${body}</body></html>`, 'https://news.example/ja/phone'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article;
}

const texts = (article: Article): string[] => article.body.map((block) => block.text);
const paragraphs = (list: readonly string[]): string => list.map((text) => `<p>${text}</p>`).join('');

describe('article body rules on CJK pages', () => {
	it('keeps the lead between the headline and the body, as on European pages', () => {
		const article = articleOf(`<article><header><h1>新型スマホ発表</h1><p>${LEAD}</p></header><div class="content">${paragraphs(PARAGRAPHS)}</div></article>`);
		expect(texts(article)[0]).toBe(LEAD);
	});

	it('joins a short closing sentence next to the article', () => {
		const article = articleOf(`<article><h1>新型スマホ発表</h1><div class="content">${paragraphs(PARAGRAPHS)}</div><p>続報は入り次第お伝えする。</p></article>`);
		expect(texts(article).at(-1)).toBe('続報は入り次第お伝えする。');
	});

	it('reads a two-paragraph news item as the article, not the whole page with its boxes', () => {
		const popular = '<div class="links"><h3>人気記事</h3><p>株価が急上昇、投資家の間で話題に</p><p>新しい駅ビルが開業、初日から多くの人で賑わう</p><p>週末の天気は晴れ、行楽日和になる見込み</p></div>';
		const article = articleOf(`<div class="top">ニュースサイト</div><div class="main"><h1>新型スマホ発表</h1><div class="content">${paragraphs([PARAGRAPHS[0] ?? '', PARAGRAPHS[2] ?? ''])}</div></div>${popular}`);
		expect(texts(article).join('\n')).toContain('予約は今週末から始まる');
		expect(texts(article).join('\n')).not.toContain('人気記事');
		expect(texts(article).join('\n')).not.toContain('ニュースサイト');
	});
});
