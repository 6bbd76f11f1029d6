import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A trail closes with the article's own crumb, linking to the page. Its name is the story's
 * long headline while the title read is the short one the JSON-LD `headline` gives (the SEO
 * `<title>` confirms it): the names differ, the link says it is the article, not a section.
 */
const URL = 'https://news.example/chip-maker-export-fight-explained-2026-6';

function pageWith(lastCrumbItem: string): string {
	const crumbs = [
		{name: 'News Example', item: 'https://news.example/'},
		{name: 'Tech', item: 'https://news.example/tech'},
		{name: "Your guide to the chip maker's long fight over export rules", item: lastCrumbItem},
	];
	const ld = [
		{'@context': 'https://schema.org', '@type': 'NewsArticle', headline: "Your guide to the chip maker's export fight", name: "Your guide to the chip maker's long fight over export rules"},
		{'@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: crumbs.map((crumb, index) => ({'@type': 'ListItem', position: index + 1, item: {'@id': crumb.item, name: crumb.name}}))},
	];
	return `<!doctype html><html lang="en"><head><title>Your Guide to the Chip Maker's Export Fight - News Example</title>
<link rel="canonical" href="${URL}">${ld.map((node) => `<script type="application/ld+json">${JSON.stringify(node)}</script>`).join('')}</head>
<body><article><h1>Your guide to the chip maker's long fight over export rules</h1><div class="content">${ARTICLE_PARAGRAPHS}</div></article></body></html>`;
}

describe('a breadcrumb linking to the page itself', () => {
	it('is the article, not its section, though it names the story otherwise than the title', () => {
		const {article} = snapshotOf(pageWith(URL), URL);
		expect(article.title).toBe("Your guide to the chip maker's export fight");
		expect(article.section).toBe('Tech');
	});

	it('leaves a deepest crumb linking elsewhere as the section', () => {
		expect(snapshotOf(pageWith('https://news.example/tech/chips'), URL).article.section).toBe("Your guide to the chip maker's long fight over export rules");
	});
});
