import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * A news site sets the writer's card between the headline and the story, in boxes with hashed
 * classes: the portrait linked to the writer's archive, the name, and a line about them.
 */
const CARD = '<div class="_4aoxp30"><div class="_4aoxp33"><a class="_4aoxp36" href="/authors/jane-roe"><img alt="Jane Roe" src="/jane.jpg"></a></div>'
	+ '<div class="_4aoxp35"><span role="button">Jane Roe</span> <span class="_4aoxp37">is a news editor with over a decade’s experience in journalism. She previously worked at <em>Pocket Signal</em>.</span></div></div>';

describe('a writer\'s card opening the body', () => {
	it('is not body', () => {
		const body = articleText(`${CARD}${ARTICLE_PARAGRAPHS}`);
		expect(body.startsWith('The body of this test article')).toBe(true);
		expect(body).not.toContain('news editor');
	});

	it('leaves a picture of a person the story is about, linked to their page, with a caption of its own', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<div><a href="/authors/jane-roe"><img alt="Jane Roe" src="/jane.jpg"></a><p>The phone's designer showed it at a launch event in London on Tuesday, with two engineers.</p></div>`);
		expect(body).toContain('showed it at a launch event');
	});
});
