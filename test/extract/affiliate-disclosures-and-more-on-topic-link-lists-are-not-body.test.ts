import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * Phone-news sites tell readers their links may earn a commission, in a line of its own at the
 * top of the story or between its paragraphs, in whatever markup; and they close stories with a
 * "More on <topic>:" list of their other articles. Neither is what the story says.
 */

describe('affiliate disclosures set in the story', () => {
	it.each([
		['Android Authority\'s', '<div><p>Affiliate links on Android Authority may earn us a commission. <a href="/affiliate-links/">Learn more.</a></p></div>', 'Affiliate links on'],
		['9to5\'s', '<p><em>FTC: We use income earning auto affiliate links.</em> <a href="/about/#affiliate">More.</a></p>', 'FTC:'],
		['Future plc\'s', '<p>When you purchase through links on our site, we may earn an affiliate commission. <a href="/about">Here’s how it works</a>.</p>', 'purchase through links'],
		['a reader-supported site\'s', '<p>Pocket Signal is supported by its audience. When you buy through links on our site, we may earn an affiliate commission.</p>', 'supported by its audience'],
	])('leaves out %s disclosure', (_site, disclosure, snippet) => {
		const body = articleText(`${disclosure}${ARTICLE_PARAGRAPHS}`);
		expect(body).toContain('The body of this test article');
		expect(body).not.toContain(snippet);
	});

	it('keeps a paragraph of the story that talks about affiliate links', () => {
		const sentence = 'When you buy through links in a newsletter, the sender may earn a commission, and regulators now want that said before the link rather than after it, as the new rules explain in detail.';
		expect(articleText(`${ARTICLE_PARAGRAPHS}<p>${sentence}</p>`)).toContain(sentence);
	});
});

describe('a "More on <topic>:" list closing the story', () => {
	it('leaves out the label and the list of other stories under it', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<h2>More on AirPods:</h2><ul><li><a href="/airpods-pro-review/">AirPods Pro review: the best yet</a></li><li><a href="/airpods-deal/">AirPods drop to a new low</a></li><li><a href="/airpods-firmware/">New AirPods firmware is out</a></li></ul>`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain('More on AirPods');
		expect(body).not.toContain('AirPods Pro review');
	});

	it('keeps a section heading that only begins with the words', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<h2>More on the battery</h2><p>The battery is the one part that changed a lot this year, and it shows in every test we ran on the phone.</p>`);
		expect(body).toContain('More on the battery');
	});
});
