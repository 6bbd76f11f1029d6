import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A code box titles its `<pre>` with a short bar holding a control that only runs a script
 * (phpBB's "Code: Select all", a blog's "Copy" button): the box's furniture, not the article.
 * The code stays, and so does a sentence introducing it.
 */

function page(bar: string): string {
	return `<!doctype html><html lang="en"><head><title>Refresh the desktop</title></head><body><article><h1>Refresh the desktop</h1>${ARTICLE_PARAGRAPHS}
<div class="codebox">${bar}<pre><code>powershell.exe -NoProfile -Command "exit 0"</code></pre></div>
<p>I tested it on two machines so far.</p></article></body></html>`;
}

const texts = (html: string): string[] => snapshotOf(html, 'https://blog.example.org/refresh').article.body.map((block) => block.text);

describe('a code box title bar', () => {
	it('is left out when its control only runs a script', () => {
		const body = texts(page('<p>Code: <a href="#" onclick="selectCode(this); return false;">Select all</a></p>'));
		expect(body).not.toContain('Code: Select all');
		expect(body.some((text) => text.includes('powershell.exe -NoProfile'))).toBe(true);
		expect(texts(page('<div class="code-head">JavaScript <button type="button">Copy</button></div>'))).not.toContain('JavaScript Copy');
	});

	it('stays when it is a line of the article', () => {
		expect(texts(page('<p>Run this in a console:</p>'))).toContain('Run this in a console:');
	});
});
