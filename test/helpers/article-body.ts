import {extract} from '../../src/extract/index.js';
import type {Block} from '../../src/snapshot/schema.js';
import {pageFromHtml} from './page-from-html.js';

/** Three paragraphs long enough to be an article, so a test's box or line is judged beside real prose. */
export const ARTICLE_PARAGRAPHS = `<p>The body of this test article has to be long enough to be an article, so it talks at some length about phones, batteries and screens, and how each of them changed over the past ten years of smartphone releases.</p>
<p>A second paragraph adds more words: chargers got faster, cameras multiplied, and the headphone jack quietly disappeared from most flagship models, which readers still complain about in comment threads every year.</p>
<p>A third paragraph closes the story with a look at what comes next: foldable screens, satellite messaging and batteries that last two days, if the rumours about next year's models turn out to be true after all.</p>`;

/** The body blocks `extract` finds in an `<article>` with a headline and `content` inside its content div. */
export function articleBlocks(content: string, title = 'Batteries'): Block[] {
	const html = `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1><div class="content">${content}</div></article></body></html>`;
	const result = extract(pageFromHtml(html, `https://news.example/${title.toLowerCase()}`));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.body;
}

/** The body's text, one block a line. */
export function articleText(content: string, title?: string): string {
	return articleBlocks(content, title).map((block) => block.text).join('\n');
}
