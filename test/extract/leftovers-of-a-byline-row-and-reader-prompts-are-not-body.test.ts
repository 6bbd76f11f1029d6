import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks, articleText} from '../helpers/article-body.js';

/**
 * A header row whose writer's name is a button (Android Authority: "By", the button, "•", the
 * date, "•", a counter) leaves a "By" and bullets behind as blocks of their own; pages also
 * prompt readers to add them as a source on Google, to follow, and to read a comment policy.
 * None of that is what the story says. Scene breaks ("***") stay: readers keep them.
 */

describe('a byline row split into separate elements', () => {
	it('leaves no "By" and no bullets in the body, and keeps the picture after them', () => {
		const blocks = articleBlocks(`<div><div><span>By </span><button type="button">Hillary Keverenge</button></div><div>•</div><p>Oct 6, 2026</p><div>•</div><button type="button"><div>0</div></button></div><picture><img src="https://news.example/hero.jpg" alt="A remote control"></picture>${ARTICLE_PARAGRAPHS}`);
		expect(blocks.map((block) => block.text)).not.toContain('By');
		expect(blocks.map((block) => block.text)).not.toContain('•');
		expect(blocks.some((block) => block.type === 'image')).toBe(true);
	});

	it('keeps a scene break of several marks', () => {
		expect(articleText(`${ARTICLE_PARAGRAPHS}<p>***</p>${ARTICLE_PARAGRAPHS}`)).toContain('***');
	});
});

describe('reader prompts around the story', () => {
	it.each([
		['the "add us on Google" prompt', '<div><div>Add Android Authority on Google: </div><div><a href="https://example.com/pref"><span>Preferred Source</span></a><a href="https://example.com/discover"><span>Google Discover</span></a></div></div>', 'Add Android Authority on Google'],
		['a "Follow" control', '<div><div>Follow</div><div></div></div>', 'Follow'],
		['the comment-policy line', '<div><p>Thank you for being part of our community. Read our <a href="/comment-policy/">Comment Policy</a> before posting.</p></div>', 'Comment Policy'],
	])('leaves out %s', (_name, prompt, snippet) => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}${prompt}`);
		expect(body).toContain('A third paragraph');
		expect(body.split('\n')).not.toContainEqual(expect.stringContaining(snippet));
	});
});
