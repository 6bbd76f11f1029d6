import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * Agencies' and companies' press releases close with their press office's contact: a label
 * ("Pressekontakt:", "Media contact") over the office's name, phone, e-mail and social account.
 * It is the sender's letterhead, not the news. A section of that name that goes on at length
 * is the story's own.
 */

describe("a press release's closing press contact", () => {
	it('leaves the body with its label', () => {
		const text = articleText(
			`${ARTICLE_PARAGRAPHS}<h1>Pressekontakt:</h1><p>Federal Office for Phone Safety<br>Press office<br>Tel.: 0228-99-1234<br>E-Mail: press@office.example<br>Internet: www.office.example</p><p>Twitter: @PhoneOffice</p>`,
		);
		expect(text).not.toContain('Pressekontakt');
		expect(text).not.toContain('press@office.example');
		expect(text).toContain('A third paragraph closes the story');
	});

	it('keeps a long section under such a heading', () => {
		const long = 'The helpline explains how to reach the office, which hours it keeps and what callers should have ready, and it goes on to describe the process step by step for every kind of request. ';
		const text = articleText(`${ARTICLE_PARAGRAPHS}<h2>Media contact</h2><p>${long.repeat(2)}</p><p>${long.repeat(2)}</p>`);
		expect(text).toContain('The helpline explains');
	});
});
