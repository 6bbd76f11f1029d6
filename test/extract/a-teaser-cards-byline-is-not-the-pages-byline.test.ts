import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A blog sets the writer's name beside the headline in a box no byline class marks, and after the
 * post "Discover more" cards: each one link around another post's picture, headline, blurb and
 * that post's writer in a `div.author`.
 */
const PAGE = `<!doctype html>
<html lang="en"><head><title>A security support policy for the standard library</title></head><body>
<section class="article-section"><div class="content"><h1>A security support policy for the standard library</h1>
<div class="author-post"><div class="author-post__info"><img src="/avatar/jane.png" alt="Jane Roe" class="avatar"><div class="author-post__text"><div class="author-post__text-title"><a href="https://blog.example.com/author/jroe">Jane Roe</a></div><time datetime="2026-05-21"></time></div></div></div>
${ARTICLE_PARAGRAPHS}</div></section>
<div class="section"><h2>Discover more</h2><div class="row"><div class="col">
<a class="card" href="https://blog.example.com/lang/2026/05/keynote-highlights/"><img src="/uploads/keynote.png" alt=""><div class="card__header"><h4>Keynote highlights: language design, tooling and multiplatform</h4></div><div class="card__body"><p>The team shared how the language keeps evolving.</p></div>
<div class="card__footer"><div class="author"><img class="avatar" src="/uploads/dana.jpg" alt="Dana Poe"><div class="author__info"><span>Dana Poe</span><time datetime="2026-05-20"></time></div></div></div></a>
</div></div></div></body></html>`;

describe('a teaser card\'s byline', () => {
	it('is not the page\'s byline: the writer beside the headline is', () => {
		const {authors} = snapshotOf(PAGE, 'https://blog.example.com/lang/2026/05/security-support-policy/').article;
		expect(authors).toEqual([{name: 'Jane Roe', url: 'https://blog.example.com/author/jroe'}]);
	});

	it('leaves the writer\'s own link around their name set as a heading, with their job under it', () => {
		const html = `<!doctype html><html lang="de"><head><title>Ein Konzern und die Kohlemine</title></head><body><article><h1>Ein Konzern und die Kohlemine</h1>${ARTICLE_PARAGRAPHS}
<div class="author" itemprop="author" itemscope itemtype="http://schema.org/Person"><a class="person" itemprop="url" href="/Jana-Roe/!a132/"><h4 itemprop="name">Jana Roe</h4><h5 itemprop="jobTitle">Redakteurin für Wirtschaft</h5><img itemprop="image" src="/profile/132.png" alt="Jana Roe"></a></div></article></body></html>`;
		const {authors} = snapshotOf(html, 'https://zeitung.example/Konzern-und-Kohlemine/!5655255/').article;
		expect(authors).toEqual([{name: 'Jana Roe', url: 'https://zeitung.example/Jana-Roe/!a132/'}]);
	});
});
