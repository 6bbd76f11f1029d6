import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * WordPress's Yoast SEO writes one `@graph` in which the Article names its image by reference
 * (`"image": {"@id": "…/#primaryimage"}`) to an ImageObject node elsewhere in the graph.
 */
function imageOf(articleImage: string): string | null {
	const page = 'https://blog.example/2019-03-29-leader-spotlight/';
	const graph = {
		'@context': 'https://schema.org',
		'@graph': [
			{'@type': 'ImageObject', '@id': `${page}#primaryimage`, url: 'https://blog.example/wp-content/uploads/2019/03/leader.png?fit=3217%2C1665', width: 3217, height: 1665},
			{'@type': 'Article', '@id': `${page}#article`, headline: 'Leader spotlight', datePublished: '2019-03-29T16:00:49+00:00', image: JSON.parse(articleImage.replaceAll('PAGE', page))},
		],
	};
	const html = `<!doctype html><html lang="en"><head><title>Leader spotlight</title><script type="application/ld+json">${JSON.stringify(graph)}</script></head><body><article><h1>Leader spotlight</h1>${ARTICLE_PARAGRAPHS}</article></body></html>`;
	return snapshotOf(html, page).article.image;
}

describe('a JSON-LD image given by reference', () => {
	it('is the picture the node it names points at, not the reference', () => {
		expect(imageOf('{"@id": "PAGE#primaryimage"}')).toBe('https://blog.example/wp-content/uploads/2019/03/leader.png?fit=3217%2C1665');
		expect(imageOf('[{"@id": "PAGE#primaryimage"}]')).toBe('https://blog.example/wp-content/uploads/2019/03/leader.png?fit=3217%2C1665');
	});

	it('is read as before when given in place', () => {
		expect(imageOf('{"@type": "ImageObject", "url": "https://cdn.example/in-place.jpg"}')).toBe('https://cdn.example/in-place.jpg');
	});
});
