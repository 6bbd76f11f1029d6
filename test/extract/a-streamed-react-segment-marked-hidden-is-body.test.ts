import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const STORY = '<h1>Battery test</h1><p>The phone lasted fourteen hours in our video playback test, two more than last year, and charged to half in twenty minutes with the bundled brick.</p><p>Standby drain was low too: the battery lost four percent overnight with the screen off, the always-on display disabled and every account syncing in the background.</p>';

function bodyText(html: string): string {
	const result = extract(pageFromHtml(`<!doctype html><html lang="en"><head><title>Battery test</title></head><body>${html}</body></html>`, 'https://news.example/battery-test'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.body.map((block) => block.text).join('\n');
}

describe("React's streamed segment (hidden div with id S:n)", () => {
	it('is read as the body its script shows', () => {
		const html = `<main><template id="B:0"></template><p>Loading…</p></main><div hidden id="S:1f">${STORY}</div><script>$RC("B:0","S:1f")</script>`;
		expect(bodyText(html)).toContain('The phone lasted fourteen hours');
	});

	it('leaves other hidden boxes out', () => {
		const html = `<article>${STORY}</article><div hidden id="S-panel"><p>Search the archive: enter a phrase, pick the sections to include and choose how closely results must match before you send the query.</p></div>`;
		expect(bodyText(html)).not.toContain('Search the archive');
	});
});
