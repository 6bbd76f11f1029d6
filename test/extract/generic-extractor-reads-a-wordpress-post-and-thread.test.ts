import {beforeAll, describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {WORDPRESS_BLOG, fixturePage} from './fixture-pages.js';

describe('a WordPress post with a threaded ol.comment-list, no profile', () => {
	let snapshot: Snapshot;
	let bodyText: string;
	beforeAll(() => {
		const result = extract(fixturePage(WORDPRESS_BLOG.file, WORDPRESS_BLOG.url));
		if (!result.ok) throw new Error(result.message);
		snapshot = result.snapshot;
		bodyText = snapshot.article.body.map((block) => block.text).join('\n');
	});

	it('uses the generic rules and the WordPress comment platform', () => {
		expect(snapshot.extractor.name).toBe('generic');
		expect(snapshot.extractor.profile).toBeNull();
		expect(snapshot.extractor.stages).toEqual({article: 'scored', comments: 'platform:wordpress'});
	});

	it('reads title, author (through the JSON-LD @graph reference), dates, section, tags and language', () => {
		const {article} = snapshot;
		expect(article.title).toBe('Pixel 8a review: the best mid-ranger gets a little smarter');
		expect(article.authors).toEqual([{name: 'Sam Okafor', url: 'https://pocketsignal.example/author/sam/'}]);
		expect(article.publishedAt).toBe('2024-05-14T09:00:00+00:00');
		expect(article.modifiedAt).toBe('2024-05-15T07:45:12+00:00');
		expect(article.section).toBe('Reviews');
		expect(article.tags).toEqual(['Pixel 8a', 'Google', 'Tensor G3']);
		expect(article.language).toBe('en-US');
		expect(article.image).toBe('https://pocketsignal.example/wp-content/uploads/2024/05/pixel-8a-hero.jpg');
	});

	it('turns the post (hero image, then the entry content) into typed blocks in order', () => {
		expect(snapshot.article.body.map((block) => block.type)).toEqual([
			'image', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'quote', 'heading', 'list', 'image', 'paragraph', 'embed', 'paragraph',
		]);
	});

	it('keeps headings with their level, list items on lines, image and embed sources', () => {
		const [heading] = snapshot.article.body.filter((block) => block.type === 'heading');
		expect(heading).toMatchObject({text: 'Battery life and charging', level: 2});
		expect(snapshot.article.body.find((block) => block.type === 'list')?.text.split('\n')).toHaveLength(4);
		expect(snapshot.article.body[0]).toMatchObject({
			type: 'image',
			text: 'The Pixel 8a in its new Aloe colour.',
			src: 'https://pocketsignal.example/wp-content/uploads/2024/05/pixel-8a-hero-1568x882.jpg',
		});
		expect(snapshot.article.body.filter((block) => block.type === 'image')[1]).toMatchObject({
			text: 'The camera bar is flatter than on last year’s model.',
			src: 'https://pocketsignal.example/wp-content/uploads/2024/05/pixel-8a-camera-bump-1024x683.jpg',
		});
		expect(snapshot.article.body.find((block) => block.type === 'embed')?.src).toBe('https://www.youtube.com/embed/p8a-camera-test?feature=oembed');
		expect(snapshot.article.body[1]?.links).toEqual([{href: 'https://store.google.com/product/pixel_8a', text: 'Pixel 8a'}]);
	});

	it.each(['Share this:', 'Share on Facebook', 'Related', 'Pixel 7a review: the new default Android phone', 'Recent Posts', 'newsletter', 'Leave a comment', 'Proudly powered by', 'About the lab', 'Previous post', 'View all of Sam', 'Tagged', 'thoughts on'])(
		'leaves "%s" out of the body',
		(snippet) => expect(bodyText).not.toContain(snippet),
	);

	it('reads the five comments with their nesting, authors, times and site ids', () => {
		const items = snapshot.comments.items;
		expect(items.map((item) => [item.id, item.parentId, item.depth, item.author.name])).toEqual([
			['comment-101', null, 0, 'Marta K.'],
			['comment-102', 'comment-101', 1, 'Sam Okafor'],
			['comment-104', 'comment-102', 2, 'Marta K.'],
			['comment-103', null, 0, 'jonas'],
			['comment-105', null, 0, 'Priya'],
		]);
		expect(items[0]?.author.url).toBe('https://martak.example.net/');
		expect(items[3]?.author.url).toBeNull();
		expect(items.map((item) => item.postedAt)).toEqual([
			'2024-05-14T15:30:00+00:00', '2024-05-14T16:02:00+00:00', '2024-05-14T18:47:00+00:00', '2024-05-14T17:15:00+00:00', '2024-05-15T08:05:00+00:00',
		]);
	});

	it('keeps each comment to its own text: no "says:", no "Reply", no reply text', () => {
		const [first, , , jonas] = snapshot.comments.items;
		expect(first?.text).toBe('Great review. The battery results match what I’ve seen after two weeks with mine.');
		expect(jonas?.text).toBe('Seven years of updates is the real headline here. My old phone stopped getting patches after three. The details are in the security bulletin.');
		expect(jonas?.links).toEqual([{href: 'https://source.android.com/docs/security/bulletin', text: 'the security bulletin'}]);
	});

	it('reads "5 thoughts on …" as the declared count (via JSON-LD commentCount) and calls the thread complete', () => {
		expect(snapshot.comments.declaredCount).toBe(5);
		expect(snapshot.comments.complete).toBe(true);
	});
});
