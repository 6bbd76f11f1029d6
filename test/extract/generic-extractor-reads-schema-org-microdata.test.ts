import {beforeAll, describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {MICRODATA_REVIEW, fixturePage} from './fixture-pages.js';

describe('a page described by schema.org microdata only (no JSON-LD), no profile', () => {
	let snapshot: Snapshot;
	let bodyText: string;
	beforeAll(() => {
		const result = extract(fixturePage(MICRODATA_REVIEW.file, MICRODATA_REVIEW.url));
		if (!result.ok) throw new Error(result.message);
		snapshot = result.snapshot;
		bodyText = snapshot.article.body.map((block) => block.text).join('\n');
	});

	it('takes the body from itemprop=articleBody and the comments from Comment microdata', () => {
		expect(snapshot.extractor.stages).toEqual({article: 'article-body', comments: 'microdata'});
	});

	it('reads the headline, the byline inside itemprop=author, dates, tags, language and a relative og:image', () => {
		const {article} = snapshot;
		expect(article.title).toBe('Galaxy S24 battery test: eleven hours and counting');
		expect(article.subtitle).toBe('Samsung\'s smallest flagship finally lasts a full day, whichever chip is inside.');
		expect(article.authors).toEqual([{name: 'Rachel Adeyemi', url: 'https://www.handsetdaily.example/staff/rachel-adeyemi'}]);
		expect(article.publishedAt).toBe('2024-03-13T17:00:00+00:00');
		expect(article.modifiedAt).toBe('2024-03-14T08:30:00+00:00');
		expect(article.tags).toEqual(['Samsung', 'Galaxy S24', 'Battery tests']);
		expect(article.language).toBe('en-GB');
		expect(article.image).toBe('https://www.handsetdaily.example/media/2024/03/s24-battery-hero.jpg');
	});

	it('keeps the four paragraphs and the subheading, without the ad or the newsletter box', () => {
		expect(snapshot.article.body.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
		for (const snippet of ['Advertisement', 'Never miss a review', 'We use cookies', 'More from Handset Daily', 'Reader comments', 'Eleven hours of screen time']) {
			expect(bodyText).not.toContain(snippet);
		}
	});

	it('reads the four comments with the reply nested under its parent', () => {
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.depth, item.author.name, item.score])).toEqual([
			['c-901', null, 0, 'Ollie_P', 14],
			['c-902', 'c-901', 1, 'Rachel Adeyemi', 6],
			['c-903', null, 0, 'kw_tech', 0],
			['c-904', null, 0, 'Aiko', 3],
		]);
	});

	it('reads author links, machine-readable times, texts and inline links', () => {
		const [ollie, , kw] = snapshot.comments.items;
		expect(ollie?.author.url).toBe('https://www.handsetdaily.example/members/ollie_p');
		expect(ollie?.postedAt).toBe('2024-03-14T10:12:00+00:00');
		expect(ollie?.text).toBe('Eleven hours of screen time is better than my S23 Ultra ever managed.');
		expect(kw?.author.url).toBeNull();
		expect(kw?.links).toEqual([{href: 'https://www.example.org/s24-exynos-vs-snapdragon', text: 'this comparison'}]);
	});

	it('reads the declared count from itemprop=commentCount', () => {
		expect(snapshot.comments.declaredCount).toBe(4);
		expect(snapshot.comments.complete).toBe(true);
	});
});
