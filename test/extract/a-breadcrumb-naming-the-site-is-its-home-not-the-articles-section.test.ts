import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A newsletter's post has a two-crumb trail: the publication, then the post. The first crumb
 * is the home page under the site's name, as "Home" is elsewhere: the post has no section.
 */
function pageWith(crumbs: readonly string[]): string {
	const items = crumbs.map((name, index) => ({'@type': 'ListItem', position: index + 1, name, item: `https://letter.example/${index === 0 ? '' : `s/${index}`}`}));
	const ld = [
		{'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Issue 500: courts, ads, raves', publisher: {'@type': 'Organization', name: 'Letter Berlin'}},
		{'@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: items},
	];
	return `<!doctype html><html lang="en"><head><title>Issue 500: courts, ads, raves</title>${ld.map((node) => `<script type="application/ld+json">${JSON.stringify(node)}</script>`).join('')}</head>
<body><article><h1>Issue 500: courts, ads, raves</h1><div class="content">${ARTICLE_PARAGRAPHS}</div></article></body></html>`;
}

describe('a breadcrumb naming the site', () => {
	it('is its home, not the article\'s section', () => {
		expect(snapshotOf(pageWith(['Letter Berlin', 'Issue 500: courts, ads, raves']), 'https://letter.example/p/500').article.section).toBeNull();
	});

	it('leaves the section a deeper crumb names', () => {
		expect(snapshotOf(pageWith(['Letter Berlin', 'Transport', 'Issue 500: courts, ads, raves']), 'https://letter.example/p/500').article.section).toBe('Transport');
	});
});
