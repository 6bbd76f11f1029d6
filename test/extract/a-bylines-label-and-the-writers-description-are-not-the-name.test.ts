import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/** A byline that says who wrote the story and who the writer is: "Written by Jane Author, a researcher on the team." */
function authorsOf(byline: string): string[] {
	const html = `<!doctype html><html lang="en"><head><title>Battery tests</title></head><body><main><div class="header"><h1>Battery tests</h1></div>
<div class="metadata"><p class="byline">${byline}</p></div><article>${ARTICLE_PARAGRAPHS}</article></main></body></html>`;
	return snapshotOf(html, 'https://blog.example/battery-tests/').article.authors.map((author) => author.name);
}

describe('a byline’s label and the description after the name', () => {
	it('are not part of the name', () => {
		expect(authorsOf('Written by Jane Author, a researcher on the team.')).toEqual(['Jane Author']);
		expect(authorsOf('Posted by Sam Lee')).toEqual(['Sam Lee']);
	});

	it('leave two writers named together as they are', () => {
		expect(authorsOf('By Ann Lee and Bo Kim')).toEqual(['Ann Lee and Bo Kim']);
	});
});
