import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const INTRO = '<p>The widget needs a short-lived secret from your server before it can open a session, so the page asks for one first and then mounts the chat.</p><p>Every later request reuses the same secret until it expires, when the widget asks your server again.</p>';

function listText(steps: string): string {
	const html = `<!doctype html><html lang="en"><head><title>Embedding the chat widget</title></head><body><article><h1>Embedding the chat widget</h1>${INTRO}<ol><li><p>Render the widget in your page.</p><div class="code-sample"><div class="code-block"><pre><code>mountChat({secret: await fetchSecret()});</code></pre></div>${steps}</div></li></ol></article></body></html>`;
	const result = extract(pageFromHtml(html, 'https://docs.example/guides/chat-widget'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.body.find((block) => block.type === 'list')?.text ?? '';
}

describe("a list item's box a class hides (a code sample's other tab)", () => {
	it('is not its text', () => {
		const text = listText('<div class="code-block hidden"><pre><code>document.getElementById("chat").setOptions({secret});</code></pre></div>');
		expect(text).toContain('mountChat');
		expect(text).not.toContain('setOptions');
	});
});
